// Who leads a score decision as one criterion's weight x runs from 0 to 1, the other
// weights fixed. Sensitivity (the record, the board) and the what-if panel both read it.
//
// With score.ts's formula an option's score is S(x) = (A + p·x) / (B + q·x): A and B sum
// weight × mean and weight over the option's other scored criteria, p is its mean on
// this criterion and q is 1 if that cell was scored (else p = q = 0). Two options swap
// places only where S₁ − S₂ changes sign, i.e. at a root of the quadratic
// (A₁ + p₁x)(B₂ + q₂x) − (A₂ + p₂x)(B₁ + q₁x) (denominators are positive for x > 0). So
// between consecutive roots in (0, 1) the order is fixed, and the leaders are read at the
// middle of each interval with the real formula, ties included, never from the algebra.
import { meanOf, type WeightOf, weightedScore } from "./score.ts";
import { leadersOf } from "./tally.ts";
import type { Criterion } from "./types.ts";

export interface ScoredOption {
  optionId: string;
  meanByCriterion: Readonly<Record<string, number>>;
}

export interface WeightInterval {
  from: number;
  to: number;
  /** The option(s) leading everywhere strictly inside (from, to), in option order. */
  leaders: string[];
}

/** Crossings closer than this are one point: between them lies no real interval. */
const MERGE = 1e-9;

/** Leaders over [0, 1] of `criterionId`'s weight, as adjacent intervals with distinct leaders. */
export function leadersAlongWeight(
  options: readonly ScoredOption[],
  criteria: readonly Criterion[],
  weightOf: WeightOf,
  criterionId: string,
): WeightInterval[] {
  const lines = options.map((option) => lineOf(option, criteria, weightOf, criterionId));
  const candidates = [0, 1];
  for (const [i, first] of lines.entries()) {
    for (const second of lines.slice(i + 1)) {
      const a = first.p * second.q - second.p * first.q;
      const b = first.A * second.q + first.p * second.B - second.A * first.q - second.p * first.B;
      const c = first.A * second.B - second.A * first.B;
      candidates.push(...rootsInUnit(a, b, c));
    }
  }
  const points: number[] = [];
  for (const x of candidates.sort((p, q) => p - q)) {
    const last = points[points.length - 1];
    if (last === undefined || x - last > MERGE) points.push(x);
  }
  const intervals: WeightInterval[] = [];
  for (const [index, from] of points.entries()) {
    const to = points[index + 1];
    if (to === undefined) break;
    const leaders = leadersAt(options, criteria, weightOf, criterionId, (from + to) / 2);
    const previous = intervals[intervals.length - 1];
    if (previous && previous.leaders.join() === leaders.join()) previous.to = to;
    else intervals.push({ from, to, leaders });
  }
  return intervals;
}

/** The leaders with `criterionId` weighing `x` and the others as `weightOf` says. */
export function leadersAt(
  options: readonly ScoredOption[],
  criteria: readonly Criterion[],
  weightOf: WeightOf,
  criterionId: string,
  x: number,
): string[] {
  const at: WeightOf = (criterion) => (criterion.id === criterionId ? x : weightOf(criterion));
  return leadersOf(
    options.map((option) => ({
      optionId: option.optionId,
      value: weightedScore(option.meanByCriterion, criteria, at) ?? 0,
    })),
  );
}

function lineOf(
  option: ScoredOption,
  criteria: readonly Criterion[],
  weightOf: WeightOf,
  criterionId: string,
): { A: number; B: number; p: number; q: number } {
  let A = 0;
  let B = 0;
  for (const criterion of criteria) {
    if (criterion.id === criterionId) continue;
    const mean = meanOf(option.meanByCriterion, criterion.id);
    if (mean === null) continue;
    A += weightOf(criterion) * mean;
    B += weightOf(criterion);
  }
  const mine = meanOf(option.meanByCriterion, criterionId);
  return { A, B, p: mine ?? 0, q: mine === null ? 0 : 1 };
}

/** Real roots of a·x² + b·x + c strictly inside (0, 1); none when it is identically 0. */
function rootsInUnit(a: number, b: number, c: number): number[] {
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (scale === 0) return [];
  const [qa, qb, qc] = [a / scale, b / scale, c / scale];
  let roots: number[];
  if (Math.abs(qa) < 1e-12) {
    roots = Math.abs(qb) < 1e-12 ? [] : [-qc / qb];
  } else {
    const discriminant = qb * qb - 4 * qa * qc;
    // A touching (double) root changes no order, but keeping it as a candidate is harmless.
    if (discriminant < -1e-12) return [];
    const root = Math.sqrt(Math.max(0, discriminant));
    roots = [(-qb - root) / (2 * qa), (-qb + root) / (2 * qa)];
  }
  return roots.filter((x) => x > 0 && x < 1);
}
