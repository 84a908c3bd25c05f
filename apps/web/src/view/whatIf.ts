// The what-if panel's maths: rank a score decision under slider weights (core's one
// weighted score), and find on each slider the weights at which the leader changes. Pure,
// so it is tested against a sweep.
import {
  type Criterion,
  type Decision,
  leadersAlongWeight,
  leadersOf,
  rankWithWeights,
  tallyDecision,
  weightedScore,
} from "@stackboard/core";

export type Weights = Readonly<Record<string, number>>;

export interface WhatIfRow {
  optionId: string;
  /** Weighted score on the 1-5 scale under the slider weights. */
  value: number;
}

export interface FlipMark {
  /** Weight at which the leader changes. */
  weight: number;
  /** Leader just below and just above that weight. */
  below: string;
  above: string;
}

const weightOf =
  (weights: Weights) =>
  (criterion: Criterion): number =>
    Object.hasOwn(weights, criterion.id) ? (weights[criterion.id] ?? 0) : criterion.weight;

/** Options best first under `weights` (criteria not in `weights` keep their weight). */
export function whatIfRanking(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Weights,
): WhatIfRow[] {
  const tally = tallyDecision(decision, criteria);
  const value = new Map(
    tally.options.map((option) => [
      option.optionId,
      weightedScore(option.meanByCriterion, criteria, weightOf(weights)) ?? 0,
    ]),
  );
  return rankWithWeights(decision, criteria, weights).map((optionId) => ({
    optionId,
    value: value.get(optionId) ?? 0,
  }));
}

/** The option(s) leading under `weights`: two or more are a tie. */
export function whatIfLeaders(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Weights,
): string[] {
  return leadersOf(
    tallyDecision(decision, criteria).options.map((option) => ({
      optionId: option.optionId,
      value: weightedScore(option.meanByCriterion, criteria, weightOf(weights)) ?? 0,
    })),
  );
}

export function leaderWith(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Weights,
): string | null {
  return rankWithWeights(decision, criteria, weights)[0] ?? null;
}

/**
 * Every weight in (0, 1) of `criterionId` at which the leader (the first in the ranking)
 * changes, the others held at `weights`: the boundaries between core's intervals of
 * constant leaders (`leadersAlongWeight`, shared with the sensitivity analysis).
 */
export function flipMarks(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Weights,
  criterionId: string,
): FlipMark[] {
  const tally = tallyDecision(decision, criteria);
  const intervals = leadersAlongWeight(tally.options, criteria, weightOf(weights), criterionId);
  const marks: FlipMark[] = [];
  for (const [index, interval] of intervals.entries()) {
    const previous = intervals[index - 1];
    if (previous === undefined) continue;
    // A tie over an interval ranks by option order: its first option leads there.
    const below = previous.leaders[0] ?? "";
    const above = interval.leaders[0] ?? "";
    if (below !== above) marks.push({ weight: interval.from, below, above });
  }
  return marks;
}

/** Weights as the room has them, the starting point of every slider. */
export const roomWeights = (criteria: readonly Criterion[]): Record<string, number> =>
  Object.fromEntries(criteria.map((criterion) => [criterion.id, criterion.weight]));
