// How split the room is, and (score mode) how much the weights would have to move to
// change the winner, in plain words.
import { agreementOf, type Decision, type DecisionTally, sensitivityOf } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";
import { useCriteria } from "../../store/selectors.ts";
import { describeSensitivity } from "../../view/insights.ts";
import { voterName } from "../../view/voters.ts";

export function Insights({ decision, tally }: { decision: Decision; tally: DecisionTally }) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  const participants = useRoomStore((s) => s.state.participants);
  const agreement = useMemo(() => agreementOf(decision, criteria), [decision, criteria]);
  const sensitivity = useMemo(() => sensitivityOf(decision, criteria), [decision, criteria]);
  const leaderLabels = tally.leaders
    .map((id) => decision.options.find((option) => option.id === id)?.label)
    .filter((label) => label !== undefined);
  // "full" anonymity names nobody; "aliases" shows each dissenter's alias.
  const dissenters =
    decision.anonymity === "full"
      ? []
      : (agreement?.dissenters ?? []).map((id) => voterName(t, decision, participants, id));
  const flips = sensitivity ? describeSensitivity(sensitivity, criteria, decision) : [];

  return (
    <div className="insights" data-testid="insights">
      {leaderLabels.length > 0 ? (
        <p className="insight-leader">
          {leaderLabels.length > 1
            ? t("insights.tie", { labels: leaderLabels.join(", ") })
            : t("insights.leader", { label: leaderLabels[0] ?? "" })}
        </p>
      ) : null}
      {agreement ? (
        <p className={`agreement agreement-${agreement.level}`} data-testid="agreement">
          <span className="agreement-meter" aria-hidden="true">
            <span style={{ width: `${Math.round(agreement.share * 100)}%` }} />
          </span>
          {t("insights.agreement", {
            percent: Math.round(agreement.share * 100),
            level: t(`insights.level.${agreement.level}`),
          })}
        </p>
      ) : null}
      {dissenters.length > 0 ? (
        <p className="muted small">{t("insights.dissent", { names: dissenters.join(", ") })}</p>
      ) : null}
      {sensitivity ? (
        <div className="sensitivity" data-testid="sensitivity">
          {flips.length === 0 ? (
            <p className="small">{t("insights.robust")}</p>
          ) : (
            <ul>
              {flips.map((flip) => (
                <li key={`${flip.criterion}-${flip.direction}`}>
                  {t(flip.direction === "below" ? "insights.flipBelow" : "insights.flipAbove", {
                    criterion: flip.criterion,
                    weight: flip.weight.toFixed(2),
                    option: flip.option,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
