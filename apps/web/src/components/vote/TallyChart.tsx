// A horizontal bar chart of a tally: votes, dots or weighted scores per option, best first;
// every option sharing first place is marked, and (score mode) unscored criteria are named.
import { SCORE_MAX } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { type ResultView, unscoredText } from "../../view/result.ts";
import { tallyValueText } from "../../view/tallyText.ts";

export function TallyChart({ view }: { view: ResultView }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const max = view.mode === "score" ? SCORE_MAX : Math.max(1, ...view.rows.map((row) => row.value));
  return (
    <ul className="tally" data-testid="tally">
      {view.rows.map((row) => {
        const unscored = unscoredText(t, view, row);
        return (
          <li
            key={row.optionId}
            className={`tally-row${row.leader ? " is-leader" : ""}`}
            data-testid="tally-row"
            data-option={row.label}
            data-value={row.value}
            data-leader={row.leader}
          >
            <div className="tally-label">
              <span>{row.label}</span>
              <span className="tally-value">{tallyValueText(t, num, view.mode, row.value)}</span>
            </div>
            <div className="tally-track" aria-hidden="true">
              <div
                className="tally-bar"
                style={{ width: `${Math.max(0, (row.value / max) * 100)}%` }}
              />
            </div>
            {unscored ? (
              <span className="tally-unscored muted small" data-testid="tally-unscored">
                {unscored}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
