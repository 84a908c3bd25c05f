// Ranked ballots read as preferences between pairs of options, the ground Borda and
// Schulze both stand on. A ballot prefers a ranked option to every option ranked below it
// and to every option it leaves unranked; it says nothing between two unranked options.

/** The ballot's ranking of the decision's options: unknown ids and repeats dropped. */
export function cleanRanking(ranking: readonly string[], optionIds: readonly string[]): string[] {
  const known = new Set(optionIds);
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const id of ranking) {
    if (!known.has(id) || seen.has(id)) continue;
    seen.add(id);
    clean.push(id);
  }
  return clean;
}

/**
 * `prefer[i][j]`: how many ballots prefer option i to option j (indices in `optionIds`).
 */
export function pairwisePreferences(
  rankings: readonly (readonly string[])[],
  optionIds: readonly string[],
): number[][] {
  const size = optionIds.length;
  const index = new Map(optionIds.map((id, position) => [id, position]));
  const prefer = optionIds.map(() => new Array<number>(size).fill(0));
  for (const raw of rankings) {
    const ranking = cleanRanking(raw, optionIds);
    const below = new Set(optionIds);
    for (const id of ranking) {
      below.delete(id);
      const row = prefer[index.get(id) ?? 0] ?? [];
      for (const other of below) {
        const column = index.get(other) ?? 0;
        row[column] = (row[column] ?? 0) + 1;
      }
    }
  }
  return prefer;
}
