// Delivers each applied event to this node's sockets in the room, in seq order. A sealed
// ballot goes in full to its voter's tabs and redacted to everyone else; a ballot of an
// anonymous decision goes to its voter's tabs as is and to everyone else under its ballot
// key. Each form is serialised once per broadcast, not per recipient.
import {
  anonymizeEvent,
  isSealedFrom,
  type RoomEvent,
  type RoomState,
  redactEvent,
} from "@stackboard/core";
import type { Metrics } from "../metrics.ts";
import type { BallotKeysFor } from "../rooms/ballot-keys.ts";
import { participantChannel, roomChannel } from "./channels.ts";
import type { AppServer } from "./types.ts";

export function createFanout(
  io: AppServer,
  metrics: Metrics,
  ballotKeys: BallotKeysFor,
  now: () => number = Date.now,
) {
  return (roomId: string, before: RoomState, event: RoomEvent): void => {
    // This node's sockets only (the store feeds every node). Taken per event: a Redis node
    // swaps its adapter after this is built, and an operator keeps the adapter it was made on.
    const local = io.local;
    // What everyone but the voter may see: anonymized first, then sealed.
    const anonymized = anonymizeEvent(before, event, null, ballotKeys(roomId));
    const forOthers = isSealedFrom(before, event, null) ? redactEvent(anonymized) : anonymized;
    if (forOthers !== event && event.actorId !== null && isBallotEvent(event)) {
      const voter = participantChannel(roomId, event.actorId);
      local.to(roomChannel(roomId)).except(voter).emit("event", { roomId, event: forOthers });
      local.to(voter).emit("event", { roomId, event });
    } else {
      // Not a ballot (e.g. a reveal): one form for everyone, the voter's own included.
      local.to(roomChannel(roomId)).emit("event", { roomId, event: forOthers });
    }
    metrics.fanoutLatency.observe(Math.max(0, now() - event.at) / 1000);
  };
}

const isBallotEvent = (event: RoomEvent): boolean =>
  event.body.type === "ballot.cast" ||
  event.body.type === "ballot.sealed" ||
  event.body.type === "ballot.retracted";
