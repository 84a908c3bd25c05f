// Score mode: my matrix, criteria down the side (with their weights), options across,
// 1 to 5 per cell, and my weighted score per option at the bottom: core's `voterScores`,
// the same formula as the room's result (empty cells are left out, never counted as 0).
import { type Decision, SCORE_MAX, SCORE_MIN, voterScores } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useCriteria, useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";
import { scoreOf, withScore } from "../../view/ballots.ts";

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

export function ScoreMatrix({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const criteria = useCriteria();
  const { ballot, pending } = useMyBallot(decision.id);
  const open = useAllowed(voteProbe(decision.id));
  const criteriaIds = criteria.map((criterion) => criterion.id);

  if (criteria.length === 0) return <p className="muted small">{t("score.noCriteria")}</p>;

  const set = (optionId: string, criterionId: string, value: string) => {
    const score = value === "" ? null : Number(value);
    const next = withScore(ballot, decision, criteriaIds, optionId, criterionId, score);
    sendCommand({ type: "ballot.cast", decisionId: decision.id, ballot: next });
  };

  const mine = voterScores(ballot, decision, criteria);

  return (
    <section
      className={`score-matrix${pending ? " is-pending" : ""}`}
      aria-label={t("score.caption")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroller must be reachable by keyboard to scroll it.
      tabIndex={0}
    >
      <table>
        <caption>{t("score.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="criterion-col">
              {t("score.criterion")}
            </th>
            {decision.options.map((option) => (
              <th key={option.id} scope="col" className="option-col" title={option.label}>
                {option.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row" className="criterion-col">
                <span className="criterion-head">{criterion.name}</span>
                <span className="criterion-weight">
                  {t("score.weight", { weight: num.fixed(criterion.weight, 2) })}
                </span>
              </th>
              {decision.options.map((option) => {
                const score = scoreOf(ballot, option.id, criterion.id);
                return (
                  <td key={option.id}>
                    <select
                      className={`score-cell${score === null ? "" : ` score-${score}`}`}
                      aria-label={t("score.cellLabel", {
                        option: option.label,
                        criterion: criterion.name,
                      })}
                      value={score === null ? "" : String(score)}
                      disabled={!open}
                      onChange={(event) => set(option.id, criterion.id, event.target.value)}
                    >
                      <option value="">–</option>
                      {SCORES.map((value) => (
                        <option key={value} value={value}>
                          {value}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="criterion-col">
              {t("score.mine")}
            </th>
            {decision.options.map((option) => {
              const score = mine.get(option.id);
              return (
                <td key={option.id} className="score-mine" data-testid="score-mine">
                  {score === undefined ? "–" : num.fixed(score, 2)}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
      <p className="muted small">{t("score.mineHint")}</p>
    </section>
  );
}
