// Who is here: coloured avatars with online / away / offline, me first, and how many are
// here, or "Reconnecting…" while that count would be stale. Removed people are no longer
// here, whatever their socket says.
import type { Participant } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useMyId, useParticipants } from "../../store/selectors.ts";
import { headCount } from "../../view/headCount.ts";
import { membersOf } from "../../view/people.ts";
import { Avatar } from "../common/Avatar.tsx";

const MAX_SHOWN = 8;
const ORDER = { online: 0, away: 1, offline: 2 } as const;

export function PresenceBar() {
  const { t } = useTranslation();
  const participants = membersOf(useParticipants());
  const presence = useConnectionStore((s) => s.presence);
  const status = useConnectionStore((s) => s.status);
  const presenceStale = useConnectionStore((s) => s.presenceStale);
  const myId = useMyId();
  const statusOf = (participant: Participant) =>
    participant.id === myId ? "online" : (presence[participant.id] ?? "offline");
  const sorted = [...participants].sort((a, b) => {
    if (a.id === myId) return -1;
    if (b.id === myId) return 1;
    return ORDER[statusOf(a)] - ORDER[statusOf(b)];
  });
  const online = participants.filter((participant) => statusOf(participant) !== "offline").length;
  const shown = sorted.slice(0, MAX_SHOWN);
  const hidden = sorted.length - shown.length;
  const count = headCount(status, presenceStale, online);
  return (
    <section className="presence" aria-label={t("presence.label")}>
      <ul className="presence-list">
        {shown.map((participant) => {
          const status = statusOf(participant);
          const name =
            participant.id === myId
              ? t("presence.me", { name: participant.name })
              : participant.name;
          return (
            <li
              key={participant.id}
              data-testid="presence-avatar"
              data-name={participant.name}
              data-status={status}
            >
              <Avatar
                name={participant.name}
                colour={participant.colour}
                status={status}
                ring={participant.id === myId}
                label={t("presence.avatar", {
                  name,
                  role: t(`roles.${participant.role}`),
                  status: t(`presence.status.${status}`),
                })}
              />
            </li>
          );
        })}
        {hidden > 0 ? <li className="presence-more">+{hidden}</li> : null}
      </ul>
      <span
        className={count.kind === "reconnecting" ? "presence-count is-stale" : "presence-count"}
        aria-live="polite"
        data-testid="presence-count"
      >
        {count.kind === "reconnecting"
          ? t("presence.reconnecting")
          : t("presence.count", { count: count.count })}
      </span>
    </section>
  );
}
