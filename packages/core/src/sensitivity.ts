// For score decisions: how far each criterion's weight can move before the winner changes.
// With the other weights fixed, every option's (unnormalised) score is a line in the
// weight, so the flip points are where the winner's line crosses another option's.
import { rankOptions, sameValue, TIE_EPSILON, tallyDecision, weightedScore } from "./tally.ts";
import type { Criterion, Decision } from "./types.ts";

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 1;

export interface FlipPoint {
  /** The weight at which another option draws level with the winner. */
  weight: number;
  /** The option that takes the lead past that weight. */
  optionId: string;
}

export interface CriterionSensitivity {
  criterionId: string;
  weight: number;
  /** The winner changes if this criterion weighs below `flipBelow.weight`. */
  flipBelow: FlipPoint | null;
  /** The winner changes if this criterion weighs above `flipAbove.weight`. */
  flipAbove: FlipPoint | null;
}

export interface Sensitivity {
  winnerId: string;
  criteria: CriterionSensitivity[];
  /** Smallest weight change (absolute) that changes the winner, or null if none in range. */
  margin: number | null;
}

export function sensitivityOf(
  decision: Decision,
  criteria: readonly Criterion[],
): Sensitivity | null {
  if (decision.mode !== "score") return null;
  const tally = tallyDecision(decision, criteria);
  const winnerId = tally.leaders[0];
  if (winnerId === undefined) return null;
  const means = new Map(tally.options.map((option) => [option.optionId, option.meanByCriterion]));
  const cell = (optionId: string, criterionId: string) => {
    const row = means.get(optionId) ?? {};
    return Object.hasOwn(row, criterionId) ? (row[criterionId] ?? 0) : 0;
  };
  const order = decision.options.map((option) => option.id);
  const winnerIndex = order.indexOf(winnerId);

  const results = criteria.map((criterion): CriterionSensitivity => {
    let otherWeights = 0;
    for (const other of criteria) if (other.id !== criterion.id) otherWeights += other.weight;
    // At weight 0 with every other weight 0 all options score 0: no winner to speak of.
    const minReachable = otherWeights > 0 ? MIN_WEIGHT : Number.MIN_VALUE;
    let flipBelow: FlipPoint | null = null;
    let flipAbove: FlipPoint | null = null;
    for (const [index, optionId] of order.entries()) {
      if (optionId === winnerId) continue;
      // D(x) = S_winner(x) - S_option(x) = a + b·x
      let a = 0;
      for (const other of criteria) {
        if (other.id === criterion.id) continue;
        a += other.weight * (cell(winnerId, other.id) - cell(optionId, other.id));
      }
      const b = cell(winnerId, criterion.id) - cell(optionId, criterion.id);
      if (Math.abs(b) <= TIE_EPSILON) continue;
      const crossing = -a / b + 0; // + 0 turns -0 into 0
      // Past the crossing the option must really lead (ties go to the earlier option),
      // which we confirm at the end of the range, where its lead is largest.
      const beatsAt = (weight: number) => {
        const weightOf = (c: Criterion) => (c.id === criterion.id ? weight : c.weight);
        const mine = weightedScore(means.get(optionId) ?? {}, criteria, weightOf);
        const theirs = weightedScore(means.get(winnerId) ?? {}, criteria, weightOf);
        return sameValue(mine, theirs) ? index < winnerIndex : mine > theirs;
      };
      if (
        b > 0 &&
        crossing >= MIN_WEIGHT - TIE_EPSILON &&
        crossing <= criterion.weight + TIE_EPSILON
      ) {
        const reachable =
          (crossing > MIN_WEIGHT || minReachable === MIN_WEIGHT) && beatsAt(MIN_WEIGHT);
        if (reachable && (flipBelow === null || crossing > flipBelow.weight)) {
          flipBelow = { weight: Math.max(crossing, MIN_WEIGHT), optionId };
        }
      } else if (
        b < 0 &&
        crossing >= criterion.weight - TIE_EPSILON &&
        crossing <= MAX_WEIGHT + TIE_EPSILON
      ) {
        if (beatsAt(MAX_WEIGHT) && (flipAbove === null || crossing < flipAbove.weight)) {
          flipAbove = { weight: Math.min(crossing, MAX_WEIGHT), optionId };
        }
      }
    }
    return { criterionId: criterion.id, weight: criterion.weight, flipBelow, flipAbove };
  });

  let margin: number | null = null;
  for (const result of results) {
    for (const flip of [result.flipBelow, result.flipAbove]) {
      if (flip === null) continue;
      const distance = Math.abs(result.weight - flip.weight);
      margin = margin === null ? distance : Math.min(margin, distance);
    }
  }
  return { winnerId, criteria: results, margin };
}

/** Ranking of a score decision under other weights, for what-if views and checks. */
export function rankWithWeights(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Readonly<Record<string, number>>,
): string[] {
  const tally = tallyDecision(decision, criteria);
  const weightOf = (criterion: Criterion) =>
    Object.hasOwn(weights, criterion.id) ? (weights[criterion.id] ?? 0) : criterion.weight;
  return rankOptions(
    tally.options.map((option) => ({
      optionId: option.optionId,
      value: weightedScore(option.meanByCriterion, criteria, weightOf),
    })),
  );
}
