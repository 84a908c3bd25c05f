// What the UI offers to whom. The server decides; this only hides what would be refused.
import type { Decision, Role } from "@stackboard/core";

export const mayVote = (role: Role | null): boolean => role === "voter" || role === "facilitator";

export const mayAddOption = (role: Role | null, decision: Decision): boolean =>
  mayVote(role) && (decision.status === "draft" || decision.status === "voting");

/** Mirrors core's rule for `decision.roundStarted` (the facilitator's role is checked by the caller). */
export const mayStartRound = (decision: Decision): boolean =>
  decision.ballots.length > 0 &&
  (decision.status === "voting" ||
    decision.status === "locked" ||
    decision.status === "revealed") &&
  (!decision.sealed || decision.status === "revealed");
