// The settings in force on a decision, in a few words for its column: "Sealed · 5 dots ·
// quorum 60% · 3 min timer when voting opens · closes 7 Dec 2026, 14:30". Defaults (names
// visible, no quorum, no threshold, no cap, no timer, no deadline) are left out.
import { assertNever, type Decision, type Timer } from "@stackboard/core";
import type { TFunction } from "i18next";
import type { TimerPlan } from "./timingDraft.ts";

/** The timing around a decision: the room's timer, the one planned for the opening. */
export interface SummaryTiming {
  timer: Timer | null;
  plan: TimerPlan | null;
  /** For the deadline's date and time. */
  language: string;
}

type TimerWhen = "opening" | "running" | "paused";

export type SummaryPart =
  | { kind: "sealed" }
  | { kind: "autoReveal" }
  | { kind: "mode"; mode: Exclude<Decision["mode"], "dots"> }
  | { kind: "dots"; count: number }
  | { kind: "quorum"; percent: number }
  | { kind: "threshold"; percent: number }
  | { kind: "cap"; count: number }
  | { kind: "anonymity"; level: "aliases" | "full" }
  | { kind: "timer"; when: TimerWhen; durationMs: number; autoLock: boolean }
  | { kind: "deadline"; at: number };

const percent = (share: number) => Math.round(share * 100);

function timerPart(decision: Decision, timing: SummaryTiming): SummaryPart | null {
  const { timer, plan } = timing;
  if (timer !== null && timer.decisionId === decision.id && !timer.expired) {
    const when = timer.pausedRemainingMs === null ? "running" : "paused";
    const durationMs = timer.endsAt - timer.startedAt;
    return { kind: "timer", when, durationMs, autoLock: timer.autoLock };
  }
  if (plan !== null && decision.status === "draft") {
    return { kind: "timer", when: "opening", durationMs: plan.durationMs, autoLock: plan.autoLock };
  }
  return null;
}

export function summaryParts(
  decision: Decision,
  timing: SummaryTiming = { timer: null, plan: null, language: "en" },
): SummaryPart[] {
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
  const timer = timerPart(decision, timing);
  if (timer !== null) parts.push(timer);
  // Once closed, the column's deadline chip says when.
  if (decision.closesAt !== null && decision.closedAt === null) {
    parts.push({ kind: "deadline", at: decision.closesAt });
  }
  return parts;
}

function lengthText(t: TFunction, durationMs: number): string {
  const seconds = Math.round(durationMs / 1000);
  return seconds % 60 === 0
    ? t("settings.summary.minutes", { count: seconds / 60 })
    : t("settings.summary.seconds", { count: seconds });
}

function timerText(t: TFunction, part: Extract<SummaryPart, { kind: "timer" }>): string {
  const text =
    part.when === "opening"
      ? t("settings.summary.timerAtOpening", { length: lengthText(t, part.durationMs) })
      : part.when === "running"
        ? t("settings.summary.timerRunning")
        : t("settings.summary.timerPaused");
  return part.autoLock ? `${text}, ${t("settings.summary.locksAtZero")}` : text;
}

const when = (at: number, language: string) =>
  new Date(at).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" });

function partText(t: TFunction, part: SummaryPart, language: string): string {
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
    case "timer":
      return timerText(t, part);
    case "deadline":
      return t("settings.summary.closes", { at: when(part.at, language) });
    default:
      return assertNever(part);
  }
}

export function settingsSummary(
  t: TFunction,
  decision: Decision,
  timing: SummaryTiming = { timer: null, plan: null, language: "en" },
): string {
  return summaryParts(decision, timing)
    .map((part) => partText(t, part, timing.language))
    .join(" · ");
}
