// One definition per event: whether it may stand at its place in the log, and how it then
// changes the state, side by side. Every group of events (`rules/*.ts`) is a table of
// these, and `rules/table.ts` joins them into one typed to cover every event type, so an
// event without a check or an apply does not compile. Who may ever send an event is the
// one thing kept apart, in `authority.ts`, because it is asked first for every event.
import type { EventType, RoomEventOf } from "../events.ts";
import type { Rejection } from "../rejection.ts";
import type { RoomState } from "../types.ts";

export interface EventDefinition<T extends EventType> {
  /** Why the event is a no-op at its place in the log, or null: asked after authority. */
  check(state: RoomState, event: RoomEventOf<T>): Rejection | null;
  /** What an allowed event makes of the state, copying only the paths it touches. */
  apply(state: RoomState, event: RoomEventOf<T>): RoomState;
}

/** A definition for each of the event types `T`, and nothing else. */
export type EventDefinitions<T extends EventType = EventType> = {
  [K in T]: EventDefinition<K>;
};
