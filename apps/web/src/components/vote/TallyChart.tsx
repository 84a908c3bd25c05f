// A horizontal bar chart of a tally: votes, dots or weighted scores per option.
import { type Decision, type DecisionTally, SCORE_MAX } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { tallyValueText } from "../../view/tallyText.ts";

export function TallyChart({ decision, tally }: { decision: Decision; tally: DecisionTally }) {
  const { t } = useTranslation();
  const max =
    decision.mode === "score"
      ? SCORE_MAX
      : Math.max(1, ...tally.options.map((option) => option.value));
  const leaders = new Set(tally.leaders);
  const rows = tally.ranking
    .map((optionId) => tally.options.find((option) => option.optionId === optionId))
    .filter((option) => option !== undefined);

  const valueText = (value: number) => tallyValueText(t, decision.mode, value);

  return (
    <ul className="tally" data-testid="tally">
      {rows.map((row) => {
        const label =
          decision.options.find((option) => option.id === row.optionId)?.label ?? row.optionId;
        const leader = leaders.has(row.optionId);
        return (
          <li
            key={row.optionId}
            className={`tally-row${leader ? " is-leader" : ""}`}
            data-testid="tally-row"
            data-option={label}
            data-value={row.value}
          >
            <div className="tally-label">
              <span>{label}</span>
              <span className="tally-value">{valueText(row.value)}</span>
            </div>
            <div className="tally-track" aria-hidden="true">
              <div
                className="tally-bar"
                style={{ width: `${Math.max(0, (row.value / max) * 100)}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
