// The one reducer, shared verbatim by server and browser. Total and deterministic:
// an event out of seq order is ignored, an event not allowed at its place in the log
// only advances seq, and nothing throws.
import { applyEvent } from "./apply.ts";
import type { RoomEvent } from "./events.ts";
import { LIMITS } from "./limits.ts";
import { checkEvent } from "./rules/index.ts";
import type { RoomState } from "./types.ts";

export function reduce(state: RoomState, event: RoomEvent): RoomState {
  if (event.seq !== state.seq + 1) return state;
  const rejection = checkEvent(state, event);
  const next = rejection === null ? applyEvent(state, event) : state;
  const recentCommandIds =
    rejection === null && event.commandId !== null
      ? [...next.recentCommandIds, event.commandId].slice(-LIMITS.recentCommandIds)
      : next.recentCommandIds;
  return { ...next, seq: event.seq, recentCommandIds };
}

export function reduceAll(state: RoomState, events: Iterable<RoomEvent>): RoomState {
  let current = state;
  for (const event of events) current = reduce(current, event);
  return current;
}
