// One participant in the people panel: avatar with presence, name, role, signals, and a
// facilitator's actions for them.
import type { PresenceStatus } from "@stackboard/contracts";
import type { Participant } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import type { PersonAction } from "../../view/people.ts";
import { Avatar } from "../common/Avatar.tsx";
import { PersonActions } from "./PersonActions.tsx";
import { SignalMarks } from "./SignalMarks.tsx";

export function PersonRow({
  participant,
  isMe,
  status,
  handPlace,
  actions,
  onConfirm,
}: {
  participant: Participant;
  isMe: boolean;
  status: PresenceStatus;
  handPlace: number | undefined;
  actions: readonly PersonAction[];
  onConfirm: (action: PersonAction, participant: Participant) => void;
}) {
  const { t } = useTranslation();
  const name = isMe ? t("people.me", { name: participant.name }) : participant.name;
  return (
    <li
      className="person"
      data-testid="person"
      data-name={participant.name}
      data-role={participant.role}
      data-status={status}
      data-ready={participant.ready}
      data-hand={handPlace !== undefined}
    >
      <div className="person-main">
        <Avatar
          name={participant.name}
          colour={participant.colour}
          status={status}
          ring={isMe}
          label={t("presence.avatar", {
            name,
            role: t(`roles.${participant.role}`),
            status: t(`presence.status.${status}`),
          })}
        />
        <span className="person-text">
          <span className="person-name">{name}</span>
          <span className={`person-role role-${participant.role}`}>
            {t(`roles.${participant.role}`)}
          </span>
        </span>
        <SignalMarks participant={participant} handPlace={handPlace} />
        {actions.length > 0 ? (
          <PersonActions participant={participant} actions={actions} onConfirm={onConfirm} />
        ) : null}
      </div>
    </li>
  );
}
