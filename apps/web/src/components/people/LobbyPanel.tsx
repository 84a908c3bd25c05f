// For facilitators: the people knocking at a room with a lobby, right under the header so
// nobody waits unseen. Admit or deny each, or admit everyone at once.
import type { LobbyEntry } from "@stackboard/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { Avatar } from "../common/Avatar.tsx";

export function LobbyPanel() {
  const lobby = useRoomStore((s) => s.state.lobby);
  const first = lobby[0];
  // Whoever may answer the lobby (deny is open even when the room is full).
  const mayAnswer = useAllowed(
    first ? { type: "lobby.deny", participantId: first.participantId } : null,
  );
  if (!mayAnswer) return null;
  return <WaitingList lobby={lobby} />;
}

function WaitingList({ lobby }: { lobby: readonly LobbyEntry[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const admit = (entry: LobbyEntry) =>
    sendCommand({ type: "lobby.admit", participantId: entry.participantId });
  return (
    <section className="lobby-panel" aria-labelledby={titleId} data-testid="lobby-panel">
      <div className="lobby-head">
        <h2 id={titleId}>{t("lobby.title", { count: lobby.length })}</h2>
        {lobby.length > 1 ? (
          <button
            type="button"
            className="button button-sm button-primary"
            onClick={() => {
              for (const entry of lobby) admit(entry);
            }}
          >
            {t("lobby.admitAll")}
          </button>
        ) : null}
      </div>
      <ul className="lobby-list">
        {lobby.map((entry) => (
          <li key={entry.participantId} data-testid="lobby-entry" data-name={entry.name}>
            <Avatar name={entry.name} colour={entry.colour} size="sm" />
            <span className="person-name">{entry.name}</span>
            <span className="muted small">
              {t("lobby.asRole", { role: t(`roles.${entry.role}`) })}
            </span>
            <span className="lobby-actions">
              <button
                type="button"
                className="button button-sm button-success"
                aria-label={t("lobby.admitLabel", { name: entry.name })}
                onClick={() => admit(entry)}
              >
                {t("lobby.admit")}
              </button>
              <button
                type="button"
                className="button button-sm"
                aria-label={t("lobby.denyLabel", { name: entry.name })}
                onClick={() =>
                  sendCommand({ type: "lobby.deny", participantId: entry.participantId })
                }
              >
                {t("lobby.deny")}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
