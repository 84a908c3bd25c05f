// Rules for shaping the board: room, participants, decisions, options, criteria.
import type { EventBody } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { findDecision, findMember, findParticipant, hasOption, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";
import { checkFreshId, checkFreshOptionId } from "./ids.ts";

type ShapeEvent = Extract<
  EventBody,
  {
    type:
      | "participant.joined"
      | "room.renamed"
      | "participant.renamed"
      | "participant.roleSet"
      | "decision.added"
      | "decision.edited"
      | "decision.removed"
      | "decision.configured"
      | "option.added"
      | "option.removed"
      | "criterion.added"
      | "criterion.updated"
      | "criterion.removed";
  }
>;

const facilitatorOnly = (state: RoomState, actorId: string | null): Rejection | null =>
  isFacilitator(state, actorId) ? null : reject("FORBIDDEN", "Only the facilitator can do that.");

export function checkShape(
  state: RoomState,
  actorId: string | null,
  body: ShapeEvent,
): Rejection | null {
  switch (body.type) {
    case "participant.joined":
      if (actorId !== null && actorId !== body.participantId) {
        return reject("FORBIDDEN", "Participants join only as themselves.");
      }
      if (findParticipant(state, body.participantId)) {
        return reject("ALREADY_EXISTS", "This participant has already joined.");
      }
      return state.participants.length >= LIMITS.participants
        ? reject("LIMIT_REACHED", "This room is full.")
        : null;
    case "room.renamed":
      return facilitatorOnly(state, actorId);
    case "participant.renamed":
      return findMember(state, actorId) ? null : reject("FORBIDDEN", "Join the room first.");
    case "participant.roleSet":
      return checkRoleSet(state, actorId, body.participantId, body.role);
    case "decision.added":
      if (!isFacilitator(state, actorId))
        return reject("FORBIDDEN", "Only the facilitator can do that.");
      if (findDecision(state, body.decisionId)) {
        return reject("ALREADY_EXISTS", "A decision with this id exists.");
      }
      return (
        checkFreshId(state, "decision", body.decisionId) ??
        (state.decisions.length >= LIMITS.decisions
          ? reject("LIMIT_REACHED", `At most ${LIMITS.decisions} decisions per room.`)
          : null)
      );
    case "decision.edited":
    case "decision.removed":
      return (
        facilitatorOnly(state, actorId) ??
        (findDecision(state, body.decisionId) ? null : reject("NOT_FOUND", "No such decision."))
      );
    case "decision.configured": {
      const decision = findDecision(state, body.decisionId);
      if (!isFacilitator(state, actorId))
        return reject("FORBIDDEN", "Only the facilitator can do that.");
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      return decision.status === "draft"
        ? null
        : reject("INVALID_TRANSITION", "The voting mode is set before voting opens.");
    }
    case "option.added": {
      const actor = findMember(state, actorId);
      if (!actor || actor.role === "observer") {
        return reject("FORBIDDEN", "Observers cannot add options.");
      }
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      if (decision.status !== "draft" && decision.status !== "voting") {
        return reject("VOTING_LOCKED", "Options can be added until voting is locked.");
      }
      if (hasOption(decision, body.optionId)) {
        return reject("ALREADY_EXISTS", "An option with this id exists.");
      }
      const fresh = checkFreshOptionId(decision, body.optionId);
      if (fresh) return fresh;
      const label = body.label.trim().toLowerCase();
      if (decision.options.some((option) => option.label.trim().toLowerCase() === label)) {
        return reject("ALREADY_EXISTS", `"${body.label}" is already an option.`);
      }
      return decision.options.length >= LIMITS.optionsPerDecision
        ? reject("LIMIT_REACHED", `At most ${LIMITS.optionsPerDecision} options per decision.`)
        : null;
    }
    case "option.removed": {
      const decision = findDecision(state, body.decisionId);
      const option = decision?.options.find((candidate) => candidate.id === body.optionId);
      // Authority before existence: an option that is not theirs, or none, is not theirs to remove.
      const mayRemove =
        isFacilitator(state, actorId) || (actorId !== null && option?.addedBy === actorId);
      if (!mayRemove) {
        return reject(
          "FORBIDDEN",
          "Only the facilitator or whoever added it can remove an option.",
        );
      }
      if (!decision || !option) return reject("NOT_FOUND", "No such option.");
      if (decision.status !== "draft" && decision.status !== "voting") {
        return reject("VOTING_LOCKED", "Options can be removed until voting is locked.");
      }
      // Stances stand on the proposal: what it adopts stays while it does.
      return decision.proposal?.optionId === body.optionId
        ? reject(
            "INVALID_TRANSITION",
            "The proposal adopts this option; change the proposal first.",
          )
        : null;
    }
    case "criterion.added":
      if (!isFacilitator(state, actorId))
        return reject("FORBIDDEN", "Only the facilitator can do that.");
      if (state.criteria.some((criterion) => criterion.id === body.criterionId)) {
        return reject("ALREADY_EXISTS", "A criterion with this id exists.");
      }
      return (
        checkFreshId(state, "criterion", body.criterionId) ??
        (state.criteria.length >= LIMITS.criteria
          ? reject("LIMIT_REACHED", `At most ${LIMITS.criteria} criteria.`)
          : null)
      );
    case "criterion.updated":
    case "criterion.removed":
      return (
        facilitatorOnly(state, actorId) ??
        (state.criteria.some((criterion) => criterion.id === body.criterionId)
          ? null
          : reject("NOT_FOUND", "No such criterion."))
      );
  }
}

function checkRoleSet(
  state: RoomState,
  actorId: string | null,
  participantId: string,
  role: RoomState["participants"][number]["role"],
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
