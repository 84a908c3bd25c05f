// A room as someone outside it sees it: every REST read and export (snapshot, record
// Markdown and JSON, ballots CSV, radar, MADR files) renders from this, never from the
// server's full state. Sealed ballots stay sealed until their reveal; an anonymous
// decision's voters appear under ballot keys.

import {
  anonymizeEvent,
  anonymizeState,
  type BallotKeyOf,
  type RoomEvent,
  type RoomState,
  redactState,
  renderRoomJson,
} from "@stackboard/core";
import { sha256Base64url } from "./commitments.ts";

export const outsiderState = (state: RoomState, keyOf: BallotKeyOf): RoomState =>
  anonymizeState(redactState(state, null), null, keyOf);

/**
 * `export.json`: the state and the log up to it. `renderRoomJson` redacts sealed casts
 * (and the state) itself; voters of anonymous decisions are keyed here, judged by `state`.
 */
export function exportJson(
  state: RoomState,
  events: readonly RoomEvent[],
  keyOf: BallotKeyOf,
): string {
  const visible = events
    .filter((event) => event.seq <= state.seq)
    .map((event) => anonymizeEvent(state, event, null, keyOf));
  return renderRoomJson(anonymizeState(state, null, keyOf), visible, sha256Base64url);
}
