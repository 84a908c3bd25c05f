// What a (re)joining client gets: exactly the events after its last seq, or a snapshot
// when it is far behind or new: joining never replays a long log.

import type { CatchUp } from "@stackboard/contracts";
import {
  anonymizeEvent,
  anonymizeState,
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
  if (afterSeq === 0 || afterSeq > state.seq || state.seq - afterSeq > CATCH_UP_EVENT_LIMIT) {
    const visible = anonymizeState(redactState(state, viewerId), viewerId, keyOf);
    return { kind: "snapshot", seq: state.seq, state: visible, events: [] };
  }
  const events = await rooms.readEvents(roomId, afterSeq, CATCH_UP_EVENT_LIMIT + 50);
  return {
    kind: "events",
    events: events.map((event) =>
      anonymizeEvent(state, redactEventForViewer(state, event, viewerId), viewerId, keyOf),
    ),
  };
}
