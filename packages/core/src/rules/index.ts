// The one place that says whether an event is allowed at its point in the log.
// The reducer applies only allowed events; the server asks first, to answer the sender.
import type { RoomEvent } from "../events.ts";
import { isRecentCommand } from "../recent-commands.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";
import { checkAuthority } from "./authority.ts";
import { definitionOf } from "./table.ts";

export { checkBallot } from "./ballot.ts";

export function checkEvent(state: RoomState, event: RoomEvent): Rejection | null {
  const { body, actorId, commandId } = event;
  if (body.type !== "room.created") {
    if (state.roomId === "") return reject("NOT_FOUND", "The room has not been created.");
    if (commandId !== null && isRecentCommand(state.recentCommandIds, commandId)) {
      return reject("DUPLICATE_COMMAND", "This command was already applied.");
    }
    // Authority first, for every event: then the event's own rule checks targets and state.
    const forbidden = checkAuthority(state, actorId, body);
    if (forbidden) return forbidden;
  }
  return definitionOf(body.type).check(state, event);
}
