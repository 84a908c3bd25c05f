// Majority judgement's median grade, on score mode's 1-5 scale. An option's grades are
// the voters' own weighted scores for it (score.ts, "Your weighted score"); a voter who
// scored nothing of it gives it no grade, as an unscored cell counts for nothing. Its
// majority grade is the lower median of its grades. Options sharing the best majority
// grade are separated by majority judgement's tie-break: drop one instance of that grade
// from each and compare the new majority grades, again and again, until one is ahead
// or one of them runs out of grades, when those still level tie.
import { sameValue } from "../tally.ts";

/** The lower median of a non-empty list (the grade a majority gives at least). */
export function lowerMedian(grades: readonly number[]): number {
  const sorted = [...grades].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The majority judgement leaders in option order; none when no option has a grade. */
export function majorityJudgementLeaders(
  grades: ReadonlyMap<string, readonly number[]>,
  optionIds: readonly string[],
): string[] {
  let contenders = optionIds
    .map((optionId) => ({ optionId, left: [...(grades.get(optionId) ?? [])] }))
    .filter((contender) => contender.left.length > 0);
  while (contenders.length > 1) {
    const medians = contenders.map((contender) => lowerMedian(contender.left));
    const best = Math.max(...medians);
    contenders = contenders.filter((_, i) => sameValue(medians[i] ?? 0, best));
    if (contenders.length === 1) break;
    for (const contender of contenders) {
      const at = contender.left.findIndex((grade) => sameValue(grade, best));
      contender.left.splice(at, 1);
    }
    if (contenders.some((contender) => contender.left.length === 0)) break;
  }
  return contenders.map((contender) => contender.optionId);
}
