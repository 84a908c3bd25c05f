// Shaping the board: decisions, their options, the criteria. A removed decision, option or
// criterion leaves the board, and its id (with the ids of the notes that go with it) is
// retired, never to be given out again (see `ids.ts`).
import { mapDecision, retire } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findDecision, hasOption, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import { newDecision } from "../room.ts";
import type { Annotation, Decision, RoomState } from "../types.ts";
import type { EventDefinitions } from "./definition.ts";
import { checkFreshId, checkFreshOptionId } from "./ids.ts";

type BoardEventType =
  | "decision.added"
  | "decision.edited"
  | "decision.removed"
  | "decision.configured"
  | "option.added"
  | "option.removed"
  | "criterion.added"
  | "criterion.updated"
  | "criterion.removed";

const decisionOrMissing = (state: RoomState, decisionId: string): Rejection | null =>
  findDecision(state, decisionId) ? null : reject("NOT_FOUND", "No such decision.");

const criterionOrMissing = (state: RoomState, criterionId: string): Rejection | null =>
  hasCriterion(state, criterionId) ? null : reject("NOT_FOUND", "No such criterion.");

const hasCriterion = (state: RoomState, criterionId: string): boolean =>
  state.criteria.some((criterion) => criterion.id === criterionId);

/** Options come and go until voting is locked. */
const optionsOpen = (decision: Decision, verb: "added" | "removed"): Rejection | null =>
  decision.status === "draft" || decision.status === "voting"
    ? null
    : reject("VOTING_LOCKED", `Options can be ${verb} until voting is locked.`);

/** A new decision or criterion: no such id on the board, never used, the room not full. */
function checkNew(
  state: RoomState,
  kind: "decision" | "criterion",
  id: string,
  exists: boolean,
  room: { count: number; cap: number; full: string },
): Rejection | null {
  if (exists) return reject("ALREADY_EXISTS", `A ${kind} with this id exists.`);
  return (
    checkFreshId(state, kind, id) ??
    (room.count >= room.cap ? reject("LIMIT_REACHED", room.full) : null)
  );
}

export const BOARD_EVENTS = {
  "decision.added": {
    check: (state, { body }) =>
      checkNew(
        state,
        "decision",
        body.decisionId,
        findDecision(state, body.decisionId) !== undefined,
        {
          count: state.decisions.length,
          cap: LIMITS.decisions,
          full: `At most ${LIMITS.decisions} decisions per room.`,
        },
      ),
    apply: (state, { body }) => ({
      ...state,
      decisions: [...state.decisions, newDecision(body.decisionId, body.title, body.context)],
    }),
  },
  "decision.edited": {
    check: (state, { body }) => decisionOrMissing(state, body.decisionId),
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        title: body.title,
        context: body.context,
      })),
  },
  "decision.removed": {
    check: (state, { body }) => decisionOrMissing(state, body.decisionId),
    apply: (state, { body }) => {
      const goes = (note: Annotation) => note.decisionId === body.decisionId;
      return {
        ...state,
        decisions: state.decisions.filter((decision) => decision.id !== body.decisionId),
        annotations: state.annotations.filter((note) => !goes(note)),
        timer: state.timer?.decisionId === body.decisionId ? null : state.timer,
        // Nothing is in focus once the spotlit decision is gone.
        focusedDecisionId:
          state.focusedDecisionId === body.decisionId ? null : state.focusedDecisionId,
        retiredIds: retire(state.retiredIds, {
          decisions: [body.decisionId],
          annotations: state.annotations.filter(goes).map((note) => note.id),
        }),
      };
    },
  },
  "decision.configured": {
    check: (state, { body }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      return decision.status === "draft"
        ? null
        : reject("INVALID_TRANSITION", "The voting mode is set before voting opens.");
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        mode: body.mode,
        dotsPerVoter: body.dotsPerVoter,
        sealed: body.sealed,
        ballots: [],
      })),
  },
  "option.added": {
    check: (state, { body }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      const closed = optionsOpen(decision, "added");
      if (closed) return closed;
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
    },
    apply: (state, { body, actorId }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        options: [
          ...d.options,
          { id: body.optionId, label: body.label, catalogId: body.catalogId, addedBy: actorId },
        ],
      })),
  },
  "option.removed": {
    check: (state, { body, actorId }) => {
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
      const closed = optionsOpen(decision, "removed");
      if (closed) return closed;
      // Stances stand on the proposal: what it adopts stays while it does.
      return decision.proposal?.optionId === body.optionId
        ? reject(
            "INVALID_TRANSITION",
            "The proposal adopts this option; change the proposal first.",
          )
        : null;
    },
    apply: (state, { body }) => {
      const goes = (note: Annotation) =>
        note.decisionId === body.decisionId && note.optionId === body.optionId;
      const next = mapDecision(state, body.decisionId, (d) => ({
        ...d,
        options: d.options.filter((option) => option.id !== body.optionId),
        retiredOptionIds: [...d.retiredOptionIds, body.optionId],
      }));
      return {
        ...next,
        annotations: state.annotations.filter((note) => !goes(note)),
        retiredIds: retire(state.retiredIds, {
          annotations: state.annotations.filter(goes).map((note) => note.id),
        }),
      };
    },
  },
  "criterion.added": {
    check: (state, { body }) =>
      checkNew(state, "criterion", body.criterionId, hasCriterion(state, body.criterionId), {
        count: state.criteria.length,
        cap: LIMITS.criteria,
        full: `At most ${LIMITS.criteria} criteria.`,
      }),
    apply: (state, { body }) => ({
      ...state,
      criteria: [...state.criteria, { id: body.criterionId, name: body.name, weight: body.weight }],
    }),
  },
  "criterion.updated": {
    check: (state, { body }) => criterionOrMissing(state, body.criterionId),
    apply: (state, { body }) => ({
      ...state,
      criteria: state.criteria.map((criterion) =>
        criterion.id === body.criterionId
          ? { ...criterion, name: body.name, weight: body.weight }
          : criterion,
      ),
    }),
  },
  "criterion.removed": {
    check: (state, { body }) => criterionOrMissing(state, body.criterionId),
    apply: (state, { body }) => ({
      ...state,
      criteria: state.criteria.filter((criterion) => criterion.id !== body.criterionId),
      retiredIds: retire(state.retiredIds, { criteria: [body.criterionId] }),
    }),
  },
} satisfies EventDefinitions<BoardEventType>;
