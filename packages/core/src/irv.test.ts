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
        eliminated: [],
        tieBreak: null,
      },
    ]);
  });

  it("transfers the eliminated option's ballots to the next preference", () => {
    // a leads on first choices, but c's voters prefer b, who wins the runoff.
    const ballots = [["a"], ["a"], ["b"], ["b"], ["c", "b"]];
    const result = instantRunoff(ballots, ["a", "b", "c"]);
    expect(result.rounds.map((round) => round.eliminated)).toEqual([["c"], []]);
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
    // b goes; its ballot is exhausted; a and c, the final two, tie 2-2: a tie, no winner.
    expect(result.rounds.map((round) => round.eliminated)).toEqual([["b"], []]);
    expect(result.rounds[1]?.exhausted).toBe(1);
    expect(result.winner).toBeNull();
    expect(result.tied).toEqual(["a", "c"]);
    expect(result.order).toEqual(["a", "c", "b"]);
  });

  it("breaks an elimination tie by the previous round's votes", () => {
    // Round 1: a 3, b 2, c 2, d 1 → d goes (its voter moves to c).
    // Round 2: a 3, b 2, c 3 → b goes. Round 3: b's ballots go to c → c wins.
    const ballots = [["a"], ["a"], ["a"], ["b", "c"], ["b", "c"], ["c"], ["c"], ["d", "c"]];
    const result = instantRunoff(ballots, ["a", "b", "c", "d"]);
    expect(result.rounds.map((round) => round.eliminated)).toEqual([["d"], ["b"], []]);
    expect(result.rounds.map((round) => round.tieBreak)).toEqual([null, null, null]);
    expect(result.winner).toBe("c");
    // Now a tie this round, settled by the previous round: b and c both have 2 in
    // round 2, but b had fewer in round 1.
    const tied = [["a"], ["a"], ["a"], ["b"], ["c"], ["c"], ["d", "b"], ["e", "a"]];
    const second = instantRunoff(tied, ["a", "b", "c", "d", "e"]);
    // Round 1: a3 b1 c2 d1 e1 → b, d, e tie for last with no earlier round: e, listed
    // last, goes. Round 2: a4 b1 c2 d1 → b and d tie, and tied in round 1 too: d goes.
    // Round 3: a4 b2 c2 → b vs c tie; previous round b1 < c2, so b goes.
    expect(second.rounds.map((round) => round.eliminated)).toEqual([["e"], ["d"], ["b"], []]);
    expect(second.rounds.map((round) => round.tieBreak)).toEqual([
      { tied: ["b", "d", "e"], rule: "option-order" },
      { tied: ["b", "d"], rule: "option-order" },
      { tied: ["b", "c"], rule: "previous-round" },
      null,
    ]);
    expect(second.winner).toBe("a");
  });

  it("has no winner and no rounds without ballots", () => {
    expect(instantRunoff([], ["a", "b"])).toEqual({
      rounds: [],
      winner: null,
      tied: [],
      order: ["a", "b"],
    });
  });

  it("drops every option without a first choice in one round", () => {
    // The two ballots on an eight-option board: one round drops the six options
    // nobody put first, and the final two are tied: no winner, and no word of one.
    const options = ["go", "node", "python", "java", "rust", "php", "ruby", "elixir"];
    const result = instantRunoff(
      [
        ["go", "node", "python"],
        ["node", "go", "java"],
      ],
      options,
    );
    expect(result.rounds).toHaveLength(2);
    expect(result.rounds[0]?.eliminated).toEqual([
      "python",
      "java",
      "rust",
      "php",
      "ruby",
      "elixir",
    ]);
    expect(result.rounds[0]?.tieBreak).toBeNull();
    expect(result.rounds[1]).toEqual({
      counts: [
        { optionId: "go", votes: 1 },
        { optionId: "node", votes: 1 },
      ],
      exhausted: 0,
      eliminated: [],
      tieBreak: null,
    });
    expect(result.winner).toBeNull();
    expect(result.tied).toEqual(["go", "node"]);
    expect(result.order.slice(0, 2)).toEqual(["go", "node"]);
  });

  it("says how a tie for last place was broken", () => {
    // Round 1: a 2, b 2, c 1, d 1: c and d tie for last with no earlier round, so the one
    // listed last (d) goes. Round 2: a 2, b 2, c 2 (d's ballot moved to c): all three tie
    // for last; in round 1 c had the fewest, so c goes. Round 3: one of c's ballots goes to
    // a, the other is exhausted: a 3 of 5 wins.
    const ballots = [["a"], ["a"], ["b"], ["b"], ["c", "a"], ["d", "c"]];
    const result = instantRunoff(ballots, ["a", "b", "c", "d"]);
    expect(result.rounds.map((round) => round.eliminated)).toEqual([["d"], ["c"], []]);
    expect(result.rounds.map((round) => round.tieBreak)).toEqual([
      { tied: ["c", "d"], rule: "option-order" },
      { tied: ["a", "b", "c"], rule: "previous-round" },
      null,
    ]);
    expect(result.winner).toBe("a");
    expect(result.tied).toEqual([]);
  });

  it("calls a tie between the final two a tie, whatever came before", () => {
    const result = instantRunoff([["a"], ["b"]], ["a", "b"]);
    expect(result.winner).toBeNull();
    expect(result.tied).toEqual(["a", "b"]);
    expect(result.rounds).toHaveLength(1);
    expect(result.rounds[0]?.eliminated).toEqual([]);
  });

  it("agrees with a naive reference on generated ballots", () => {
    let runs = 0;
    let runoffs = 0;
    let ties = 0;
    let tieBreaks = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: OPTIONS.length }),
        fc.array(fc.shuffledSubarray(OPTIONS, { minLength: 1 }), { maxLength: 25 }),
        (optionCount, generated) => {
          const options = OPTIONS.slice(0, optionCount);
          const ballots = generated.map((ranking) => ranking.filter((id) => options.includes(id)));
          const actual = instantRunoff(ballots, options);
          const expected = naiveRounds(ballots, options);
          runs += 1;
          if (actual.rounds.length > 1) runoffs += 1;
          if (actual.tied.length > 0) ties += 1;
          if (actual.rounds.some((round) => round.tieBreak !== null)) tieBreaks += 1;
          expect(actual.winner).toEqual(expected.winner);
          expect(actual.tied).toEqual(expected.tied);
          expect(actual.rounds.map((round) => round.eliminated)).toEqual(expected.out);
          expect(actual.rounds.map((round) => round.tieBreak?.rule ?? null)).toEqual(
            expected.rules,
          );
          expect(new Set(actual.order)).toEqual(new Set(options));
          expect(actual.order).toHaveLength(options.length);
          // A tie has no winner, a winner no tie, and only the final two can tie.
          if (actual.winner !== null) expect(actual.tied).toEqual([]);
          if (actual.tied.length > 0) expect(actual.tied).toHaveLength(2);
        },
      ),
      { numRuns: 1000 },
    );
    expect(runs).toBe(1000);
    // The generator must exercise real runoffs, final ties and broken ties, not only
    // first-round majorities.
    expect(runoffs).toBeGreaterThan(100);
    expect(ties).toBeGreaterThan(20);
    expect(tieBreaks).toBeGreaterThan(20);
  });
});

