// The instant-runoff rounds of a ranked decision: each round's votes, who was eliminated,
// and who won. Shown wherever the tally itself is shown (never while ballots are sealed).
import type { Decision, Runoff } from "@stackboard/core";
import { useTranslation } from "react-i18next";

export function RunoffRounds({ decision, runoff }: { decision: Decision; runoff: Runoff }) {
  const { t } = useTranslation();
  if (runoff.rounds.length === 0) return null;
  const labelOf = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
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
            {round.eliminated !== null ? (
              <span className="runoff-out" data-testid="runoff-eliminated">
                {" "}
                — {t("voting.eliminated", { option: labelOf(round.eliminated) })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {runoff.winner !== null ? (
        <p className="runoff-winner" data-testid="runoff-winner">
          {t("voting.winner", { option: labelOf(runoff.winner) })}
        </p>
      ) : null}
    </section>
  );
}
