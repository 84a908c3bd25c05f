// For score decisions: how far each criterion's weight can move before the winner changes,
// read from who leads along each weight (weight-sweep.ts). A tie has no sensitivity.
import { weightedScore } from "./score.ts";
import { rankOptions, tallyDecision } from "./tally.ts";
import type { Criterion, Decision } from "./types.ts";
import { leadersAlongWeight, leadersAt } from "./weight-sweep.ts";

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
  // A tie has no single winner whose lead a weight could take away.
  const [winnerId, ...others] = tally.leaders;
  if (winnerId === undefined || others.length > 0) return null;
  const results = criteria.map((criterion): CriterionSensitivity => {
    // The ends of the range count as well: a tie at weight 0 (or 1) already costs the
    // winner its sole lead there.
    const end = (x: number) => ({
      from: x,
      to: x,
      leaders: leadersAt(tally.options, criteria, roomWeight, criterion.id, x),
    });
    const intervals = [
      end(MIN_WEIGHT),
      ...leadersAlongWeight(tally.options, criteria, roomWeight, criterion.id),
      end(MAX_WEIGHT),
    ];
    const weight = criterion.weight;
    let flipBelow: FlipPoint | null = null;
    for (const interval of [...intervals].reverse()) {
      if (interval.from >= weight) continue;
      const taker = takerOf(interval.leaders, winnerId);
      if (taker === null) continue;
      flipBelow = { weight: Math.min(interval.to, weight), optionId: taker };
      break;
    }
    let flipAbove: FlipPoint | null = null;
    for (const interval of intervals) {
      if (interval.to <= weight) continue;
      const taker = takerOf(interval.leaders, winnerId);
      if (taker === null) continue;
      flipAbove = { weight: Math.max(interval.from, weight), optionId: taker };
      break;
    }
    return { criterionId: criterion.id, weight, flipBelow, flipAbove };
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

const roomWeight = (criterion: Criterion): number => criterion.weight;

/** Who leads instead of the winner on an interval (a tie counts as losing the lead). */
function takerOf(leaders: readonly string[], winnerId: string): string | null {
  if (leaders.length === 1 && leaders[0] === winnerId) return null;
  return leaders.find((optionId) => optionId !== winnerId) ?? null;
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
      value: weightedScore(option.meanByCriterion, criteria, weightOf) ?? 0,
    })),
  );
}
