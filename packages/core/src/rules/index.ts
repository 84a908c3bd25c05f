// The one place that says whether an event is allowed at its point in the log.
// The reducer applies only allowed events; the server asks first, to answer the sender.
import type { RoomEvent } from "../events.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";
import { checkAnnotation } from "./annotations.ts";
import { checkAuthority } from "./authority.ts";
import { checkDecisionRules } from "./decision-rules.ts";
import { checkPeople } from "./people.ts";
import { checkShape } from "./shape.ts";
import { checkTimer } from "./timer.ts";
import { checkVoting } from "./voting.ts";

export { checkBallot } from "./ballot.ts";

export function checkEvent(state: RoomState, event: RoomEvent): Rejection | null {
  const { body, actorId, commandId } = event;
  if (body.type === "room.created") {
    return state.seq === 0 && state.roomId === ""
      ? null
      : reject("INVALID_TRANSITION", "The room already exists.");
  }
  if (state.roomId === "") return reject("NOT_FOUND", "The room has not been created.");
  if (commandId !== null && state.recentCommandIds.includes(commandId)) {
    return reject("DUPLICATE_COMMAND", "This command was already applied.");
  }
  // Authority first, for every event: then each group's rules check targets and state.
  const forbidden = checkAuthority(state, actorId, body);
  if (forbidden) return forbidden;
  switch (body.type) {
    case "participant.joined":
    case "room.renamed":
    case "participant.renamed":
    case "participant.roleSet":
    case "decision.added":
    case "decision.edited":
    case "decision.removed":
    case "decision.configured":
    case "option.added":
    case "option.removed":
    case "criterion.added":
    case "criterion.updated":
    case "criterion.removed":
      return checkShape(state, actorId, body);
    case "decision.rulesSet":
    case "decision.anonymitySet":
    case "decision.proposed":
      return checkDecisionRules(state, actorId, body);
    case "annotation.added":
    case "annotation.replied":
    case "annotation.plusOned":
    case "annotation.removed":
      return checkAnnotation(state, actorId, body);
    case "participant.signalSet":
    case "participant.removed":
    case "facilitation.handedOff":
    case "room.lobbySet":
    case "room.passphraseSet":
    case "lobby.requested":
    case "lobby.admitted":
    case "lobby.denied":
    case "lobby.left":
      return checkPeople(state, actorId, body);
    case "timer.started":
    case "timer.paused":
    case "timer.resumed":
    case "timer.extended":
    case "timer.stopped":
    case "timer.expired":
      return checkTimer(state, actorId, body, event.at);
    default:
      return checkVoting(state, actorId, body);
  }
}
