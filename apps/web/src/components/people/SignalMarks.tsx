// The small marks beside a name: a ready tick and a raised hand with its place in the queue.
import type { Participant } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";

export function SignalMarks({
  participant,
  handPlace,
}: {
  participant: Participant;
  handPlace: number | undefined;
}) {
  const { t } = useTranslation();
  return (
    <span className="signal-marks">
      {handPlace !== undefined ? (
        <span className="signal-hand" data-testid="hand-mark">
          <Icon name="hand" size={13} label={t("people.handRaised", { place: handPlace })} />
          <span aria-hidden="true">{handPlace}</span>
        </span>
      ) : null}
      {participant.ready ? (
        <span className="signal-ready" data-testid="ready-mark">
          <Icon name="check" size={13} label={t("people.isReady")} />
        </span>
      ) : null}
    </span>
  );
}
