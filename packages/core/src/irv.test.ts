import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantRunoff } from "./irv.ts";

const OPTIONS = ["a", "b", "c", "d", "e"];

describe("instant runoff", () => {
  it("elects a first-round majority without a runoff", () => {
    const result = instantRunoff([["a"], ["a", "b"], ["b"]], ["a", "b", "c"]);
    expect(result.winner).toBe("a");
    expect(result.rounds).toEqual([
      {
        counts: [
          { optionId: "a", votes: 2 },
          { optionId: "b", votes: 1 },
          { optionId: "c", votes: 0 },
        ],
        exhausted: 0,
        eliminated: null,
      },
    ]);
  });

  it("transfers the eliminated option's ballots to the next preference", () => {
    // a leads on first choices, but c's voters prefer b, who wins the runoff.
    const ballots = [["a"], ["a"], ["b"], ["b"], ["c", "b"]];
    const result = instantRunoff(ballots, ["a", "b", "c"]);
    expect(result.rounds.map((round) => round.eliminated)).toEqual(["c", null]);
    expect(result.rounds[1]?.counts).toEqual([
      { optionId: "a", votes: 2 },
      { optionId: "b", votes: 3 },
    ]);
    expect(result.winner).toBe("b");
    expect(result.order).toEqual(["b", "a", "c"]);
  });

  it("counts exhausted ballots and needs a majority of the ballots still counting", () => {
    const ballots = [["a"], ["a"], ["b"], ["c"], ["c"]];
    const result = instantRunoff(ballots, ["a", "b", "c"]);
    // b goes; its ballot is exhausted; 2-2 is no majority; c and a tie on both rounds,
    // so the one listed last (c) goes.
    expect(result.rounds.map((round) => round.eliminated)).toEqual(["b", "c", null]);
    expect(result.rounds[1]?.exhausted).toBe(1);
    expect(result.winner).toBe("a");
  });

  it("breaks an elimination tie by the previous round's votes", () => {
    // Round 1: a 3, b 2, c 2, d 1 → d goes (its voter moves to c).
    // Round 2: a 3, b 2, c 3 → b goes. Round 3: b's ballots go to c → c wins.
    const ballots = [["a"], ["a"], ["a"], ["b", "c"], ["b", "c"], ["c"], ["c"], ["d", "c"]];
    const result = instantRunoff(ballots, ["a", "b", "c", "d"]);
    expect(result.rounds.map((round) => round.eliminated)).toEqual(["d", "b", null]);
    expect(result.winner).toBe("c");
    // Now a tie this round, settled by the previous round: b and c both have 2 in
    // round 2, but b had fewer in round 1.
    const tied = [["a"], ["a"], ["a"], ["b"], ["c"], ["c"], ["d", "b"], ["e", "a"]];
    const second = instantRunoff(tied, ["a", "b", "c", "d", "e"]);
    // Round 1: a3 b1 c2 d1 e1 → e (latest of the 1s with equal history) goes.
    // Round 2: a4 b1 c2 d1 → d (previous 1 = b's 1; listed later) goes.
    // Round 3: a4 b2 c2 → b vs c tie; previous round b1 < c2, so b goes.
    expect(second.rounds.map((round) => round.eliminated)).toEqual(["e", "d", "b", null]);
    expect(second.winner).toBe("a");
  });

  it("has no winner and no rounds without ballots", () => {
    expect(instantRunoff([], ["a", "b"])).toEqual({ rounds: [], winner: null, order: ["a", "b"] });
  });

  it("agrees with a naive reference on generated ballots", () => {
    let runs = 0;
    let runoffs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: OPTIONS.length }),
        fc.array(fc.shuffledSubarray(OPTIONS, { minLength: 1 }), { maxLength: 25 }),
        (optionCount, generated) => {
          const options = OPTIONS.slice(0, optionCount);
          const ballots = generated.map((ranking) => ranking.filter((id) => options.includes(id)));
          const actual = instantRunoff(ballots, options);
          runs += 1;
          if (actual.rounds.length > 1) runoffs += 1;
          expect(actual.winner).toEqual(naiveRunoff(ballots, options));
          expect(actual.rounds.map((round) => round.eliminated)).toEqual(
            naiveEliminations(ballots, options),
          );
          expect(new Set(actual.order)).toEqual(new Set(options));
        },
      ),
      { numRuns: 1000 },
    );
    expect(runs).toBe(1000);
    // The generator must exercise real runoffs, not only first-round majorities.
    expect(runoffs).toBeGreaterThan(100);
  });
});

// The reference: the rules written as plainly as possible, recomputing everything each round.
function naiveRounds(
  ballots: string[][],
  options: string[],
): { out: (string | null)[]; winner: string | null } {
  let left = options.slice();
  let before: Record<string, number> = {};
  const out: (string | null)[] = [];
  for (;;) {
    const votes: Record<string, number> = {};
    for (const id of left) votes[id] = 0;
    let active = 0;
    for (const ballot of ballots) {
      const top = ballot.find((id) => left.includes(id));
      if (top !== undefined) {
        votes[top] = (votes[top] ?? 0) + 1;
        active += 1;
      }
    }
    if (active === 0) return { out, winner: null };
    for (const id of left) {
      if ((votes[id] ?? 0) * 2 > active) return { out: [...out, null], winner: id };
    }
    if (left.length === 1) return { out: [...out, null], winner: left[0] ?? null };
    // Sort candidates for elimination: fewest now, then fewest before, then listed last.
    const sorted = left
      .map((id, index) => ({ id, now: votes[id] ?? 0, prev: before[id] ?? 0, index }))
      .sort((x, y) => x.now - y.now || x.prev - y.prev || y.index - x.index);
    const loser = sorted[0]?.id ?? "";
    out.push(loser);
    left = left.filter((id) => id !== loser);
    before = votes;
  }
}

const naiveRunoff = (ballots: string[][], options: string[]) =>
  naiveRounds(ballots, options).winner;

function naiveEliminations(ballots: string[][], options: string[]): (string | null)[] {
  const { out } = naiveRounds(ballots, options);
  return out;
}
