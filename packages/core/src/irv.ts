// Instant-runoff voting over ranked ballots, keeping every round so a room can see how
// the winner emerged. Deterministic, so every replica reports the same rounds.
//
// Each round counts every ballot for its highest-ranked option still in the race. An
// option with more than half of the ballots still counting (not exhausted) wins; so does
// the last one standing. Otherwise one option is eliminated: the one with the fewest
// votes this round; a tie goes to the one with the fewest votes in the previous round;
// a tie there too eliminates the one listed last on the decision (ties elsewhere in the
// domain keep option order, so earlier options are favoured here as well).

export interface RunoffRound {
  /** Votes per option still in the race, in the decision's option order. */
  counts: { optionId: string; votes: number }[];
  /** Ballots with no option left in the race. */
  exhausted: number;
  /** The option dropped after this round, or null in the final round. */
  eliminated: string | null;
}

export interface Runoff {
  rounds: RunoffRound[];
  /** null when no ballot ranks any option. */
  winner: string | null;
  /** Every option, winner first, then the others by how long they lasted (latest out first). */
  order: string[];
}

export function instantRunoff(
  rankings: readonly (readonly string[])[],
  optionIds: readonly string[],
): Runoff {
  const rounds: RunoffRound[] = [];
  let remaining = [...optionIds];
  const eliminatedOrder: string[] = [];
  let previous: Map<string, number> | null = null;
  let winner: string | null = null;

  while (remaining.length > 0) {
    const alive = new Set(remaining);
    const votes = new Map(remaining.map((id) => [id, 0]));
    let exhausted = 0;
    for (const ranking of rankings) {
      const top = ranking.find((id) => alive.has(id));
      if (top === undefined) exhausted += 1;
      else votes.set(top, (votes.get(top) ?? 0) + 1);
    }
    const counts = remaining.map((optionId) => ({ optionId, votes: votes.get(optionId) ?? 0 }));
    const active = rankings.length - exhausted;
    if (active === 0) {
      // Nobody ranks anything still in the race: there is nothing to decide on.
      if (rounds.length === 0) return { rounds: [], winner: null, order: [...optionIds] };
      rounds.push({ counts, exhausted, eliminated: null });
      break;
    }
    const majority = counts.find((count) => count.votes * 2 > active);
    if (majority !== undefined || remaining.length === 1) {
      winner = majority?.optionId ?? remaining[0] ?? null;
      rounds.push({ counts, exhausted, eliminated: null });
      break;
    }
    const loser = pickLoser(counts, previous);
    rounds.push({ counts, exhausted, eliminated: loser });
    eliminatedOrder.push(loser);
    remaining = remaining.filter((id) => id !== loser);
    previous = votes;
  }

  const survivors = remaining.filter((id) => id !== winner);
  const order = [...(winner === null ? [] : [winner]), ...survivors, ...eliminatedOrder.reverse()];
  return { rounds, winner, order };
}

function pickLoser(
  counts: readonly { optionId: string; votes: number }[],
  previous: ReadonlyMap<string, number> | null,
): string {
  let loser = counts[0];
  for (const candidate of counts.slice(1)) {
    if (loser === undefined || fewer(candidate, loser, previous)) loser = candidate;
  }
  // counts is never empty here: the caller only eliminates when two or more remain.
  return loser?.optionId ?? "";
}

/** True when `a` (listed after `b`) should go before `b`; a full tie eliminates the later. */
function fewer(
  a: { optionId: string; votes: number },
  b: { optionId: string; votes: number },
  previous: ReadonlyMap<string, number> | null,
): boolean {
  if (a.votes !== b.votes) return a.votes < b.votes;
  const before = previous?.get(a.optionId) ?? 0;
  const other = previous?.get(b.optionId) ?? 0;
  if (before !== other) return before < other;
  return true;
}
