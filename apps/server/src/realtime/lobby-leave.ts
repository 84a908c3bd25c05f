// Forgets knockers who gave up: when the last socket waiting for someone in a lobby goes
// (Cancel on the waiting page closes the connection; so does closing the tab), a grace
// period starts. If by then no socket on any node waits for them (`fetchSockets` asks
// every node through the adapter) and their entry is still there, the server appends
// `lobby.left`. A reload within the grace knocks again and keeps the place in the queue.
// Several nodes may decide so at once: the command id names the entry, so the log takes
// one `lobby.left`.
import { type EventBody, findLobbyEntry, type Rejection, type RoomState } from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { RoomService } from "../rooms/room-service.ts";
import { sha256 } from "../rooms/secrets.ts";
import { appendServerEvent, KeyedTimeouts } from "../rooms/server-events.ts";
import { lobbyChannel } from "./channels.ts";
import type { AppServer } from "./types.ts";

/** Long enough for a reload or a network hiccup, short enough that nobody waits on a ghost. */
export const LOBBY_LEAVE_GRACE_MS = 15_000;
/** Tries when the other nodes cannot be asked or the store cannot take the event. */
const ATTEMPTS = 3;

/** Valid as a CommandIdSchema id; a later knock by the same person is another entry. */
export function lobbyLeftCommandId(participantId: string, requestedAt: number): string {
  const readable = `lobby-left-${participantId}-${requestedAt}`;
  return readable.length <= 64
    ? readable
    : `lobby-left-${sha256(`${participantId}:${requestedAt}`).slice(0, 48)}`;
}

export interface LobbyLeaves {
  /** Joins this node's Socket.IO server, which answers who is still waiting. */
  attach(io: AppServer): void;
  /** A socket stopped waiting for `participantId` in `roomId` (closed, or went elsewhere). */
  stoppedWaiting(roomId: string, participantId: string): void;
  /** Cancels every pending check; knockers cut off by a shutdown knock again elsewhere. */
  close(): void;
}

export function createLobbyLeaves(options: {
  rooms: RoomService;
  logger: Logger;
  graceMs: number;
}): LobbyLeaves {
  const { rooms, logger, graceMs } = options;
  const timeouts = new KeyedTimeouts();
  let io: AppServer | null = null;

  const schedule = (roomId: string, participantId: string, attempt: number): void => {
    timeouts.set(`${roomId}\n${participantId}`, graceMs, () => {
      void check(roomId, participantId).then(
        (again) => {
          if (again && attempt < ATTEMPTS) schedule(roomId, participantId, attempt + 1);
        },
        // `check` catches what it expects; this is the last guard of a timer callback.
        (error: unknown) => logger.warn({ err: error, roomId }, "lobby leave check failed"),
      );
    });
  };

  /** Appends `lobby.left` if they are gone; true when it could not tell and should retry. */
  async function check(roomId: string, participantId: string): Promise<boolean> {
    if (timeouts.isClosed || io === null) return false;
    const entry = findLobbyEntry(await rooms.state(roomId), participantId);
    if (!entry) return false;
    try {
      const waiting = await io.in(lobbyChannel(roomId, participantId)).fetchSockets();
      if (waiting.length > 0) return false;
    } catch (error) {
      logger.warn({ err: error, roomId }, "could not ask the nodes who waits in a lobby");
      return true;
    }
    if (timeouts.isClosed) return false;
    const commandId = lobbyLeftCommandId(participantId, entry.at);
    const outcome = await appendServerEvent(rooms, logger, roomId, commandId, (state) =>
      leftFor(state, participantId, entry.at),
    );
    // "moot": admitted, denied or already gone meanwhile; nothing to do.
    return outcome === "failed" || outcome === "early";
  }

  return {
    attach(server) {
      io = server;
    },
    stoppedWaiting(roomId, participantId) {
      schedule(roomId, participantId, 1);
    },
    close() {
      timeouts.close();
    },
  };
}

/** `lobby.left` while the same entry still waits, or why not. */
function leftFor(
  state: RoomState,
  participantId: string,
  requestedAt: number,
): EventBody | Rejection {
  const entry = findLobbyEntry(state, participantId);
  if (entry?.at !== requestedAt) {
    return { code: "NOT_FOUND", message: "They are no longer waiting." };
  }
  return { type: "lobby.left", participantId };
}
