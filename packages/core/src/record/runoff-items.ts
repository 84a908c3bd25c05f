// The instant-runoff rounds of a ranked decision in the record: each round's votes, who
// left and why (no votes, or a tie for last broken by a stated rule), and the result.
import type { Runoff, RunoffRound, TieBreakRule } from "../irv.ts";
import type { Decision } from "../types.ts";
import { optionLabel } from "./format.ts";

const RULE_TEXT: Record<TieBreakRule, string> = {
  "previous-round": "tie broken by fewer votes in the previous round",
  "option-order": "tie broken by option order: the option listed last leaves",
};

export function runoffList(decision: Decision, runoff: Runoff): string {
  const lines = runoff.rounds.map((round, index) => {
    const counts = round.counts
      .map((entry) => `${quoted(decision, entry.optionId)} ${entry.votes}`)
      .join(", ");
    const exhausted = round.exhausted > 0 ? `; ${round.exhausted} exhausted` : "";
    return `  - Round ${index + 1}: ${counts}${exhausted}${roundEnd(decision, runoff, round)}.`;
  });
  return [`- Instant runoff (${resultText(decision, runoff)}):`, ...lines].join("\n");
}

function resultText(decision: Decision, runoff: Runoff): string {
  if (runoff.winner !== null) return `${quoted(decision, runoff.winner)} wins`;
  if (runoff.tied.length > 0) return `a tie between ${labelList(decision, runoff.tied)}`;
  return "no winner";
}

function roundEnd(decision: Decision, runoff: Runoff, round: RunoffRound): string {
  if (round.eliminated.length === 0) {
    const last = runoff.rounds[runoff.rounds.length - 1] === round;
    return last && runoff.tied.length > 0 ? "; the final two are tied" : "";
  }
  const out = `; ${labelList(decision, round.eliminated)} eliminated`;
  const tieBreak = round.tieBreak;
  if (tieBreak === null) {
    // Several leave together only when none of them has a vote.
    return round.counts.some((c) => round.eliminated.includes(c.optionId) && c.votes === 0)
      ? `${out} (no votes)`
      : out;
  }
  const others = tieBreak.tied.filter((id) => !round.eliminated.includes(id));
  return `${out} (tied for last with ${labelList(decision, others)}; ${RULE_TEXT[tieBreak.rule]})`;
}

const quoted = (decision: Decision, optionId: string): string =>
  `"${optionLabel(decision, optionId)}"`;

/** `"A"`, `"A" and "B"`, `"A", "B" and "C"`. */
export function labelList(decision: Decision, optionIds: readonly string[]): string {
  const labels = optionIds.map((id) => quoted(decision, id));
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
