// Method robustness against plain reimplementations of each method on generated ballots:
// Borda from pairwise counts, Schulze from every simple path, majority judgement from
// each option's whole sequence of medians, and the voters' weighted scores recomputed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIE_EPSILON } from "../tally.ts";
import type { Ballot, Criterion } from "../types.ts";
import { bordaScores } from "./borda.ts";
import { majorityJudgementLeaders } from "./median-grade.ts";
import { methodRobustness } from "./robustness.ts";
import { schulzeWinners } from "./schulze.ts";
import { decisionWith } from "./test-decision.test-helper.ts";

const OPTIONS = ["a", "b", "c", "d", "e"];
const rankingsArb = fc.array(fc.shuffledSubarray(OPTIONS, { minLength: 1 }), { maxLength: 12 });
const optionCountArb = fc.integer({ min: 2, max: OPTIONS.length });
const same = (a: number, b: number) => Math.abs(a - b) <= TIE_EPSILON;

/** Position on the ballot, unranked last: a ballot prefers the lower position. */
const position = (ranking: readonly string[], id: string) => {
  const at = ranking.indexOf(id);
  return at === -1 ? Number.POSITIVE_INFINITY : at;
};
const prefers = (ranking: readonly string[], x: string, y: string) =>
  position(ranking, x) < position(ranking, y);
const pairwise = (rankings: readonly string[][], x: string, y: string) =>
  rankings.filter((ranking) => prefers(ranking, x, y)).length;

function naiveBordaLeaders(rankings: string[][], options: string[]): string[] {
  const points = options.map((x) =>
    options.reduce((sum, y) => sum + (x === y ? 0 : pairwise(rankings, x, y)), 0),
  );
  const best = Math.max(...points);
  return best <= 0 ? [] : options.filter((_, i) => points[i] === best);
}

function naiveSchulzeWinners(rankings: string[][], options: string[]): string[] {
  const link = (x: string, y: string) => {
    const d = pairwise(rankings, x, y);
    return d > pairwise(rankings, y, x) ? d : 0;
  };
  // The strongest path from x to y: the best weakest link over every simple path.
  const strongest = (x: string, y: string): number => {
    let best = 0;
    const walk = (at: string, visited: Set<string>, weakest: number) => {
      for (const next of options) {
        if (visited.has(next)) continue;
        const strength = Math.min(weakest, link(at, next));
        if (strength === 0) continue;
        if (next === y) best = Math.max(best, strength);
        else walk(next, new Set([...visited, next]), strength);
      }
    };
    walk(x, new Set([x]), Number.POSITIVE_INFINITY);
    return best;
  };
  return options.filter((x) => options.every((y) => x === y || strongest(x, y) >= strongest(y, x)));
}

/** Every successive lower median as grades are removed one at a time. */
function medianSequence(grades: readonly number[]): number[] {
  const left = [...grades];
  const sequence: number[] = [];
  while (left.length > 0) {
    left.sort((a, b) => a - b);
    const [median] = left.splice(Math.floor((left.length - 1) / 2), 1);
    sequence.push(median ?? 0);
  }
  return sequence;
}

function naiveMajorityJudgement(grades: Map<string, number[]>, options: string[]): string[] {
  let level = options.filter((id) => (grades.get(id) ?? []).length > 0);
  const sequences = new Map(level.map((id) => [id, medianSequence(grades.get(id) ?? [])]));
  for (let k = 0; level.length > 1; k += 1) {
    const at = (id: string) => sequences.get(id)?.[k] ?? 0;
    const best = Math.max(...level.map(at));
    level = level.filter((id) => same(at(id), best));
    if (level.some((id) => (sequences.get(id)?.length ?? 0) <= k + 1)) break;
  }
  return level;
}

describe("ranked methods against their naive references", () => {
  it("Borda and Schulze agree with the references, and instant runoff is the tally's", () => {
    let depends = 0;
    let ties = 0;
    fc.assert(
      fc.property(optionCountArb, rankingsArb, (count, generated) => {
        const options = OPTIONS.slice(0, count);
        const rankings = generated
          .map((ranking) => ranking.filter((id) => options.includes(id)))
          .filter((ranking) => ranking.length > 0);
        const borda = bordaScores(rankings, options);
        const top = Math.max(...borda.map((entry) => entry.value));
        const bordaLeaders =
          top <= 0 ? [] : borda.filter((e) => e.value === top).map((e) => e.optionId);
        expect(bordaLeaders).toEqual(naiveBordaLeaders(rankings, options));
        const schulze = schulzeWinners(rankings, options);
        if (rankings.length > 0) expect(schulze).toEqual(naiveSchulzeWinners(rankings, options));

        const ballots = rankings.map((ranking): Ballot => ({ mode: "ranked", ranking }));
        const result = methodRobustness(decisionWith("ranked", options, ballots), []);
        if (rankings.length === 0) {
          expect(result).toBeNull();
          return;
        }
        const byMethod = new Map(result?.outcomes.map((o) => [o.method, o.leaders]));
        expect(byMethod.get("borda")).toEqual(naiveBordaLeaders(rankings, options));
        expect(byMethod.get("schulze")).toEqual(naiveSchulzeWinners(rankings, options));
        const sets = [...byMethod.values()].map((leaders) => [...leaders].sort().join());
        expect(result?.verdict).toBe(new Set(sets).size > 1 ? "depends" : "same");
        if (result?.verdict === "depends") depends += 1;
        if (schulze.length > 1) ties += 1;
      }),
      { numRuns: 500 },
    );
    // The generator must reach real disagreements and Schulze ties, not only unanimity.
    expect(depends).toBeGreaterThan(20);
    expect(ties).toBeGreaterThan(20);
  });
});

