// Ids are never given out twice in a room. An event names what it is about by id alone, so
// an id reused for something new would make the log's old events (a sealed ballot, an
// anonymous voter, a +1, a score on a criterion) read as being about the new thing. The
// state keeps the ids of what was removed; the caps bound how many ids a room ever uses.
import { LIMITS } from "../limits.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { Decision, RoomState } from "../types.ts";

type RoomIdKind = "decision" | "criterion" | "annotation";

const SPACES: Record<
  RoomIdKind,
  {
    retired: (state: RoomState) => readonly string[];
    live: (state: RoomState) => number;
    cap: number;
  }
> = {
  decision: {
    retired: (state) => state.retiredIds.decisions,
    live: (state) => state.decisions.length,
    cap: LIMITS.decisionIdsEver,
  },
  criterion: {
    retired: (state) => state.retiredIds.criteria,
    live: (state) => state.criteria.length,
    cap: LIMITS.criterionIdsEver,
  },
  annotation: {
    retired: (state) => state.retiredIds.annotations,
    live: (state) => state.annotations.length,
    cap: LIMITS.annotationIdsEver,
  },
};

const reused = (kind: string): Rejection =>
  reject("ID_REUSED", `This ${kind} id was used before in this room; ids are never reused.`);

const usedUp = (kind: string, cap: number, where: string): Rejection =>
  reject("LIMIT_REACHED", `${where} has used ${cap} ${kind} ids, the most it may.`);

/** A new decision, criterion or annotation id: not one that was removed, and within the cap. */
export function checkFreshId(state: RoomState, kind: RoomIdKind, id: string): Rejection | null {
  const space = SPACES[kind];
  const retired = space.retired(state);
  if (retired.includes(id)) return reused(kind);
  return space.live(state) + retired.length >= space.cap
    ? usedUp(kind, space.cap, "This room")
    : null;
}

/** A new option id of `decision` (option ids are per decision). */
export function checkFreshOptionId(decision: Decision, id: string): Rejection | null {
  if (decision.retiredOptionIds.includes(id)) return reused("option");
  return decision.options.length + decision.retiredOptionIds.length >=
    LIMITS.optionIdsEverPerDecision
    ? usedUp("option", LIMITS.optionIdsEverPerDecision, "This decision")
    : null;
}
