// Rules for people: signals, removal, facilitator handoff, and who may walk in
// (passphrase, lobby).
import type { PeopleEventBody } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { findLobbyEntry, findMember, findParticipant, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";

const FACILITATOR_ONLY = "Only a facilitator can do that.";

export function checkPeople(
  state: RoomState,
  actorId: string | null,
  body: PeopleEventBody,
): Rejection | null {
  switch (body.type) {
    case "participant.signalSet":
      return checkSignal(state, actorId, body.participantId, body.on);
    case "lobby.requested":
      return checkKnock(state, actorId, body.participantId);
    case "lobby.left":
      return checkLeave(state, actorId, body.participantId);
    default:
      break;
  }
  // Authority first, so nobody learns who is here by probing what they may not do.
  if (!isFacilitator(state, actorId)) return reject("FORBIDDEN", FACILITATOR_ONLY);
  switch (body.type) {
    case "participant.removed": {
      if (body.participantId === actorId) {
        return reject("INVALID_TRANSITION", "You cannot remove yourself; hand off instead.");
      }
      return findMember(state, body.participantId)
        ? null
        : reject("NOT_FOUND", "No such participant.");
    }
    case "facilitation.handedOff": {
      if (body.participantId === actorId) {
        return reject("INVALID_TRANSITION", "You are already the facilitator.");
      }
      return findMember(state, body.participantId)
        ? null
        : reject("NOT_FOUND", "No such participant.");
    }
    case "room.lobbySet":
    case "room.passphraseSet":
      return null;
    case "lobby.admitted":
      if (!findLobbyEntry(state, body.participantId)) {
        return reject("NOT_FOUND", "Nobody with this id is waiting.");
      }
      return state.participants.length >= LIMITS.participants
        ? reject("LIMIT_REACHED", "This room is full.")
        : null;
    case "lobby.denied":
      return findLobbyEntry(state, body.participantId)
        ? null
        : reject("NOT_FOUND", "Nobody with this id is waiting.");
  }
}

function checkSignal(
  state: RoomState,
  actorId: string | null,
  participantId: string,
  on: boolean,
): Rejection | null {
  if (!findMember(state, actorId)) return reject("FORBIDDEN", "Join the room first.");
  if (participantId !== actorId) {
    // Lowering a hand after someone spoke is the facilitator's job; raising it is not.
    if (on || !isFacilitator(state, actorId)) {
      return reject("FORBIDDEN", "Only a facilitator can lower someone else's signal.");
    }
  }
  return findMember(state, participantId) ? null : reject("NOT_FOUND", "No such participant.");
}

function checkKnock(
  state: RoomState,
  actorId: string | null,
  participantId: string,
): Rejection | null {
  if (actorId !== null) return reject("FORBIDDEN", "Only the server puts people in the lobby.");
  if (!state.access.lobby) return reject("INVALID_TRANSITION", "This room has no lobby.");
  if (findParticipant(state, participantId) || findLobbyEntry(state, participantId)) {
    return reject("ALREADY_EXISTS", "This participant has already knocked.");
  }
  if (state.lobby.length >= LIMITS.lobby) {
    return reject("LIMIT_REACHED", "Too many people are waiting; try again later.");
  }
  return state.participants.length >= LIMITS.participants
    ? reject("LIMIT_REACHED", "This room is full.")
    : null;
}

/** Only the server notices that a knocker went away, and only a waiting one can leave. */
function checkLeave(
  state: RoomState,
  actorId: string | null,
  participantId: string,
): Rejection | null {
  if (actorId !== null)
    return reject("FORBIDDEN", "Only the server takes people out of the lobby.");
  return findLobbyEntry(state, participantId)
    ? null
    : reject("NOT_FOUND", "Nobody with this id is waiting.");
}
