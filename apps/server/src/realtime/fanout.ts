// Delivers each applied event to this node's sockets in the room, in seq order. A sealed
// ballot goes in full to its voter's tabs and redacted to everyone else; a ballot of an
// anonymous decision goes to its voter's tabs as is and to everyone else under its ballot
// key. Each form is serialised once per broadcast, not per recipient.
import {
  anonymizeEvent,
  type BallotKeyOf,
  isSealedFrom,
  type RoomEvent,
  type RoomState,
  redactEvent,
} from "@stackboard/core";
import type { Metrics } from "../metrics.ts";
import type { BallotKeysFor } from "../rooms/ballot-keys.ts";
import { participantChannel, roomChannel } from "./channels.ts";
import type { AppServer } from "./types.ts";

/** The forms one applied event takes on the wire. */
export interface FanoutForms {
  /** What everyone gets, but for `voterId`'s own tabs. */
  others: RoomEvent;
  /** The voter of a ballot event whose tabs get `event` whole; null when all get `others`. */
  voterId: string | null;
  event: RoomEvent;
}

/** Judged by the state before the event: the decision it is about, as it was then. */
export function fanoutForms(before: RoomState, event: RoomEvent, keyOf: BallotKeyOf): FanoutForms {
  // What everyone but the voter may see: anonymized first, then sealed.
  const anonymized = anonymizeEvent(before, event, null, keyOf);
  const others = isSealedFrom(before, event, null) ? redactEvent(anonymized) : anonymized;
  const voterId =
    others !== event && event.actorId !== null && isBallotEvent(event) ? event.actorId : null;
  return { others, voterId, event };
}

/** The form `viewerId` (null: nobody in the room) receives. */
export const liveEventFor = (forms: FanoutForms, viewerId: string | null): RoomEvent =>
  forms.voterId !== null && forms.voterId === viewerId ? forms.event : forms.others;

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
    const forms = fanoutForms(before, event, ballotKeys(roomId));
    if (forms.voterId !== null) {
      const voter = participantChannel(roomId, forms.voterId);
      local.to(roomChannel(roomId)).except(voter).emit("event", { roomId, event: forms.others });
      local.to(voter).emit("event", { roomId, event });
    } else {
      // Not a ballot (e.g. a reveal): one form for everyone, the voter's own included.
      local.to(roomChannel(roomId)).emit("event", { roomId, event: forms.others });
    }
    metrics.fanoutLatency.observe(Math.max(0, now() - event.at) / 1000);
  };
}

const isBallotEvent = (event: RoomEvent): boolean =>
  event.body.type === "ballot.cast" ||
  event.body.type === "ballot.sealed" ||
  event.body.type === "ballot.retracted";
