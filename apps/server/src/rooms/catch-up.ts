// What a (re)joining client gets: exactly the events after its last seq, or a snapshot
// when it is far behind or new: joining never replays a long log. Both are this viewer's
// view: others' sealed ballots without content until their reveal, others' ballots in an
// anonymous decision under their ballot keys.

import type { CatchUp } from "@stackboard/contracts";
import {
  anonymizeEvent,
  anonymizeState,
  type BallotKeyOf,
  type RoomEvent,
  type RoomState,
  redactEventForViewer,
  redactState,
} from "@stackboard/core";
import type { RoomService } from "./room-service.ts";

/** Further behind than this, a snapshot is cheaper than the events. */
export const CATCH_UP_EVENT_LIMIT = 500;

export async function catchUp(
  rooms: RoomService,
  roomId: string,
  afterSeq: number,
  viewerId: string | null,
): Promise<CatchUp> {
  const state = await rooms.state(roomId);
  const keyOf = rooms.ballotKeys(roomId);
  if (takesSnapshot(state, afterSeq)) return snapshotCatchUp(state, viewerId, keyOf);
  const events = await rooms.readEvents(roomId, afterSeq, CATCH_UP_EVENT_LIMIT + 50);
  return eventsCatchUp(state, events, viewerId, keyOf);
}

/** New, ahead of the room (another log?) or far behind: a snapshot; else the events. */
export const takesSnapshot = (state: RoomState, afterSeq: number): boolean =>
  afterSeq === 0 || afterSeq > state.seq || state.seq - afterSeq > CATCH_UP_EVENT_LIMIT;

export function snapshotCatchUp(
  state: RoomState,
  viewerId: string | null,
  keyOf: BallotKeyOf,
): Extract<CatchUp, { kind: "snapshot" }> {
  const visible = anonymizeState(redactState(state, viewerId), viewerId, keyOf);
  return { kind: "snapshot", seq: state.seq, state: visible, events: [] };
}

/**
 * The log's events as `viewerId` may see them, judged by `state`. Events past `state` (the
 * log moved on while we read it) are left to the live fan-out: `state` cannot vouch for
 * them, and the client fetches any gap with `sync`.
 */
export function eventsCatchUp(
  state: RoomState,
  events: readonly RoomEvent[],
  viewerId: string | null,
  keyOf: BallotKeyOf,
): Extract<CatchUp, { kind: "events" }> {
  return {
    kind: "events",
    events: events
      .filter((event) => event.seq <= state.seq)
      .map((event) =>
        anonymizeEvent(state, redactEventForViewer(state, event, viewerId), viewerId, keyOf),
      ),
  };
}
