// The room's presence roster, sent to everyone in it after a change: changes close together
// go out as one roster.
import { roomChannel } from "./channels.ts";
import type { PresenceTracker } from "./presence.ts";
import type { AppServer } from "./types.ts";

/** Presence changes within this window go out as one roster: a room filling up would
 * otherwise send every socket a roster per join (quadratic in the room's size). */
export const PRESENCE_COALESCE_MS = 25;
const pendingRosters = new WeakMap<AppServer, Map<string, Promise<void>>>();

export function broadcastPresence(
  deps: { io: AppServer; presence: PresenceTracker },
  roomId: string,
): Promise<void> {
  const pending = pendingRosters.get(deps.io) ?? new Map<string, Promise<void>>();
  pendingRosters.set(deps.io, pending);
  const queued = pending.get(roomId);
  if (queued) return queued;
  const sent = new Promise<void>((resolve) => setTimeout(resolve, PRESENCE_COALESCE_MS)).then(
    async () => {
      pending.delete(roomId);
      const roster = await deps.presence.roster(roomId);
      const participants = [...roster].map(([participantId, status]) => ({
        participantId,
        status,
      }));
      deps.io.to(roomChannel(roomId)).emit("presence", { roomId, participants });
    },
  );
  pending.set(roomId, sent);
  return sent;
}
