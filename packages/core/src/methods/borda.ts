// Borda count over ranked ballots: with n options on the decision, a ballot gives the
// option it ranks at position i (0 = first) n − 1 − i points and an unranked option none.
// So an option's points are the number of (ballot, option) pairs it beats on a ballot, and
// a ballot that ranks every option gives its last one 0, as an unranked one.
import { cleanRanking } from "./preferences.ts";

/** Points per option, in the decision's option order. */
export function bordaScores(
  rankings: readonly (readonly string[])[],
  optionIds: readonly string[],
): { optionId: string; value: number }[] {
  const points = new Map(optionIds.map((id) => [id, 0]));
  const top = optionIds.length - 1;
  for (const raw of rankings) {
    cleanRanking(raw, optionIds).forEach((id, position) => {
      points.set(id, (points.get(id) ?? 0) + top - position);
    });
  }
  return optionIds.map((optionId) => ({ optionId, value: points.get(optionId) ?? 0 }));
}
