// What a round of voting leaves behind when the facilitator starts a new one.
import { tallyDecision } from "./tally.ts";
import type { Criterion, Decision, DecisionRound } from "./types.ts";

export function roundSummary(decision: Decision, criteria: readonly Criterion[]): DecisionRound {
  const tally = tallyDecision(decision, criteria);
  return {
    round: decision.rounds.length + 1,
    mode: decision.mode,
    ballotsCount: decision.ballots.length,
    abstained: tally.abstained,
    tally: tally.options.map((option) => ({ optionId: option.optionId, value: option.value })),
    leaders: tally.leaders,
  };
}
