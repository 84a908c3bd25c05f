// The instant-runoff rounds of a ranked decision: each round's votes, who left and why (no
// votes, or a tie for last broken by a stated rule), and the winner or the tie. Shown
// wherever the tally itself is shown (never while ballots are sealed).
import type { Decision, Runoff, RunoffRound } from "@stackboard/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

export function RunoffRounds({ decision, runoff }: { decision: Decision; runoff: Runoff }) {
  const { t } = useTranslation();
  if (runoff.rounds.length === 0) return null;
  const labelOf = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  const labels = (ids: readonly string[]) => ids.map(labelOf).join(", ");
  const last = runoff.rounds[runoff.rounds.length - 1];
  return (
    <section className="runoff" data-testid="runoff" aria-label={t("voting.rounds")}>
      <h4 className="small">{t("voting.rounds")}</h4>
      <ol className="runoff-rounds">
        {runoff.rounds.map((round, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered and never reorder.
          <li key={index} data-testid="runoff-round">
            <strong>{t("voting.round", { round: index + 1 })}</strong>{" "}
            {round.counts
              .map((count) =>
                t("voting.roundVotes", { option: labelOf(count.optionId), votes: count.votes }),
              )
              .join(" · ")}
            {round.exhausted > 0 ? ` · ${t("voting.exhausted", { count: round.exhausted })}` : ""}
            {round.eliminated.length > 0 ? (
              <span className="runoff-out" data-testid="runoff-eliminated">
                {" "}
                — {t("voting.eliminated", { options: labels(round.eliminated) })}
                {whyOut(t, round, labels)}
              </span>
            ) : round === last && runoff.tied.length > 0 ? (
              <span className="runoff-out" data-testid="runoff-final-tie">
                {" "}
                — {t("voting.finalTie")}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {runoff.winner !== null ? (
        <p className="runoff-winner" data-testid="runoff-winner">
          {t("voting.winner", { option: labelOf(runoff.winner) })}
        </p>
      ) : runoff.tied.length > 0 ? (
        <p className="runoff-winner" data-testid="runoff-tie">
          {t("voting.runoffTie", { options: labels(runoff.tied) })}
        </p>
      ) : null}
    </section>
  );
}

function whyOut(t: TFunction, round: RunoffRound, labels: (ids: readonly string[]) => string) {
  const tieBreak = round.tieBreak;
  if (tieBreak !== null) {
    const others = tieBreak.tied.filter((id) => !round.eliminated.includes(id));
    return ` (${t(`voting.tieBreak.${tieBreak.rule}`, { others: labels(others) })})`;
  }
  const unvoted = round.counts.some(
    (count) => round.eliminated.includes(count.optionId) && count.votes === 0,
  );
  return unvoted ? ` (${t("voting.noVotes")})` : "";
}
