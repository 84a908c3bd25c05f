// Score mode's one definition of a weighted score, used by the room result, each voter's
// own row, agreement, spread, sensitivity, the what-if panel and the record
// (docs/counting.md, "Score").
//
// Per option and criterion the mean is taken over the ballots that scored that cell; a
// cell nobody scored has no mean. An option's weighted score is
//   Σ weight × mean ÷ Σ weight, over the criteria that have a mean for it,
// so an unscored cell neither counts as 0 nor as any other score: it is left out. With no
// scored criterion of positive weight an option has no score (null; tallies show 0).
import type { Ballot, Criterion, Decision } from "./types.ts";

export type WeightOf = (criterion: Criterion) => number;

const roomWeight: WeightOf = (criterion) => criterion.weight;

/** Mean score per option per criterion over the ballots that scored that cell. */
export function meanScores(
  ballots: readonly Ballot[],
  knownOptions: ReadonlySet<string>,
  criteria: readonly Criterion[],
): Map<string, Record<string, number>> {
  const knownCriteria = new Set(criteria.map((criterion) => criterion.id));
  const sums = new Map<string, Map<string, { total: number; count: number }>>();
  for (const ballot of ballots) {
    if (ballot.mode !== "score") continue;
    for (const { optionId, criterionId, score } of ballot.scores) {
      if (!knownOptions.has(optionId) || !knownCriteria.has(criterionId)) continue;
      const row = sums.get(optionId) ?? new Map<string, { total: number; count: number }>();
      const cell = row.get(criterionId) ?? { total: 0, count: 0 };
      row.set(criterionId, { total: cell.total + score, count: cell.count + 1 });
      sums.set(optionId, row);
    }
  }
  const means = new Map<string, Record<string, number>>();
  for (const [optionId, row] of sums) {
    const perCriterion: Record<string, number> = {};
    for (const [criterionId, cell] of row) perCriterion[criterionId] = cell.total / cell.count;
    means.set(optionId, perCriterion);
  }
  return means;
}

/** Σ weight × mean ÷ Σ weight over the scored criteria; null when none of positive weight. */
export function weightedScore(
  meanByCriterion: Readonly<Record<string, number>>,
  criteria: readonly Criterion[],
  weightOf: WeightOf = roomWeight,
): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const criterion of criteria) {
    const mean = meanOf(meanByCriterion, criterion.id);
    if (mean === null) continue;
    const weight = weightOf(criterion);
    totalWeight += weight;
    weighted += weight * mean;
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

export function meanOf(
  meanByCriterion: Readonly<Record<string, number>>,
  criterionId: string,
): number | null {
  return Object.hasOwn(meanByCriterion, criterionId)
    ? (meanByCriterion[criterionId] ?? null)
    : null;
}

/** The room's criteria nobody scored for this option, in criteria order. */
export function unscoredCriteria(
  meanByCriterion: Readonly<Record<string, number>>,
  criteria: readonly Criterion[],
): string[] {
  return criteria
    .filter((criterion) => meanOf(meanByCriterion, criterion.id) === null)
    .map((criterion) => criterion.id);
}

/**
 * One voter's own weighted score per option: the same formula over their own cells. An
 * option they scored nothing of (positive weight) on has no entry.
 */
export function voterScores(
  ballot: Ballot | null,
  decision: Pick<Decision, "options">,
  criteria: readonly Criterion[],
): Map<string, number> {
  const scores = new Map<string, number>();
  if (ballot?.mode !== "score") return scores;
  const optionIds = new Set(decision.options.map((option) => option.id));
  for (const [optionId, perCriterion] of meanScores([ballot], optionIds, criteria)) {
    const score = weightedScore(perCriterion, criteria);
    if (score !== null) scores.set(optionId, score);
  }
  return scores;
}
