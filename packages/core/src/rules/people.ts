// People: signals, removal, facilitator handoff, and who may walk in (passphrase, lobby).
// Authority (`authority.ts`) has already said who may send each; these check the target.
import { mapParticipant } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findLobbyEntry, findMember, findParticipant, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import { newParticipant } from "../room.ts";
import type { RoomState } from "../types.ts";
import type { EventDefinitions } from "./definition.ts";

type PeopleEventType =
  | "participant.signalSet"
  | "participant.removed"
  | "facilitation.handedOff"
  | "room.lobbySet"
  | "room.passphraseSet"
  | "lobby.requested"
  | "lobby.admitted"
  | "lobby.denied"
  | "lobby.left";

const memberOrMissing = (state: RoomState, participantId: string): Rejection | null =>
  findMember(state, participantId) ? null : reject("NOT_FOUND", "No such participant.");

const waitingOrMissing = (state: RoomState, participantId: string): Rejection | null =>
  findLobbyEntry(state, participantId)
    ? null
    : reject("NOT_FOUND", "Nobody with this id is waiting.");

const roomFull = (state: RoomState): Rejection | null =>
  state.participants.length >= LIMITS.participants
    ? reject("LIMIT_REACHED", "This room is full.")
    : null;

const leaveLobby = (state: RoomState, participantId: string): RoomState => ({
  ...state,
  lobby: state.lobby.filter((waiting) => waiting.participantId !== participantId),
});

export const PEOPLE_EVENTS = {
  "participant.signalSet": {
    check: (state, { body, actorId }) => {
      // Lowering a hand after someone spoke is the facilitator's job; raising it is not.
      if (body.participantId !== actorId && (body.on || !isFacilitator(state, actorId))) {
        return reject("FORBIDDEN", "Only a facilitator can lower someone else's signal.");
      }
      return memberOrMissing(state, body.participantId);
    },
    apply: (state, { body, at }) =>
      mapParticipant(state, body.participantId, (participant) =>
        body.signal === "ready"
          ? { ...participant, ready: body.on }
          : // Raising a raised hand keeps its place in the queue.
            { ...participant, handRaisedAt: body.on ? (participant.handRaisedAt ?? at) : null },
      ),
  },
  "participant.removed": {
    check: (state, { body, actorId }) =>
      body.participantId === actorId
        ? reject("INVALID_TRANSITION", "You cannot remove yourself; hand off instead.")
        : memberOrMissing(state, body.participantId),
    // Their ballots stay: taking one out of an anonymous decision would say whose it was.
    apply: (state, { body }) =>
      mapParticipant(state, body.participantId, (participant) => ({
        ...participant,
        removed: true,
        ready: false,
        handRaisedAt: null,
      })),
  },
  "facilitation.handedOff": {
    check: (state, { body, actorId }) =>
      body.participantId === actorId
        ? reject("INVALID_TRANSITION", "You are already the facilitator.")
        : memberOrMissing(state, body.participantId),
    apply: (state, { body, actorId }) => {
      const stepped = mapParticipant(state, actorId ?? "", (participant) => ({
        ...participant,
        role: "voter",
      }));
      return mapParticipant(stepped, body.participantId, (participant) => ({
        ...participant,
        role: "facilitator",
      }));
    },
  },
  "room.lobbySet": {
    check: () => null,
    apply: (state, { body }) => ({ ...state, access: { ...state.access, lobby: body.on } }),
  },
  "room.passphraseSet": {
    check: () => null,
    apply: (state, { body }) => ({ ...state, access: { ...state.access, passphrase: body.on } }),
  },
  "lobby.requested": {
    check: (state, { body }) => {
      if (!state.access.lobby) return reject("INVALID_TRANSITION", "This room has no lobby.");
      if (findParticipant(state, body.participantId) || findLobbyEntry(state, body.participantId)) {
        return reject("ALREADY_EXISTS", "This participant has already knocked.");
      }
      if (state.lobby.length >= LIMITS.lobby) {
        return reject("LIMIT_REACHED", "Too many people are waiting; try again later.");
      }
      return roomFull(state);
    },
    apply: (state, { body, at }) => ({
      ...state,
      lobby: [
        ...state.lobby,
        {
          participantId: body.participantId,
          name: body.name,
          colour: body.colour,
          role: body.role,
          at,
        },
      ],
    }),
  },
  "lobby.admitted": {
    check: (state, { body }) => waitingOrMissing(state, body.participantId) ?? roomFull(state),
    apply: (state, { body, at }) => {
      const entry = findLobbyEntry(state, body.participantId);
      if (!entry) return state;
      return {
        ...leaveLobby(state, body.participantId),
        participants: [...state.participants, newParticipant(entry, at)],
      };
    },
  },
  "lobby.denied": {
    check: (state, { body }) => waitingOrMissing(state, body.participantId),
    apply: (state, { body }) => leaveLobby(state, body.participantId),
  },
  /** Only the server notices that a knocker went away, and only a waiting one can leave. */
  "lobby.left": {
    check: (state, { body }) => waitingOrMissing(state, body.participantId),
    apply: (state, { body }) => leaveLobby(state, body.participantId),
  },
} satisfies EventDefinitions<PeopleEventType>;

/** A new vote or round is a new step: everyone's "ready" goes back down. */
export function clearReady(state: RoomState): RoomState {
  if (!state.participants.some((participant) => participant.ready)) return state;
  return {
    ...state,
    participants: state.participants.map((participant) =>
      participant.ready ? { ...participant, ready: false } : participant,
    ),
  };
}
