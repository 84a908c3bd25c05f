// The notices of a nudge: "Ada is waiting for your vote on “Database”", with a button to the
// ballot and one to dismiss. Core says whom a nudge is for (`nudgedToVote`: my own replica
// knows whether I voted, even on an anonymous decision); a notice goes once I vote or the
// vote closes, and a dismissed one comes back only with a newer nudge.
import { type Decision, findParticipant, nudgedToVote } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNudgeStore } from "../../store/nudgeStore.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useMyId } from "../../store/selectors.ts";
import { bringIntoView } from "../board/focusTarget.ts";
import { Icon } from "../common/Icon.tsx";

export function NudgeNotices() {
  const { t } = useTranslation();
  const me = useMyId();
  const state = useRoomStore((s) => s.state);
  const dismissed = useNudgeStore((s) => s.dismissed);
  const dismiss = useNudgeStore((s) => s.dismiss);
  const nudges = useMemo(
    () =>
      me === null
        ? []
        : state.decisions.filter(
            (decision): decision is Decision & { nudge: NonNullable<Decision["nudge"]> } =>
              decision.nudge !== null &&
              dismissed[decision.id] !== decision.nudge.at &&
              nudgedToVote(state, decision, me),
          ),
    [state, me, dismissed],
  );
  return (
    <div className="nudge-notices" role="status" aria-label={t("nudge.region")}>
      {nudges.map((decision) => {
        const by = findParticipant(state, decision.nudge.by)?.name ?? t("nudge.someone");
        const close = () => dismiss(decision.id, decision.nudge.at);
        return (
          <div key={decision.id} className="nudge-notice" data-testid="nudge-notice">
            <Icon name="bell" size={16} />
            <span className="nudge-message">
              {t("nudge.message", { name: by, decision: decision.title })}
            </span>
            <button
              type="button"
              className="toast-action"
              aria-label={t("nudge.voteLabel", { decision: decision.title })}
              onClick={() => {
                close();
                // As focus mode does: shown (on a phone), in view, the keyboard on the ballot.
                bringIntoView(decision.id, () => true);
              }}
            >
              {t("nudge.vote")}
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={close}
              aria-label={t("common.dismiss")}
            >
              <Icon name="x" size={14} />
            </button>
          </div>
        );
      })}
    </div>
  );
}
