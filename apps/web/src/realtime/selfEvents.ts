// What the replica says about this tab itself, beyond what the board shows: a facilitator
// removed me (the session ends), or I handed facilitation away (this browser must forget
// its facilitator key, or a reload would make it a facilitator again).
import { findParticipant, type RoomEvent, type RoomState } from "@stackboard/core";

export interface SelfNews {
  removed: boolean;
  forgetFacilitatorKey: boolean;
}

/** Reads `state` (after `events` were applied) for news about `myId`. */
export function newsForMe(
  state: RoomState,
  events: readonly RoomEvent[],
  myId: string | null,
): SelfNews {
  const me = findParticipant(state, myId);
  if (myId === null || me === undefined) return { removed: false, forgetFacilitatorKey: false };
  // Only a handoff that took effect: a refused one leaves me facilitator, key and all.
  const handedOff = events.some(
    (event) => event.body.type === "facilitation.handedOff" && event.actorId === myId,
  );
  return {
    removed: me.removed,
    forgetFacilitatorKey: handedOff && me.role !== "facilitator",
  };
}
