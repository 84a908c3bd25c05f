// The room itself and who is in it: created, joined, renamed, roles.
import { mapParticipant } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findMember, findParticipant, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import { newDecision, newParticipant } from "../room.ts";
import type { Role, RoomState } from "../types.ts";
import type { EventDefinitions } from "./definition.ts";

type RoomEventType =
  | "room.created"
  | "participant.joined"
  | "room.renamed"
  | "participant.renamed"
  | "participant.roleSet";

export const ROOM_EVENTS = {
  "room.created": {
    check: (state) =>
      state.seq === 0 && state.roomId === ""
        ? null
        : reject("INVALID_TRANSITION", "The room already exists."),
    apply: (state, { body, at }) => ({
      ...state,
      roomId: body.roomId,
      title: body.title,
      templateId: body.templateId,
      createdAt: at,
      criteria: body.criteria.map((criterion) => ({ ...criterion })),
      decisions: body.decisions.map((seed) => ({
        ...newDecision(seed.id, seed.title, seed.context),
        mode: seed.mode,
        options: seed.options.map((option) => ({ ...option, addedBy: null })),
      })),
    }),
  },
  "participant.joined": {
    check: (state, { body }) => {
      if (findParticipant(state, body.participantId)) {
        return reject("ALREADY_EXISTS", "This participant has already joined.");
      }
      return state.participants.length >= LIMITS.participants
        ? reject("LIMIT_REACHED", "This room is full.")
        : null;
    },
    apply: (state, { body, at }) => ({
      ...state,
      participants: [...state.participants, newParticipant(body, at)],
    }),
  },
  "room.renamed": {
    check: () => null,
    apply: (state, { body }) => ({ ...state, title: body.title }),
  },
  "participant.renamed": {
    check: () => null,
    apply: (state, { body, actorId }) =>
      mapParticipant(state, actorId ?? "", (participant) => ({ ...participant, name: body.name })),
  },
  "participant.roleSet": {
    check: (state, { body, actorId }) =>
      checkRoleSet(state, actorId, body.participantId, body.role),
    apply: (state, { body }) =>
      mapParticipant(state, body.participantId, (participant) => ({
        ...participant,
        role: body.role,
      })),
  },
} satisfies EventDefinitions<RoomEventType>;

function checkRoleSet(
  state: RoomState,
  actorId: string | null,
  participantId: string,
  role: Role,
): Rejection | null {
  // Authority before existence: besides facilitators (and the server), only a voter or an
  // observer switching between the two for themselves.
  const selfSwitch =
    actorId === participantId &&
    role !== "facilitator" &&
    findMember(state, actorId)?.role !== "facilitator";
  if (actorId !== null && !selfSwitch && !isFacilitator(state, actorId)) {
    return reject("FORBIDDEN", "Only the facilitator can change someone's role.");
  }
  const target = findMember(state, participantId);
  if (!target) return reject("NOT_FOUND", "No such participant.");
  const facilitators = state.participants.filter(
    (participant) => participant.role === "facilitator" && !participant.removed,
  );
  if (target.role === "facilitator" && role !== "facilitator" && facilitators.length === 1) {
    return reject("INVALID_TRANSITION", "A room keeps at least one facilitator.");
  }
  return null;
}
