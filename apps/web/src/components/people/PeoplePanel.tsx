// Who is in the room and what they signal: my ready/hand buttons, the hand queue, everyone
// with presence and role, and (for facilitators) managing people and the room's access.
import type { Participant } from "@stackboard/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useMyId, useMyRole, useParticipants } from "../../store/selectors.ts";
import { isAllowed } from "../../store/useAllowed.ts";
import {
  actionsFor,
  commandForAction,
  handPlaces,
  handQueue,
  listOrder,
  type PersonAction,
  readyCount,
} from "../../view/people.ts";
import { Icon } from "../common/Icon.tsx";
import { AccessForm } from "../facilitator/AccessForm.tsx";
import { ConfirmAction, type PendingConfirm } from "./ConfirmAction.tsx";
import { MySignals } from "./MySignals.tsx";
import { PersonRow } from "./PersonRow.tsx";
import { usePeoplePanel } from "./peoplePanelStore.ts";

export const PEOPLE_PANEL_ID = "people-panel";

export function PeoplePanel() {
  const open = usePeoplePanel((s) => s.open);
  return open ? <OpenPeoplePanel /> : null;
}

function OpenPeoplePanel() {
  const { t } = useTranslation();
  const titleId = useId();
  const setOpen = usePeoplePanel((s) => s.setOpen);
  const participants = useParticipants();
  const presence = useConnectionStore((s) => s.presence);
  const myId = useMyId();
  const role = useMyRole();
  const [pending, setPending] = useState<PendingConfirm | null>(null);

  const statusOf = (participant: Participant) =>
    participant.id === myId ? "online" : (presence[participant.id] ?? "offline");
  const people = listOrder(participants, myId, statusOf);
  const queue = handQueue(participants);
  const places = handPlaces(participants);
  const count = readyCount(participants);
  const me = people.find((participant) => participant.id === myId);
  const removed = participants.filter((participant) => participant.removed);
  const confirm = (action: PersonAction, participant: Participant) => {
    if (action === "handOff" || action === "remove") setPending({ action, participant });
  };
  const close = () => {
    setOpen(false);
    document.querySelector<HTMLElement>("[data-people-toggle]")?.focus();
  };

  return (
    <aside
      id={PEOPLE_PANEL_ID}
      className="people-panel"
      aria-labelledby={titleId}
      data-testid="people-panel"
      onKeyDown={(event) => {
        // Escape closes the panel unless a field or the confirm dialog wants it.
        if (event.key === "Escape" && pending === null && !event.defaultPrevented) close();
      }}
    >
      <header className="people-header">
        <h2 id={titleId}>
          <Icon name="users" />
          {t("people.title")}
        </h2>
        <span className="people-ready-count" data-testid="ready-count">
          {t("people.readyCount", count)}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={close}
          aria-label={t("people.close")}
        >
          <Icon name="x" />
        </button>
      </header>

      {me ? <MySignals me={me} /> : null}

      {queue.length > 0 ? (
        <section className="people-section" aria-labelledby={`${titleId}-queue`}>
          <h3 id={`${titleId}-queue`}>{t("people.queueTitle")}</h3>
          <ol className="hand-queue" data-testid="hand-queue">
            {queue.map((participant) => (
              <li key={participant.id} data-name={participant.name}>
                <span className="hand-place" aria-hidden="true">
                  {places.get(participant.id)}
                </span>
                <span className="person-name">
                  {participant.id === myId
                    ? t("people.me", { name: participant.name })
                    : participant.name}
                </span>
                {participant.id !== myId &&
                isAllowed(commandForAction("lowerHand", participant.id)) ? (
                  <button
                    type="button"
                    className="icon-button subtle"
                    aria-label={t("people.lowerHandOf", { name: participant.name })}
                    title={t("people.lowerHandOf", { name: participant.name })}
                    onClick={() => sendCommand(commandForAction("lowerHand", participant.id))}
                  >
                    <Icon name="x" size={14} />
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="people-section" aria-labelledby={`${titleId}-members`}>
        <h3 id={`${titleId}-members`}>{t("people.membersTitle")}</h3>
        <ul className="people-list">
          {people.map((participant) => (
            <PersonRow
              key={participant.id}
              participant={participant}
              isMe={participant.id === myId}
              status={statusOf(participant)}
              handPlace={places.get(participant.id)}
              actions={actionsFor(participant, myId, isAllowed)}
              onConfirm={confirm}
            />
          ))}
        </ul>
        {removed.length > 0 && role === "facilitator" ? (
          <p className="hint people-removed">
            {t("people.removedNote", { names: removed.map((p) => p.name).join(", ") })}
          </p>
        ) : null}
      </section>

      {role === "facilitator" ? <AccessForm /> : null}
      <ConfirmAction pending={pending} onClose={() => setPending(null)} />
    </aside>
  );
}
