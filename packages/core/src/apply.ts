// How an allowed event changes the state: its definition's apply (`rules/table.ts`).
import type { RoomEvent } from "./events.ts";
import { definitionOf } from "./rules/table.ts";
import type { RoomState } from "./types.ts";

export function applyEvent(state: RoomState, event: RoomEvent): RoomState {
  return definitionOf(event.body.type).apply(state, event);
}
