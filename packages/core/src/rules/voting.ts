// The voting life cycle: open, cast, lock, reveal, decide, reopen, new round.
import { isKeyedBallot } from "../anonymity.ts";
import { mapDecision, putBallot } from "../apply-paths.ts";
import { ballotEntry } from "../ballot-entry.ts";
import type { EventBodyOf, RoomEventOf } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { canVote, findDecision, hasOption } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import { roundSummary } from "../rounds.ts";
import { tieOf } from "../tally.ts";
import type { Decision, RoomState } from "../types.ts";
import { checkBallot } from "./ballot.ts";
import type { EventDefinitions } from "./definition.ts";
import { clearReady } from "./people.ts";

type BallotEventType = "ballot.cast" | "ballot.sealed" | "ballot.retracted";
type TransitionEventType =
  | "decision.opened"
  | "decision.locked"
  | "decision.revealed"
  | "decision.decided"
  | "decision.reopened"
  | "decision.roundStarted";

function votingOpen(decision: Decision): Rejection | null {
  if (decision.status === "voting") return null;
  return decision.status === "draft"
    ? reject("VOTING_NOT_OPEN", "Voting has not opened on this decision.")
    : reject("VOTING_LOCKED", "Voting on this decision is locked.");
}

/**
 * A ballot event's common ground, then `rest` on its open decision. On a replica, others'
 * ballots in an anonymous decision arrive under a ballot key (the server, which knows the
 * voter, has checked them); everywhere else, only voters.
 */
const ballotCheck =
  <T extends BallotEventType>(
    rest: (state: RoomState, event: RoomEventOf<T>, decision: Decision) => Rejection | null,
  ) =>
  (state: RoomState, event: RoomEventOf<T>): Rejection | null => {
    const { actorId } = event;
    const body: EventBodyOf<BallotEventType> = event.body;
    const decision = findDecision(state, body.decisionId);
    if (!canVote(state, actorId) && !(decision && isKeyedBallot(decision, actorId))) {
      return reject("FORBIDDEN", "Observers cannot vote.");
    }
    if (!decision) return reject("NOT_FOUND", "No such decision.");
    return votingOpen(decision) ?? rest(state, event, decision);
  };

/** A transition's rule on the decision it names (authority has let only facilitators by). */
const transitionCheck =
  <T extends TransitionEventType>(
    rule: (decision: Decision, event: RoomEventOf<T>) => Rejection | null,
  ) =>
  (state: RoomState, event: RoomEventOf<T>): Rejection | null => {
    const body: EventBodyOf<TransitionEventType> = event.body;
    const decision = findDecision(state, body.decisionId);
    return decision ? rule(decision, event) : reject("NOT_FOUND", "No such decision.");
  };

export const VOTING_EVENTS = {
  "ballot.cast": {
    check: ballotCheck<"ballot.cast">((state, { body }, decision) =>
      checkBallot(body.ballot, decision, state.criteria),
    ),
    apply: (state, { body, actorId, at }) =>
      mapDecision(state, body.decisionId, (d) =>
        putBallot(d, ballotEntry(actorId ?? "", body.ballot, at, body)),
      ),
  },
  "ballot.sealed": {
    check: ballotCheck<"ballot.sealed">((_state, _event, decision) =>
      decision.sealed ? null : reject("INVALID_BALLOT", "This decision is not sealed."),
    ),
    apply: (state, { body, actorId, at }) =>
      mapDecision(state, body.decisionId, (d) =>
        putBallot(d, ballotEntry(actorId ?? "", null, at, { commitment: body.commitment })),
      ),
  },
  "ballot.retracted": {
    check: ballotCheck<"ballot.retracted">((_state, { actorId }, decision) =>
      decision.ballots.some((entry) => entry.participantId === actorId)
        ? null
        : reject("NOT_FOUND", "There is no ballot to retract."),
    ),
    apply: (state, { body, actorId }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        ballots: d.ballots.filter((entry) => entry.participantId !== (actorId ?? "")),
      })),
  },
  "decision.opened": {
    check: transitionCheck((decision) => {
      if (decision.status !== "draft")
        return reject("INVALID_TRANSITION", "Voting is already open.");
      return decision.options.length > 0
        ? null
        : reject("INVALID_TRANSITION", "Add at least one option before opening the vote.");
    }),
    apply: (state, { body }) =>
      clearReady(mapDecision(state, body.decisionId, (d) => ({ ...d, status: "voting" }))),
  },
  "decision.locked": {
    check: transitionCheck(votingOpen),
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, status: "locked" })),
  },
  "decision.revealed": {
    check: transitionCheck((decision) => {
      if (!decision.sealed) return reject("INVALID_TRANSITION", "This decision is not sealed.");
      return decision.status === "locked"
        ? null
        : reject("INVALID_TRANSITION", "Lock the vote before revealing the ballots.");
    }),
    apply: (state, { body }) => {
      const revealed = new Map(body.ballots.map((entry) => [entry.participantId, entry]));
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        status: "revealed",
        // The commitment stays the one published before the reveal: that is what it proves.
        ballots: d.ballots.map((entry) => {
          const shown = revealed.get(entry.participantId);
          if (shown === undefined) return entry;
          const next = { ...entry, ballot: shown.ballot };
          if (shown.salt !== undefined) next.salt = shown.salt;
          return next;
        }),
      }));
    },
  },
  "decision.decided": {
    check: transitionCheck<"decision.decided">((decision, { body }) => {
      const from = decision.status;
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
    }),
    apply: (state, { body, actorId, at }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        status: "decided",
        outcome: {
          optionId: body.optionId,
          rationale: body.rationale,
          decidedBy: actorId,
          decidedAt: at,
          // The rules allow deciding only once every replica sees every ballot (unsealed
          // or revealed), so each finds the same tie in its own state.
          settledTie: tieOf(d, state.criteria),
        },
      })),
  },
  "decision.reopened": {
    check: transitionCheck(({ status }) =>
      status === "locked" || status === "revealed" || status === "decided"
        ? null
        : reject("INVALID_TRANSITION", "Only a locked or settled decision can be reopened."),
    ),
    apply: (state, { body }) =>
      clearReady(
        mapDecision(state, body.decisionId, (d) => ({
          ...d,
          status: "voting",
          outcome: null,
          closesAt: null,
          closedAt: null,
          nudge: null,
        })),
      ),
  },
  "decision.roundStarted": {
    check: transitionCheck((decision) => {
      const from = decision.status;
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
    }),
    // Allowed only while every replica can see every ballot (unsealed or revealed), so
    // each computes the same summary from its own state.
    apply: (state, { body }) =>
      clearReady(
        mapDecision(state, body.decisionId, (d) => ({
          ...d,
          status: "voting",
          outcome: null,
          closesAt: null,
          closedAt: null,
          nudge: null,
          ballots: [],
          rounds: [...d.rounds, roundSummary(d, state.criteria)],
        })),
      ),
  },
} satisfies EventDefinitions<BallotEventType | TransitionEventType>;
