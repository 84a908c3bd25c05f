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
  if (mode === "score") return t("results.scoreValue", { value: num.fixed(value, 2) });
  if (mode === "consent") return t("voting.agreements", { count: value });
  if (mode === "ranked") return t("voting.firstChoices", { count: value });
  if (mode === "dots") return t("results.dotsValue", { count: value });
  return t("results.votesValue", { count: value });
}