// The reference: the rules written as plainly as possible, recomputing everything each
// round. A majority of the ballots still counting wins; the final two tied are a tie;
// every option without a vote leaves at once; otherwise the fewest votes leaves, a tie
// going to fewer votes in the previous round, then to the option listed last.
function naiveRounds(
  ballots: string[][],
  options: string[],
): {
  out: string[][];
  rules: (string | null)[];
  winner: string | null;
  tied: string[];
} {
  let left = options.slice();
  let before: Record<string, number> | null = null;
  const out: string[][] = [];
  const rules: (string | null)[] = [];
  const end = (winner: string | null, tied: string[]) => {
    out.push([]);
    rules.push(null);
    return { out, rules, winner, tied };
  };
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
    if (active === 0) return { out, rules, winner: null, tied: [] };
    for (const id of left) {
      if ((votes[id] ?? 0) * 2 > active) return end(id, []);
    }
    if (left.length === 1) return end(left[0] ?? null, []);
    if (left.length === 2 && votes[left[0] ?? ""] === votes[left[1] ?? ""]) return end(null, left);
    const zero = left.filter((id) => votes[id] === 0);
    let losers: string[];
    let rule: string | null = null;
    if (zero.length > 0) {
      losers = zero;
    } else {
      const fewest = Math.min(...left.map((id) => votes[id] ?? 0));
      const last = left.filter((id) => votes[id] === fewest);
      if (last.length === 1) {
        losers = last;
      } else {
        const previous = before;
        const fewestBefore =
          previous === null ? null : Math.min(...last.map((id) => previous[id] ?? 0));
        const lastBefore =
          previous === null ? last : last.filter((id) => previous[id] === fewestBefore);
        rule = lastBefore.length === 1 ? "previous-round" : "option-order";
        losers = [lastBefore[lastBefore.length - 1] ?? ""];
      }
    }
    out.push(losers);
    rules.push(rule);
    left = left.filter((id) => !losers.includes(id));
    before = votes;
  }
}
