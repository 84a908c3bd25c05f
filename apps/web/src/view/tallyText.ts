// The words for a tally value, shared by the results chart and the option cards.
import type { VotingMode } from "@stackboard/core";
import type { TFunction } from "i18next";
import type { NumberFormatters } from "../i18n/useNumbers.ts";

export function tallyValueText(
  t: TFunction,
  num: NumberFormatters,
  mode: VotingMode,
  value: number,
): string {
  if (mode === "score") {
    // Core's score is 0 only when nobody scored the option: the scale starts at 1.
    return value === 0
      ? t("results.notScored")
      : t("results.scoreValue", { value: num.fixed(value, 2) });
  }
  if (mode === "consent") return t("voting.agreements", { count: value });
  if (mode === "ranked") return t("voting.firstChoices", { count: value });
  if (mode === "dots") return t("results.dotsValue", { count: value });
  return t("results.votesValue", { count: value });
}
