// Rules for the voting life cycle: open, cast, lock, reveal, decide, reopen, new round.

import { isKeyedBallot } from "../anonymity.ts";
import type { EventBody } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { canVote, findDecision, hasOption, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { Decision, RoomState } from "../types.ts";
import { checkBallot } from "./ballot.ts";

type VotingEvent = Extract<
  EventBody,
  {
    type:
      | "decision.opened"
      | "ballot.cast"
      | "ballot.sealed"
      | "ballot.retracted"
      | "decision.locked"
      | "decision.revealed"
      | "decision.decided"
      | "decision.reopened"
      | "decision.roundStarted";
  }
>;

export function checkVoting(
  state: RoomState,
  actorId: string | null,
  body: VotingEvent,
): Rejection | null {
  const decision = findDecision(state, body.decisionId);
  switch (body.type) {
    case "ballot.cast":
    case "ballot.sealed":
    case "ballot.retracted":
      // On a replica, others' ballots in an anonymous decision arrive under a ballot key
      // (the server, which knows the voter, has checked them); everywhere else, only voters.
      if (!canVote(state, actorId) && !(decision && isKeyedBallot(decision, actorId))) {
        return reject("FORBIDDEN", "Observers cannot vote.");
      }
      return decision
        ? checkBallotEvent(state, actorId, decision, body)
        : reject("NOT_FOUND", "No such decision.");
    default:
      // Authority first, so nobody learns a room's state by probing what they may not do.
      if (!isFacilitator(state, actorId))
        return reject("FORBIDDEN", "Only the facilitator can do that.");
      return decision ? checkTransition(decision, body) : reject("NOT_FOUND", "No such decision.");
  }
}

function checkBallotEvent(
  state: RoomState,
  actorId: string | null,
  decision: Decision,
  body: Extract<VotingEvent, { type: "ballot.cast" | "ballot.sealed" | "ballot.retracted" }>,
): Rejection | null {
  const notOpen = votingOpen(decision);
  if (notOpen) return notOpen;
  switch (body.type) {
    case "ballot.cast":
      return checkBallot(body.ballot, decision, state.criteria);
    case "ballot.sealed":
      return decision.sealed ? null : reject("INVALID_BALLOT", "This decision is not sealed.");
    case "ballot.retracted":
      return decision.ballots.some((entry) => entry.participantId === actorId)
        ? null
        : reject("NOT_FOUND", "There is no ballot to retract.");
  }
}

function votingOpen(decision: Decision): Rejection | null {
  if (decision.status === "voting") return null;
  return decision.status === "draft"
    ? reject("VOTING_NOT_OPEN", "Voting has not opened on this decision.")
    : reject("VOTING_LOCKED", "Voting on this decision is locked.");
}

function checkTransition(
  decision: Decision,
  body: Extract<
    VotingEvent,
    {
      type:
        | "decision.opened"
        | "decision.locked"
        | "decision.revealed"
        | "decision.decided"
        | "decision.reopened"
        | "decision.roundStarted";
    }
  >,
): Rejection | null {
  const from = decision.status;
  switch (body.type) {
    case "decision.opened":
      if (from !== "draft") return reject("INVALID_TRANSITION", "Voting is already open.");
      return decision.options.length > 0
        ? null
        : reject("INVALID_TRANSITION", "Add at least one option before opening the vote.");
    case "decision.locked":
      return votingOpen(decision);
    case "decision.revealed":
      if (!decision.sealed) return reject("INVALID_TRANSITION", "This decision is not sealed.");
      return from === "locked"
        ? null
        : reject("INVALID_TRANSITION", "Lock the vote before revealing the ballots.");
    case "decision.decided": {
      const ready = from === "revealed" || (from === "locked" && !decision.sealed);
      if (!ready) {
        return reject(
          "INVALID_TRANSITION",
          decision.sealed
            ? "Reveal the ballots before deciding."
            : "Lock the vote before deciding.",
        );
      }
      return hasOption(decision, body.optionId)
        ? null
        : reject("NOT_FOUND", "That option is not on this decision.");
    }
    case "decision.reopened":
      return from === "locked" || from === "revealed" || from === "decided"
        ? null
        : reject("INVALID_TRANSITION", "Only a locked or settled decision can be reopened.");
    case "decision.roundStarted":
      if (from === "draft" || from === "decided") {
        return reject(
          "INVALID_TRANSITION",
          "Only a decision being voted on can start a new round.",
        );
      }
      // Every replica must see every ballot to keep the same round summary.
      if (decision.sealed && from !== "revealed") {
        return reject("INVALID_TRANSITION", "Reveal the ballots before starting a new round.");
      }
      if (decision.rounds.length >= LIMITS.roundsPerDecision) {
        return reject("LIMIT_REACHED", `At most ${LIMITS.roundsPerDecision} rounds per decision.`);
      }
      return decision.ballots.length > 0
        ? null
        : reject("INVALID_TRANSITION", "There are no ballots to keep as a round.");
  }
}
