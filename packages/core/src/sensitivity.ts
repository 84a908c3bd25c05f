// For score decisions: how far each criterion's weight can move before the winner changes.
// With the other weights fixed, every option's (unnormalised) score is a line in the
// weight, so the flip points are where the winner's line crosses another option's.
import { rankOptions, tallyDecision, weightedScore } from "./tally.ts";
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
      if (b === 0) continue;
      const crossing = -a / b;
      // On a tie the earlier option leads, so a later option must strictly pass the winner.
      const optionWinsTies = index < winnerIndex;
      if (b > 0 && crossing >= MIN_WEIGHT && crossing < criterion.weight) {
        const reachable = optionWinsTies || crossing > MIN_WEIGHT;
        if (reachable && (flipBelow === null || crossing > flipBelow.weight)) {
          flipBelow = { weight: crossing, optionId };
        }
      } else if (b < 0 && crossing > criterion.weight && crossing <= MAX_WEIGHT) {
        const reachable = optionWinsTies || crossing < MAX_WEIGHT;
        if (reachable && (flipAbove === null || crossing < flipAbove.weight)) {
          flipAbove = { weight: crossing, optionId };
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
