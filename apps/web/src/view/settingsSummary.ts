// The settings in force on a decision, in a few words for its column: "Sealed · 5 dots ·
// quorum 60%". Defaults (names visible, no quorum, no threshold, no cap) are left out.
import { assertNever, type Decision } from "@stackboard/core";
import type { TFunction } from "i18next";

export type SummaryPart =
  | { kind: "sealed" }
  | { kind: "autoReveal" }
  | { kind: "mode"; mode: Exclude<Decision["mode"], "dots"> }
  | { kind: "dots"; count: number }
  | { kind: "quorum"; percent: number }
  | { kind: "threshold"; percent: number }
  | { kind: "cap"; count: number }
  | { kind: "anonymity"; level: "aliases" | "full" };

const percent = (share: number) => Math.round(share * 100);

export function summaryParts(decision: Decision): SummaryPart[] {
  const parts: SummaryPart[] = [];
  if (decision.sealed) parts.push({ kind: "sealed" });
  if (decision.sealed && decision.autoReveal) parts.push({ kind: "autoReveal" });
  // "5 dots" already says the mode.
  parts.push(
    decision.mode === "dots"
      ? { kind: "dots", count: decision.dotsPerVoter }
      : { kind: "mode", mode: decision.mode },
  );
  const { quorum, threshold, maxDotsPerOption } = decision.rules;
  if (quorum > 0) parts.push({ kind: "quorum", percent: percent(quorum) });
  if (threshold > 0) parts.push({ kind: "threshold", percent: percent(threshold) });
  if (decision.mode === "dots" && maxDotsPerOption !== null) {
    parts.push({ kind: "cap", count: maxDotsPerOption });
  }
  if (decision.anonymity !== "off") parts.push({ kind: "anonymity", level: decision.anonymity });
  return parts;
}

function partText(t: TFunction, part: SummaryPart): string {
  switch (part.kind) {
    case "sealed":
      return t("settings.summary.sealed");
    case "autoReveal":
      return t("settings.summary.autoReveal");
    case "mode":
      return t(`mode.${part.mode}`);
    case "dots":
      return t("settings.summary.dots", { count: part.count });
    case "quorum":
      return t("settings.summary.quorum", { percent: part.percent });
    case "threshold":
      return t("settings.summary.threshold", { percent: part.percent });
    case "cap":
      return t("settings.summary.cap", { count: part.count });
    case "anonymity":
      return t(`voting.anonymityLevel.${part.level}`);
    default:
      return assertNever(part);
  }
}

export function settingsSummary(t: TFunction, decision: Decision): string {
  return summaryParts(decision)
    .map((part) => partText(t, part))
    .join(" · ");
}
