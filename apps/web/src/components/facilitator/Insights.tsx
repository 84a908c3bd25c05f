// How split the room is (a tie is always split), and (score mode) how much the weights
// would have to move to change the winner, in plain words. Everything comes from the
// result view, which reads the same facts as the exported record.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useCriteria } from "../../store/selectors.ts";
import { describeSensitivity } from "../../view/insights.ts";
import { agreementText, leaderText, type ResultView } from "../../view/result.ts";
import { voterName } from "../../view/voters.ts";

export function Insights({ decision, view }: { decision: Decision; view: ResultView }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const criteria = useCriteria();
  const participants = useRoomStore((s) => s.state.participants);
  const agreement = view.agreement;
  const sensitivity = view.sensitivity;
  // "full" anonymity names nobody; "aliases" shows each dissenter's alias.
  const dissenters =
    decision.anonymity === "full"
      ? []
      : (agreement?.dissenters ?? []).map((id) => voterName(t, decision, participants, id));
  const flips = sensitivity ? describeSensitivity(sensitivity, criteria, decision) : [];
  const leader = leaderText(t, view);

  return (
    <div className="insights" data-testid="insights">
      {leader ? (
        <p className="insight-leader" data-testid="insight-leader" data-tie={view.tied.length > 0}>
          {leader}
        </p>
      ) : null}
      {agreement ? (
        <p
          className={`agreement agreement-${agreement.level}`}
          data-testid="agreement"
          data-level={agreement.level}
        >
          <span className="agreement-meter" aria-hidden="true">
            <span style={{ width: `${agreement.percent}%` }} />
          </span>
          {agreementText(t, view)}
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
                    weight: num.fixed(flip.weight, 2),
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
