// Instant-runoff voting over ranked ballots, keeping every round so a room can see how
// the result emerged. Deterministic, so every replica reports the same rounds.
// docs/counting.md explains the rules with worked examples.
//
// Each round counts every ballot for its highest-ranked option still in the race.
// - An option with more than half of the ballots still counting (not exhausted) wins.
// - When only two options are left and they have the same votes, the result is a tie.
// - Otherwise options leave the race: every option without a vote leaves at once (only
//   possible in the first round, as votes never leave a surviving option); else the one
//   with the fewest votes leaves. A tie for last place goes to the one with fewer votes
//   in the previous round; if that is a tie too (or this is the first round), to the one
//   listed last on the decision. The round says which rule broke the tie.

export type TieBreakRule = "previous-round" | "option-order";

export interface RunoffTieBreak {
  /** The options tied for last place, in option order. */
  tied: string[];
  /** The rule that picked the one to leave among them. */
  rule: TieBreakRule;
}

export interface RunoffRound {
  /** Votes per option still in the race, in the decision's option order. */
  counts: { optionId: string; votes: number }[];
  /** Ballots with no option left in the race. */
  exhausted: number;
  /** The options dropped after this round, in option order; empty in the final round. */
  eliminated: string[];
  /** How a tie for last place was broken; null when there was none to break. */
  tieBreak: RunoffTieBreak | null;
}

export interface Runoff {
  rounds: RunoffRound[];
  /** null when no ballot ranks any option, or when the final two are tied. */
  winner: string | null;
  /** The final two when they are tied (then `winner` is null); empty otherwise. */
  tied: string[];
  /** Every option: the winner (or the tied pair), then the others by how long they lasted. */
  order: string[];
}

type Count = { optionId: string; votes: number };

export function instantRunoff(
  rankings: readonly (readonly string[])[],
  optionIds: readonly string[],
): Runoff {
  const rounds: RunoffRound[] = [];
  let remaining = [...optionIds];
  const eliminatedRounds: string[][] = [];
  let previous: ReadonlyMap<string, number> | null = null;
  let winner: string | null = null;
  let tied: string[] = [];

  while (remaining.length > 0) {
    const { counts, votes, exhausted } = countRound(rankings, remaining);
    const active = rankings.length - exhausted;
    if (active === 0) {
      // Nobody ranks anything still in the race: there is nothing to decide on.
      if (rounds.length === 0) return { rounds: [], winner: null, tied: [], order: [...optionIds] };
      rounds.push({ counts, exhausted, eliminated: [], tieBreak: null });
      break;
    }
    const majority = counts.find((count) => count.votes * 2 > active);
    if (majority !== undefined || remaining.length === 1) {
      winner = majority?.optionId ?? remaining[0] ?? null;
      rounds.push({ counts, exhausted, eliminated: [], tieBreak: null });
      break;
    }
    const [first, second] = counts;
    if (counts.length === 2 && first && second && first.votes === second.votes) {
      tied = [first.optionId, second.optionId];
      rounds.push({ counts, exhausted, eliminated: [], tieBreak: null });
      break;
    }
    const { eliminated, tieBreak } = leaving(counts, previous);
    rounds.push({ counts, exhausted, eliminated, tieBreak });
    eliminatedRounds.push(eliminated);
    remaining = remaining.filter((id) => !eliminated.includes(id));
    previous = votes;
  }

  const standing = winner === null ? tied : [winner];
  const survivors = remaining.filter((id) => !standing.includes(id));
  const order = [...standing, ...survivors, ...eliminatedRounds.reverse().flat()];
  return { rounds, winner, tied, order };
}

function countRound(
  rankings: readonly (readonly string[])[],
  remaining: readonly string[],
): { counts: Count[]; votes: Map<string, number>; exhausted: number } {
  const alive = new Set(remaining);
  const votes = new Map(remaining.map((id) => [id, 0]));
  let exhausted = 0;
  for (const ranking of rankings) {
    const top = ranking.find((id) => alive.has(id));
    if (top === undefined) exhausted += 1;
    else votes.set(top, (votes.get(top) ?? 0) + 1);
  }
  const counts = remaining.map((optionId) => ({ optionId, votes: votes.get(optionId) ?? 0 }));
  return { counts, votes, exhausted };
}

/** Who leaves after a round with no winner; `counts` has two or more options, some votes. */
function leaving(
  counts: readonly Count[],
  previous: ReadonlyMap<string, number> | null,
): { eliminated: string[]; tieBreak: RunoffTieBreak | null } {
  const unvoted = counts.filter((count) => count.votes === 0).map((count) => count.optionId);
  if (unvoted.length > 0) return { eliminated: unvoted, tieBreak: null };
  const fewest = Math.min(...counts.map((count) => count.votes));
  const last = counts.filter((count) => count.votes === fewest).map((count) => count.optionId);
  if (last.length === 1) return { eliminated: last, tieBreak: null };
  const before = (id: string) => previous?.get(id) ?? 0;
  const fewestBefore = Math.min(...last.map(before));
  const lastBefore = previous === null ? last : last.filter((id) => before(id) === fewestBefore);
  const rule: TieBreakRule = lastBefore.length === 1 ? "previous-round" : "option-order";
  // Option order: the one listed last leaves, so earlier options are favoured, as ties
  // keep option order everywhere else in the domain.
  const loser = lastBefore[lastBefore.length - 1] ?? "";
  return { eliminated: [loser], tieBreak: { tied: last, rule } };
}
