// Who has voted on a decision, who has not, and when a sealed decision reveals itself.
// Eligible = the people the rules let vote now (`canVote`: voters and facilitators, not
// observers, not removed). Pure; a replica that sees an anonymous decision's ballots under
// ballot keys can only count them, never tell whose they are, and this never pretends to.
import type { RoomEvent } from "./events.ts";
import { canVote, findDecision } from "./lookup.ts";
import type { Decision, Participant, RoomState } from "./types.ts";

/** The shortest time between two nudges on one decision. */
export const NUDGE_INTERVAL_MS = 10_000;

export const eligibleVoters = (state: RoomState): Participant[] =>
  state.participants.filter((participant) => canVote(state, participant.id));

const hasBallot = (decision: Decision, participantId: string): boolean =>
  decision.ballots.some((entry) => entry.participantId === participantId);

/**
 * Eligible voters without a ballot, by identity. Only for a state that knows whose each
 * ballot is: the server's, or any replica's for a decision that is not anonymous.
 */
export const notYetVoted = (state: RoomState, decision: Decision): Participant[] =>
  eligibleVoters(state).filter((participant) => !hasBallot(decision, participant.id));

export interface Turnout {
  /** Eligible voters who have a ballot in (anonymous: the ballots cast, as quorum counts). */
  voted: number;
  eligible: number;
  /** Who has not voted yet; null for an anonymous decision, which names nobody. */
  waiting: Participant[] | null;
}

/** What the facilitator is shown while the vote is open. */
export function turnout(state: RoomState, decision: Decision): Turnout {
  const eligible = eligibleVoters(state).length;
  if (decision.anonymity !== "off") {
    return { voted: Math.min(decision.ballots.length, eligible), eligible, waiting: null };
  }
  const waiting = notYetVoted(state, decision);
  return { voted: eligible - waiting.length, eligible, waiting };
}

/**
 * A sealed decision with auto-reveal, open for votes, that every eligible voter (at least
 * one) has voted on. Asked on the server's state, which knows every voter.
 */
export function autoRevealDue(state: RoomState, decision: Decision): boolean {
  return (
    decision.autoReveal &&
    decision.sealed &&
    decision.status === "voting" &&
    eligibleVoters(state).length > 0 &&
    notYetVoted(state, decision).length === 0
  );
}

/**
 * The decisions whose auto-reveal this event made due: not due before, due after. A vote,
 * a removal or a voter turning observer can complete the room; a reopen cannot (the
 * facilitator reopened on purpose, with the ballots still in).
 */
export function autoRevealsStarted(
  before: RoomState,
  event: RoomEvent,
  after: RoomState,
): string[] {
  if (event.body.type === "decision.reopened") return [];
  if (before.decisions === after.decisions && before.participants === after.participants) {
    return [];
  }
  return after.decisions
    .filter((decision) => {
      if (!autoRevealDue(after, decision)) return false;
      const was = findDecision(before, decision.id);
      return was === undefined || !autoRevealDue(before, was);
    })
    .map((decision) => decision.id);
}

/**
 * Whether `participantId` has a nudge to answer on this decision: the vote is open, they
 * may vote and have not, a facilitator other than them nudged after they joined. Their
 * own replica always knows (their own ballot keeps their id, even when anonymous).
 */
export function nudgedToVote(state: RoomState, decision: Decision, participantId: string): boolean {
  const { nudge } = decision;
  if (nudge === null || nudge.by === participantId || decision.status !== "voting") return false;
  const me = state.participants.find((participant) => participant.id === participantId);
  return (
    me !== undefined &&
    canVote(state, participantId) &&
    me.joinedAt <= nudge.at &&
    !hasBallot(decision, participantId)
  );
}
