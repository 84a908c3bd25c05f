// Which decision a phone shows, one at a time: the one this browser last chose (with the
// switcher, j/k or by working in it), else the one in focus, else the first. Focus mode
// moves the choice to each new spotlight (`useFollowFocus`), so a participant who looked
// around is brought back, yet may look around again.

/** The decision shown on a phone, or null for an empty board. */
export function shownDecisionId(
  ids: readonly string[],
  chosen: string | null,
  focused: string | null,
): string | null {
  if (chosen !== null && ids.includes(chosen)) return chosen;
  if (focused !== null && ids.includes(focused)) return focused;
  return ids[0] ?? null;
}

/** "n of N" for the switcher: the shown decision's 1-based place, or null when none. */
export function placeOf(
  ids: readonly string[],
  shown: string | null,
): { n: number; total: number } | null {
  const at = shown === null ? -1 : ids.indexOf(shown);
  return at === -1 ? null : { n: at + 1, total: ids.length };
}
