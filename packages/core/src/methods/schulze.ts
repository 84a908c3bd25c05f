// The Schulze method, a Condorcet method: option a beats b directly when more ballots
// prefer a to b than b to a, by that many ballots (the "winning votes" strength); a path
// a → … → b is as strong as its weakest link; a wins against b when its strongest path to
// b is stronger than b's to a. The winners are the options no other option beats: one,
// or several that tie (ties stay ties: no option order breaks them).
import { pairwisePreferences } from "./preferences.ts";

/** The Schulze winners in option order; every option when no ballot prefers anything. */
export function schulzeWinners(
  rankings: readonly (readonly string[])[],
  optionIds: readonly string[],
): string[] {
  const prefer = pairwisePreferences(rankings, optionIds);
  const size = optionIds.length;
  const at = (matrix: number[][], i: number, j: number) => matrix[i]?.[j] ?? 0;
  // Strongest paths by a widest-path Floyd–Warshall.
  const strength = optionIds.map((_, i) =>
    optionIds.map((__, j) =>
      i !== j && at(prefer, i, j) > at(prefer, j, i) ? at(prefer, i, j) : 0,
    ),
  );
  for (let via = 0; via < size; via += 1) {
    for (let from = 0; from < size; from += 1) {
      if (from === via) continue;
      for (let to = 0; to < size; to += 1) {
        if (to === from || to === via) continue;
        const through = Math.min(at(strength, from, via), at(strength, via, to));
        const row = strength[from];
        if (row && through > (row[to] ?? 0)) row[to] = through;
      }
    }
  }
  return optionIds.filter((_, i) =>
    optionIds.every((__, j) => i === j || at(strength, i, j) >= at(strength, j, i)),
  );
}
