// Copy-on-write helpers for apply.ts: each copies only the path it changes.
import type { Annotation, BallotEntry, Decision, RoomState } from "./types.ts";

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
