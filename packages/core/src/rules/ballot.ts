// Whether a ballot fits its decision: mode, known options and criteria, budget, range.
import { proposalOf } from "../consent.ts";
import { LIMITS, SCORE_MAX, SCORE_MIN } from "../limits.ts";
import { hasOption } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { Ballot, Criterion, Decision } from "../types.ts";

export function checkBallot(
  ballot: Ballot,
  decision: Decision,
  criteria: readonly Criterion[],
): Rejection | null {
  // Abstaining is open in every mode: it counts as taking part, for no option.
  if (ballot.mode === "abstain") return null;
  if (ballot.mode !== decision.mode) {
    return reject("INVALID_BALLOT", `This decision takes ${decision.mode} ballots.`);
  }
  if (ballot.mode === "pick") {
    return hasOption(decision, ballot.optionId)
      ? null
      : reject("INVALID_BALLOT", "That option is not on this decision.");
  }
  if (ballot.mode === "consent") {
    // There must be a proposal to stand on.
    if (proposalOf(decision) === null) {
      return reject("INVALID_BALLOT", "This decision has no proposal yet.");
    }
    return ballot.reason.length <= LIMITS.reasonLength
      ? null
      : reject("INVALID_BALLOT", `A reason has at most ${LIMITS.reasonLength} characters.`);
  }
  if (ballot.mode === "ranked") {
    const seen = new Set<string>();
    for (const optionId of ballot.ranking) {
      if (!hasOption(decision, optionId) || seen.has(optionId)) {
        return reject("INVALID_BALLOT", "A ranking lists distinct options of this decision.");
      }
      seen.add(optionId);
    }
    return seen.size > 0 ? null : reject("INVALID_BALLOT", "Rank at least one option, or abstain.");
  }
  if (ballot.mode === "dots") {
    const seen = new Set<string>();
    let total = 0;
    for (const { optionId, dots } of ballot.allocations) {
      if (!hasOption(decision, optionId) || seen.has(optionId)) {
        return reject("INVALID_BALLOT", "Each dot must go to a distinct option of this decision.");
      }
      if (!Number.isInteger(dots) || dots < 0) {
        return reject("INVALID_BALLOT", "Dots are whole, non-negative numbers.");
      }
      const cap = decision.rules.maxDotsPerOption;
      if (cap !== null && dots > cap) {
        return reject("INVALID_BALLOT", `At most ${cap} dots on one option.`);
      }
      seen.add(optionId);
      total += dots;
    }
    return total <= decision.dotsPerVoter
      ? null
      : reject("INVALID_BALLOT", `At most ${decision.dotsPerVoter} dots per voter.`);
  }
  const known = new Set(criteria.map((criterion) => criterion.id));
  const seen = new Set<string>();
  for (const { optionId, criterionId, score } of ballot.scores) {
    const cell = `${optionId}\u0000${criterionId}`;
    if (!hasOption(decision, optionId) || !known.has(criterionId) || seen.has(cell)) {
      return reject("INVALID_BALLOT", "Each score must name a distinct option and criterion.");
    }
    if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
      return reject("INVALID_BALLOT", `Scores run from ${SCORE_MIN} to ${SCORE_MAX}.`);
    }
    seen.add(cell);
  }
  return null;
}