describe("score methods against their naive references", () => {
  const criteriaArb = fc
    .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 })
    .map((weights) =>
      weights.map((w, i): Criterion => ({ id: `c${i}`, name: `C${i}`, weight: w / 4 })),
    );
  const ballotArb = (options: string[], criteria: Criterion[]) =>
    fc
      .uniqueArray(
        fc.record({
          optionId: fc.constantFrom(...options),
          criterionId: fc.constantFrom(...criteria.map((c) => c.id)),
          score: fc.integer({ min: 1, max: 5 }),
        }),
        {
          maxLength: options.length * criteria.length,
          selector: (s) => `${s.optionId}/${s.criterionId}`,
        },
      )
      .map((scores): Ballot => ({ mode: "score", scores }));
  const caseArb = fc.tuple(optionCountArb, criteriaArb).chain(([count, criteria]) => {
    const options = OPTIONS.slice(0, count);
    return fc.record({
      options: fc.constant(options),
      criteria: fc.constant(criteria),
      ballots: fc.array(ballotArb(options, criteria), { maxLength: 9 }),
    });
  });

  /** A voter's own weighted score per option, written out again. */
  function naiveGrades(ballots: Ballot[], options: string[], criteria: Criterion[]) {
    const grades = new Map<string, number[]>();
    for (const ballot of ballots) {
      if (ballot.mode !== "score") continue;
      for (const option of options) {
        let weighted = 0;
        let weights = 0;
        for (const criterion of criteria) {
          const cell = ballot.scores.find(
            (s) => s.optionId === option && s.criterionId === criterion.id,
          );
          if (cell === undefined) continue;
          weighted += criterion.weight * cell.score;
          weights += criterion.weight;
        }
        if (weights > 0) grades.set(option, [...(grades.get(option) ?? []), weighted / weights]);
      }
    }
    return grades;
  }

  it("majority judgement agrees with the reference on the voters' weighted scores", () => {
    let depends = 0;
    fc.assert(
      fc.property(caseArb, ({ options, criteria, ballots }) => {
        const grades = naiveGrades(ballots, options, criteria);
        const expected = naiveMajorityJudgement(grades, options);
        expect(majorityJudgementLeaders(grades, options)).toEqual(expected);
        const result = methodRobustness(decisionWith("score", options, ballots), criteria);
        if (result === null) return;
        const judged = result.outcomes.find((o) => o.method === "majority-judgement");
        expect(judged?.leaders).toEqual(expected);
        if (result.verdict === "depends") depends += 1;
      }),
      { numRuns: 500 },
    );
    expect(depends).toBeGreaterThan(20);
  });
});

describe("pick: plurality and the two-round vote", () => {
  it("agree whenever a majority exists, and a tie for first is never a single winner", () => {
    fc.assert(
      fc.property(
        optionCountArb,
        fc.array(fc.constantFrom(...OPTIONS), { maxLength: 12 }),
        (count, picks) => {
          const options = OPTIONS.slice(0, count);
          const votes = picks.filter((id) => options.includes(id));
          const ballots = picks.map((optionId): Ballot => ({ mode: "pick", optionId }));
          const result = methodRobustness(decisionWith("pick", options, ballots), []);
          if (votes.length === 0) {
            expect(result).toBeNull();
            return;
          }
          const tally = options.map((id) => votes.filter((v) => v === id).length);
          const best = Math.max(...tally);
          const leaders = options.filter((_, i) => tally[i] === best);
          const majority = best * 2 > votes.length;
          expect(result?.outcomes[0]?.leaders).toEqual(leaders);
          expect(result?.verdict).toBe(majority ? "same" : "open");
          const runoff = result?.outcomes[1]?.runoff ?? [];
          if (!majority) expect(runoff.length).toBeGreaterThanOrEqual(2);
          if (leaders.length > 1) expect(runoff).toEqual(leaders);
        },
      ),
      { numRuns: 300 },
    );
  });
});
