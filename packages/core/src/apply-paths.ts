// Copy-on-write helpers for the events' applies (`rules/*.ts`): each copies only the path
// it changes.
import type { Annotation, BallotEntry, Decision, RetiredIds, RoomState } from "./types.ts";

/** A voter's new ballot replaces the old one in place, so ballot order is first-vote order. */
export function putBallot(decision: Decision, entry: BallotEntry): Decision {
  const index = decision.ballots.findIndex(
    (existing) => existing.participantId === entry.participantId,
  );
  if (index === -1) return { ...decision, ballots: [...decision.ballots, entry] };
  const ballots = decision.ballots.slice();
  ballots[index] = entry;
  return { ...decision, ballots };
}

export function mapDecision(
  state: RoomState,
  id: string,
  change: (decision: Decision) => Decision,
): RoomState {
  return {
    ...state,
    decisions: state.decisions.map((decision) =>
      decision.id === id ? change(decision) : decision,
    ),
  };
}

export function mapAnnotation(
  state: RoomState,
  id: string,
  change: (note: Annotation) => Annotation,
): RoomState {
  return {
    ...state,
    annotations: state.annotations.map((note) => (note.id === id ? change(note) : note)),
  };
}

export function mapParticipant(
  state: RoomState,
  id: string,
  change: (participant: RoomState["participants"][number]) => RoomState["participants"][number],
): RoomState {
  return {
    ...state,
    participants: state.participants.map((participant) =>
      participant.id === id ? change(participant) : participant,
    ),
  };
}

/** Ids that left the board, never to be given out again (see `rules/ids.ts`). */
export function retire(retired: RetiredIds, more: Partial<RetiredIds>): RetiredIds {
  const add = (kind: keyof RetiredIds) => {
    const ids = more[kind] ?? [];
    return ids.length === 0 ? retired[kind] : [...retired[kind], ...ids];
  };
  return {
    decisions: add("decisions"),
    criteria: add("criteria"),
    annotations: add("annotations"),
  };
}
