// A pass is kept only for someone in the room or waiting in its lobby: when the lobby lets
// someone go without letting them in (a facilitator turned them away, or they left), their
// pass is forgotten. Every node holding the room does this for each such event it applies
// (forgetting twice is harmless); a later knock from that browser comes as someone new.
import { findLobbyEntry, type RoomEvent, type RoomState } from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { RoomStore } from "../store/types.ts";

export interface PassJanitor {
  onEvent(roomId: string, before: RoomState, event: RoomEvent, after: RoomState): void;
  /** Waits for the passes being forgotten (before the store closes on shutdown). */
  close(): Promise<void>;
}

export function createPassJanitor(store: RoomStore, logger: Logger): PassJanitor {
  const pending = new Set<Promise<void>>();
  return {
    onEvent(roomId, before, event, after) {
      const { body } = event;
      if (body.type !== "lobby.denied" && body.type !== "lobby.left") return;
      const { participantId } = body;
      // A no-op (someone else answered first) let nobody go.
      if (!findLobbyEntry(before, participantId) || findLobbyEntry(after, participantId)) return;
      const work = store
        .removeParticipantTokens(roomId, participantId)
        .catch((error: unknown) =>
          logger.warn({ err: error, roomId, participantId }, "could not forget a pass"),
        );
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },
    async close() {
      await Promise.allSettled([...pending]);
    },
  };
}
