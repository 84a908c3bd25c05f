// The one reducer, shared verbatim by server and browser. Total and deterministic:
// an event out of seq order is ignored, an event not allowed at its place in the log
// only advances seq, and nothing throws.
import { applyEvent } from "./apply.ts";
import type { RoomEvent } from "./events.ts";
import { rememberCommand } from "./recent-commands.ts";
import type { Rejection } from "./rejection.ts";
import { checkEvent } from "./rules/index.ts";
import type { RoomState } from "./types.ts";

export interface Step {
  state: RoomState;
  /** Why the event was a no-op at its place in the log; null when it applied. */
  rejection: Rejection | null;
}

/** One event, and whether it applied: a server appending without a seq check needs to know. */
export function step(state: RoomState, event: RoomEvent): Step {
  if (event.seq !== state.seq + 1) {
    return { state, rejection: { code: "INVALID_TRANSITION", message: "Out of order." } };
  }
  const rejection = checkEvent(state, event);
  if (rejection !== null) return { state: { ...state, seq: event.seq }, rejection };
  return { state: applyAllowed(state, event), rejection: null };
}

/**
 * What `step` makes of an event that `checkEvent` has just allowed against this very
 * state, without checking it again (a server that has decided an event against its state
 * applies it at once). Anything else must go through `step` or `reduce`.
 */
export function applyAllowed(state: RoomState, event: RoomEvent): RoomState {
  const next = applyEvent(state, event);
  return {
    ...next,
    seq: event.seq,
    recentCommandIds:
      event.commandId === null
        ? next.recentCommandIds
        : rememberCommand(next.recentCommandIds, event.commandId),
  };
}

export function reduce(state: RoomState, event: RoomEvent): RoomState {
  return event.seq === state.seq + 1 ? step(state, event).state : state;
}

export function reduceAll(state: RoomState, events: Iterable<RoomEvent>): RoomState {
  let current = state;
  for (const event of events) current = reduce(current, event);
  return current;
}
