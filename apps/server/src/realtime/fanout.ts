// Delivers each applied event to this node's sockets in the room, in seq order. A sealed
// ballot goes in full to its voter's tabs and redacted to everyone else; each form is
// serialised once per broadcast, not per recipient.
import { isSealedFrom, type RoomEvent, type RoomState, redactEvent } from "@stackboard/core";
import type { Metrics } from "../metrics.ts";
import { participantChannel, roomChannel } from "./channels.ts";
import type { AppServer } from "./types.ts";

export function createFanout(io: AppServer, metrics: Metrics, now: () => number = Date.now) {
  return (roomId: string, before: RoomState, event: RoomEvent): void => {
    const local = io.local;
    if (isSealedFrom(before, event, null) && event.actorId !== null) {
      const voter = participantChannel(roomId, event.actorId);
      local
        .to(roomChannel(roomId))
        .except(voter)
        .emit("event", { roomId, event: redactEvent(event) });
      local.to(voter).emit("event", { roomId, event });
    } else {
      local.to(roomChannel(roomId)).emit("event", { roomId, event });
    }
    metrics.fanoutLatency.observe(Math.max(0, now() - event.at) / 1000);
  };
}
