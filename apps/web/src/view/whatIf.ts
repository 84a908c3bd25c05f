// The what-if panel's maths: rank a score decision under slider weights, and find on each
// slider the weights at which the leader changes. Pure, so it is tested against a sweep.
import {
  type Criterion,
  type Decision,
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
      weightedScore(option.meanByCriterion, criteria, weightOf(weights)),
    ]),
  );
  return rankWithWeights(decision, criteria, weights).map((optionId) => ({
    optionId,
    value: value.get(optionId) ?? 0,
  }));
}

export function leaderWith(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Weights,
): string | null {
  return rankWithWeights(decision, criteria, weights)[0] ?? null;
}

/**
 * Every weight in (0, 1) of `criterionId` at which the leader changes, the others held at
 * `weights`. Each option's unnormalised score is a line in that weight (normalising divides
 * every option by the same total), so the leader can only change where two lines cross:
 * we test the leader between consecutive crossings rather than trusting the algebra at
 * ties, which the ranking breaks by option order.
 */
export function flipMarks(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Weights,
  criterionId: string,
): FlipMark[] {
  const tally = tallyDecision(decision, criteria);
  const current = weightOf(weights);
  const lines = tally.options.map((option) => {
    const mean = (id: string) =>
      Object.hasOwn(option.meanByCriterion, id) ? (option.meanByCriterion[id] ?? 0) : 0;
    let intercept = 0;
    for (const criterion of criteria) {
      if (criterion.id !== criterionId) intercept += current(criterion) * mean(criterion.id);
    }
    return { intercept, slope: mean(criterionId) };
  });
  const crossings = new Set<number>([0, 1]);
  for (const [i, p] of lines.entries()) {
    for (const q of lines.slice(i + 1)) {
      if (p.slope === q.slope) continue;
      const x = (q.intercept - p.intercept) / (p.slope - q.slope);
      if (x > 0 && x < 1) crossings.add(x);
    }
  }
  // Three lines meeting in one point give crossings a rounding error apart; between them
  // lies no real interval, only a tie the ranking would break by option order.
  const points: number[] = [];
  for (const x of [...crossings].sort((a, b) => a - b)) {
    const last = points[points.length - 1];
    if (last === undefined || x - last > 1e-9) points.push(x);
  }
  const leaderAt = (x: number) =>
    leaderWith(decision, criteria, { ...weights, [criterionId]: x }) ?? "";
  const marks: FlipMark[] = [];
  let previous: string | null = null;
  for (const [index, point] of points.entries()) {
    const next = points[index + 1];
    if (next === undefined) break;
    const leader = leaderAt((point + next) / 2);
    if (previous !== null && leader !== previous) {
      marks.push({ weight: point, below: previous, above: leader });
    }
    previous = leader;
  }
  return marks;
}

/** Weights as the room has them, the starting point of every slider. */
export const roomWeights = (criteria: readonly Criterion[]): Record<string, number> =>
  Object.fromEntries(criteria.map((criterion) => [criterion.id, criterion.weight]));
