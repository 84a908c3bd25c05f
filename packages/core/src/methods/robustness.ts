// Method robustness: would the winner be the same under the other counting methods that
// fit the decision's ballots? Pick: plurality vs. a two-round vote (a majority wins at
// once, else the top two meet in a runoff). Ranked: instant runoff vs. Borda vs. Schulze.
// Score: the weighted mean vs. majority judgement on the voters' weighted scores. Dots and
// consent have no rival method here. A tie under a method is a tie: its leaders are every
// tied option, never one picked by option order. docs/counting.md, "Method robustness".
import { voterScores } from "../score.ts";
import { leadersOf, tallyDecision, visibleBallots } from "../tally.ts";
import type { Ballot, Criterion, Decision } from "../types.ts";
import { bordaScores } from "./borda.ts";
import { majorityJudgementLeaders } from "./median-grade.ts";
import { cleanRanking } from "./preferences.ts";
import { schulzeWinners } from "./schulze.ts";

export type CountingMethod =
  | "plurality"
  | "two-round"
  | "instant-runoff"
  | "borda"
  | "schulze"
  | "weighted-mean"
  | "majority-judgement";

export interface MethodOutcome {
  method: CountingMethod;
  /** Who wins under this method: one option, or every option tied for first. */
  leaders: string[];
  /**
   * Two-round only: when no option has a majority, the options that would meet in the
   * runoff (more than two when places are tied); pick ballots cannot say who would win
   * it, so `leaders` is then empty. Empty otherwise.
   */
  runoff: string[];
}

/**
 * "same": every method has the same winner (or the same tie). "depends": two methods
 * disagree. "open": those that can tell agree, but a runoff these ballots cannot settle
 * would be needed.
 */
export type MethodVerdict = "same" | "depends" | "open";

export interface MethodRobustness {
  outcomes: MethodOutcome[];
  verdict: MethodVerdict;
}

/** Null when no rival method fits the mode, fewer than two options, or nothing counted. */
export function methodRobustness(
  decision: Decision,
  criteria: readonly Criterion[],
): MethodRobustness | null {
  if (decision.options.length < 2) return null;
  const outcomes = outcomesFor(decision, criteria);
  if (outcomes === null) return null;
  return { outcomes, verdict: verdictOf(outcomes) };
}

function outcomesFor(decision: Decision, criteria: readonly Criterion[]): MethodOutcome[] | null {
  const optionIds = decision.options.map((option) => option.id);
  const ballots = visibleBallots(decision);
  const outcome = (method: CountingMethod, leaders: string[], runoff: string[] = []) => ({
    method,
    leaders,
    runoff,
  });
  switch (decision.mode) {
    case "pick": {
      const tally = tallyDecision(decision, criteria);
      if (tally.leaders.length === 0) return null;
      const twoRound = twoRoundOf(tally.options);
      return [
        outcome("plurality", tally.leaders),
        outcome("two-round", twoRound.leaders, twoRound.runoff),
      ];
    }
    case "ranked": {
      const rankings = ballots
        .flatMap((ballot) => (ballot.mode === "ranked" ? [ballot.ranking] : []))
        .map((ranking) => cleanRanking(ranking, optionIds))
        .filter((ranking) => ranking.length > 0);
      const tally = tallyDecision(decision, criteria);
      if (rankings.length === 0 || tally.leaders.length === 0) return null;
      return [
        outcome("instant-runoff", tally.leaders),
        outcome("borda", leadersOf(bordaScores(rankings, optionIds))),
        outcome("schulze", schulzeWinners(rankings, optionIds)),
      ];
    }
    case "score": {
      const tally = tallyDecision(decision, criteria);
      const grades = gradesOf(ballots, decision, criteria);
      const judged = majorityJudgementLeaders(grades, optionIds);
      if (tally.leaders.length === 0 && judged.length === 0) return null;
      return [outcome("weighted-mean", tally.leaders), outcome("majority-judgement", judged)];
    }
    default:
      return null;
  }
}

/** Each voter's own weighted score per option: majority judgement's grades. */
function gradesOf(
  ballots: readonly Ballot[],
  decision: Decision,
  criteria: readonly Criterion[],
): Map<string, number[]> {
  const grades = new Map<string, number[]>();
  for (const ballot of ballots) {
    for (const [optionId, score] of voterScores(ballot, decision, criteria)) {
      grades.set(optionId, [...(grades.get(optionId) ?? []), score]);
    }
  }
  return grades;
}

/**
 * A two-round vote on pick ballots: an option with more than half of the votes
 * wins outright; otherwise the two with the most votes go to a runoff (all tied for a
 * place go, when a tie leaves the pair unclear), which the ballots cannot settle.
 */
function twoRoundOf(options: readonly { optionId: string; value: number }[]): {
  leaders: string[];
  runoff: string[];
} {
  // Out of the votes for options still on the decision, as the tally counts them.
  const votes = options.reduce((sum, option) => sum + option.value, 0);
  const majority = options.find((option) => option.value * 2 > votes);
  if (majority !== undefined) return { leaders: [majority.optionId], runoff: [] };
  const first = leadersOf(options);
  if (first.length >= 2) return { leaders: [], runoff: first };
  const second = leadersOf(options.filter((option) => !first.includes(option.optionId)));
  const runoff = options
    .map((option) => option.optionId)
    .filter((id) => first.includes(id) || second.includes(id));
  return { leaders: [], runoff };
}

function verdictOf(outcomes: readonly MethodOutcome[]): MethodVerdict {
  const settled = outcomes.filter((outcome) => outcome.runoff.length === 0);
  const key = (leaders: readonly string[]) => [...leaders].sort().join("\n");
  const first = settled[0];
  if (first && settled.some((outcome) => key(outcome.leaders) !== key(first.leaders))) {
    return "depends";
  }
  return settled.length === outcomes.length ? "same" : "open";
}
