// An option's share of the live tally, right on its card.
import { type Decision, type DecisionTally, SCORE_MAX } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { tallyValueText } from "../../view/tallyText.ts";

export function OptionTally({
  decision,
  optionId,
  tally,
}: {
  decision: Decision;
  optionId: string;
  tally: DecisionTally;
}) {
  const { t } = useTranslation();
  const num = useNumbers();
  const row = tally.options.find((option) => option.optionId === optionId);
  if (!row) return null;
  const max =
    decision.mode === "score"
      ? SCORE_MAX
      : Math.max(1, ...tally.options.map((option) => option.value));
  const leader = tally.leaders.includes(optionId);
  return (
    <span className={`option-tally${leader ? " is-leader" : ""}`}>
      <span className="option-tally-track" aria-hidden="true">
        <span style={{ width: `${(row.value / max) * 100}%` }} />
      </span>
      <span className="option-tally-value">{tallyValueText(t, num, decision.mode, row.value)}</span>
    </span>
  );
}
