// My own signals: "I'm ready" and a raised hand, each a button that says what it will do.
import type { Participant, Signal } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyId, useParticipants } from "../../store/selectors.ts";
import { toggleMySignal } from "../../view/people.ts";
import { Icon } from "../common/Icon.tsx";

export function MySignals({ me }: { me: Participant }) {
  const { t } = useTranslation();
  const participants = useParticipants();
  const myId = useMyId();
  const toggle = (signal: Signal) => {
    const command = toggleMySignal(participants, myId, signal);
    if (command) sendCommand(command);
  };
  const handUp = me.handRaisedAt !== null;
  return (
    <fieldset className="my-signals" aria-label={t("people.mySignals")}>
      <button
        type="button"
        className={`button button-sm${me.ready ? " is-on" : ""}`}
        aria-keyshortcuts="y"
        onClick={() => toggle("ready")}
      >
        <Icon name={me.ready ? "x" : "check"} size={14} />
        {me.ready ? t("people.notReady") : t("people.ready")}
      </button>
      <button
        type="button"
        className={`button button-sm${handUp ? " is-on" : ""}`}
        aria-keyshortcuts="h"
        onClick={() => toggle("hand")}
      >
        <Icon name="hand" size={14} />
        {handUp ? t("people.lowerHand") : t("people.raiseHand")}
      </button>
    </fieldset>
  );
}
