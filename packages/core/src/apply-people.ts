// How people events change the state: signals, removal, handoff, access and the lobby.
import { mapParticipant } from "./apply-paths.ts";
import type { PeopleEventBody, RoomEvent } from "./events.ts";
import type { RoomState } from "./types.ts";

export function applyPeople(state: RoomState, event: RoomEvent, body: PeopleEventBody): RoomState {
  const { actorId, at } = event;
  switch (body.type) {
    case "participant.signalSet":
      return mapParticipant(state, body.participantId, (participant) =>
        body.signal === "ready"
          ? { ...participant, ready: body.on }
          : // Raising a raised hand keeps its place in the queue.
            {
              ...participant,
              handRaisedAt: body.on ? (participant.handRaisedAt ?? at) : null,
            },
      );
    case "participant.removed":
      // Their ballots stay: taking one out of an anonymous decision would say whose it was.
      return mapParticipant(state, body.participantId, (participant) => ({
        ...participant,
        removed: true,
        ready: false,
        handRaisedAt: null,
      }));
    case "facilitation.handedOff": {
      const stepped = mapParticipant(state, actorId ?? "", (participant) => ({
        ...participant,
        role: "voter",
      }));
      return mapParticipant(stepped, body.participantId, (participant) => ({
        ...participant,
        role: "facilitator",
      }));
    }
    case "room.lobbySet":
      return { ...state, access: { ...state.access, lobby: body.on } };
    case "room.passphraseSet":
      return { ...state, access: { ...state.access, passphrase: body.on } };
    case "lobby.requested":
      return {
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
      };
    case "lobby.admitted": {
      const entry = state.lobby.find((waiting) => waiting.participantId === body.participantId);
      if (!entry) return state;
      return {
        ...state,
        lobby: state.lobby.filter((waiting) => waiting !== entry),
        participants: [
          ...state.participants,
          {
            id: entry.participantId,
            name: entry.name,
            colour: entry.colour,
            role: entry.role,
            joinedAt: at,
            ready: false,
            handRaisedAt: null,
            removed: false,
          },
        ],
      };
    }
    case "lobby.denied":
    case "lobby.left":
      return {
        ...state,
        lobby: state.lobby.filter((waiting) => waiting.participantId !== body.participantId),
      };
  }
}

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
