// Score mode: my ballot, one block per option with its full name (wrapping, never cut) and
// my weighted score, then one 1-to-5 scale per criterion. A scale is a radio group: a click,
// the arrow keys or a digit sets the score, "–" clears it. My weighted score is core's
// `voterScores`, the same formula as the room's result (empty cells are left out, never 0).
import { type Decision, voterScores } from "@stackboard/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useCriteria, useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";
import { scoreOf, withScore } from "../../view/ballots.ts";
import { ScoreScale } from "./ScoreScale.tsx";

export function ScoreMatrix({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const captionId = useId();
  const num = useNumbers();
  const criteria = useCriteria();
  const { ballot, pending } = useMyBallot(decision.id);
  const open = useAllowed(voteProbe(decision.id));
  const criteriaIds = criteria.map((criterion) => criterion.id);

  if (criteria.length === 0) return <p className="muted small">{t("score.noCriteria")}</p>;

  const set = (optionId: string, criterionId: string, score: number | null) => {
    const next = withScore(ballot, decision, criteriaIds, optionId, criterionId, score);
    sendCommand({ type: "ballot.cast", decisionId: decision.id, ballot: next });
  };
  const mine = voterScores(ballot, decision, criteria);

  return (
    <section
      className={`score-entry${pending ? " is-pending" : ""}`}
      aria-labelledby={captionId}
      data-testid="score-entry"
    >
      <p id={captionId} className="score-caption">
        {t("score.caption")}
      </p>
      <ul className="score-options">
        {decision.options.map((option) => {
          const score = mine.get(option.id);
          return (
            <li key={option.id} className="score-option" data-option={option.label}>
              <div className="score-option-head">
                <h3 className="score-option-name" data-testid="score-option-name">
                  {option.label}
                </h3>
                <span className="score-option-mine">
                  {t("score.mine")}{" "}
                  <strong data-testid="score-mine">
                    {score === undefined ? "–" : num.fixed(score, 2)}
                  </strong>
                </span>
              </div>
              {criteria.map((criterion) => (
                <ScoreScale
                  key={criterion.id}
                  name={`score-${decision.id}-${option.id}-${criterion.id}`}
                  label={t("score.cellLabel", { option: option.label, criterion: criterion.name })}
                  criterion={criterion.name}
                  weight={t("score.weight", { weight: num.fixed(criterion.weight, 2) })}
                  value={scoreOf(ballot, option.id, criterion.id)}
                  open={open}
                  onChange={(value) => set(option.id, criterion.id, value)}
                />
              ))}
            </li>
          );
        })}
      </ul>
      <p className="muted small">
        {t("score.keysHint")} {t("score.mineHint")}
      </p>
    </section>
  );
}
