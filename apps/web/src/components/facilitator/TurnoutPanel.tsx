// While a decision is open for votes, the facilitator sees who has voted: "2 of 3 have
// voted" and the names of those who have not (for an anonymous decision the count only:
// this replica cannot tell whose a ballot is, and does not pretend to), and one button that
// nudges everyone who has not. Core says who may vote (`turnout`) and whether the room takes
// a nudge now (at most one per decision every 10 s).
import { type Decision, NUDGE_INTERVAL_MS, turnout } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useServerMoment } from "../../lib/useServerMoment.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { Icon } from "../common/Icon.tsx";

export function TurnoutPanel({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const state = useRoomStore((s) => s.state);
  const shown = useMemo(() => turnout(state, decision), [state, decision]);
  const nudgeReadyAt = decision.nudge === null ? null : decision.nudge.at + NUDGE_INTERVAL_MS;
  const rested = useServerMoment(nudgeReadyAt);
  const mayNudge = useAllowed({ type: "decision.nudge", decisionId: decision.id });
  const missing = Math.max(0, shown.eligible - shown.voted);
  const action =
    shown.waiting === null ? t("turnout.nudgeAnonymous") : t("turnout.nudge", { count: missing });
  return (
    <section
      className="turnout"
      aria-label={t("turnout.label", { decision: decision.title })}
      data-testid="turnout"
    >
      <p className="turnout-count">
        <strong>{t("turnout.count", { voted: shown.voted, eligible: shown.eligible })}</strong>
      </p>
      {shown.waiting === null ? (
        <p className="hint">{t("turnout.anonymous")}</p>
      ) : shown.waiting.length === 0 ? (
        <p className="hint">{t("turnout.everyone")}</p>
      ) : (
        <div className="turnout-waiting">
          <span className="hint">{t("turnout.waitingFor")}</span>
          <ul className="turnout-names" data-testid="not-voted">
            {shown.waiting.map((participant) => (
              <li key={participant.id}>{participant.name}</li>
            ))}
          </ul>
        </div>
      )}
      {missing > 0 ? (
        <>
          <button
            type="button"
            className="button button-sm button-block"
            disabled={!mayNudge || !rested}
            onClick={() => sendCommand({ type: "decision.nudge", decisionId: decision.id })}
            aria-label={t("turnout.nudgeLabel", { action, decision: decision.title })}
          >
            <Icon name="bell" size={14} />
            {action}
          </button>
          {!rested ? (
            <p className="hint" role="status">
              {t("turnout.nudged")}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
