// Method robustness, by worked examples a reader can recount (docs/counting.md).
import { describe, expect, it } from "vitest";
import type { Ballot, Criterion } from "../types.ts";
import { bordaScores } from "./borda.ts";
import { majorityJudgementLeaders } from "./median-grade.ts";
import { methodRobustness } from "./robustness.ts";
import { schulzeWinners } from "./schulze.ts";
import { decisionWith } from "./test-decision.test-helper.ts";

const pick = (optionId: string): Ballot => ({ mode: "pick", optionId });
const ranked = (...ranking: string[]): Ballot => ({ mode: "ranked", ranking });
const leadersBy = (result: ReturnType<typeof methodRobustness>) =>
  Object.fromEntries((result?.outcomes ?? []).map((o) => [o.method, o.leaders]));

describe("pick: plurality vs. a two-round vote", () => {
  it("a majority winner wins both ways", () => {
    const result = methodRobustness(
      decisionWith("pick", ["a", "b", "c"], [pick("a"), pick("a"), pick("b")]),
      [],
    );
    expect(result?.verdict).toBe("same");
    expect(leadersBy(result)).toEqual({ plurality: ["a"], "two-round": ["a"] });
  });

  it("a leader without a majority needs a runoff against the second, which pick ballots cannot settle", () => {
    const ballots = [pick("a"), pick("a"), pick("b"), pick("c")];
    const result = methodRobustness(decisionWith("pick", ["a", "b", "c"], ballots), []);
    expect(result?.verdict).toBe("open");
    expect(result?.outcomes[1]).toEqual({
      method: "two-round",
      leaders: [],
      runoff: ["a", "b", "c"],
    });
  });

  it("a tie for first stays a tie, and its runoff is between the tied options", () => {
    const ballots = [pick("a"), pick("b")];
    const result = methodRobustness(decisionWith("pick", ["a", "b", "c"], ballots), []);
    expect(result?.outcomes).toEqual([
      { method: "plurality", leaders: ["a", "b"], runoff: [] },
      { method: "two-round", leaders: [], runoff: ["a", "b"] },
    ]);
  });

  it("a vote for a removed option is not counted towards the majority", () => {
    const result = methodRobustness(
      decisionWith("pick", ["a", "b"], [pick("a"), pick("gone")]),
      [],
    );
    expect(result?.verdict).toBe("same");
  });
});

describe("ranked: instant runoff vs. Borda vs. Schulze", () => {
  it("the textbook split: runoff C, Borda and Schulze B", () => {
    const ballots = [
      ...Array.from({ length: 4 }, () => ranked("a", "b", "c")),
      ...Array.from({ length: 3 }, () => ranked("c", "b", "a")),
      ...Array.from({ length: 2 }, () => ranked("b", "c", "a")),
    ];
    const result = methodRobustness(decisionWith("ranked", ["a", "b", "c"], ballots), []);
    expect(leadersBy(result)).toEqual({
      "instant-runoff": ["c"],
      borda: ["b"],
      schulze: ["b"],
    });
    expect(result?.verdict).toBe("depends");
  });

  it("three voters, four options: the majority's first choice wins the runoff and Schulze, Borda prefers the compromise", () => {
    const ballots = [
      ranked("a", "b", "c", "d"),
      ranked("a", "b", "c", "d"),
      ranked("b", "c", "d", "a"),
    ];
    expect(
      bordaScores(
        ballots.map((b) => (b.mode === "ranked" ? b.ranking : [])),
        ["a", "b", "c", "d"],
      ),
    ).toEqual([
      { optionId: "a", value: 6 },
      { optionId: "b", value: 7 },
      { optionId: "c", value: 4 },
      { optionId: "d", value: 1 },
    ]);
    const result = methodRobustness(decisionWith("ranked", ["a", "b", "c", "d"], ballots), []);
    expect(leadersBy(result)).toEqual({ "instant-runoff": ["a"], borda: ["b"], schulze: ["a"] });
    expect(result?.verdict).toBe("depends");
  });

  it("a Condorcet cycle of equal strength is a three-way tie under Schulze", () => {
    const rankings = [
      ["a", "b", "c"],
      ["b", "c", "a"],
      ["c", "a", "b"],
    ];
    expect(schulzeWinners(rankings, ["a", "b", "c"])).toEqual(["a", "b", "c"]);
  });

  it("an unranked option counts below every ranked one", () => {
    expect(bordaScores([["b"]], ["a", "b", "c"])).toEqual([
      { optionId: "a", value: 0 },
      { optionId: "b", value: 2 },
      { optionId: "c", value: 0 },
    ]);
    expect(schulzeWinners([["b"]], ["a", "b", "c"])).toEqual(["b"]);
  });

  it("one ballot agrees with itself under every method", () => {
    const result = methodRobustness(decisionWith("ranked", ["a", "b"], [ranked("b", "a")]), []);
    expect(result?.verdict).toBe("same");
  });
});

describe("score: weighted mean vs. majority judgement", () => {
  const criteria: Criterion[] = [{ id: "perf", name: "Performance", weight: 1 }];
  const scores = (a: number, b: number): Ballot => ({
    mode: "score",
    scores: [
      { optionId: "a", criterionId: "perf", score: a },
      { optionId: "b", criterionId: "perf", score: b },
    ],
  });

  it("a polarising option wins on the mean, the one most rate well wins on the median", () => {
    // a: 5, 5, 1, 1, 1 → mean 2.6, median 1; b: 2, 2, 2, 2, 2 → mean 2, median 2.
    const ballots = [scores(5, 2), scores(5, 2), scores(1, 2), scores(1, 2), scores(1, 2)];
    const result = methodRobustness(decisionWith("score", ["a", "b"], ballots), criteria);
    expect(leadersBy(result)).toEqual({ "weighted-mean": ["a"], "majority-judgement": ["b"] });
    expect(result?.verdict).toBe("depends");
  });

  it("equal medians go to majority judgement's tie-break, and the same grades stay a tie", () => {
    expect(
      majorityJudgementLeaders(
        new Map([
          ["a", [3, 3, 4]],
          ["b", [2, 3, 5]],
        ]),
        ["a", "b"],
      ),
    ).toEqual(["a"]);
    expect(
      majorityJudgementLeaders(
        new Map([
          ["a", [2, 4]],
          ["b", [4, 2]],
        ]),
        ["a", "b"],
      ),
    ).toEqual(["a", "b"]);
  });
});

describe("no rival method", () => {
  it("dots, consent, a single option and no ballots have none", () => {
    expect(methodRobustness(decisionWith("dots", ["a", "b"], []), [])).toBeNull();
    expect(methodRobustness(decisionWith("pick", ["a"], [pick("a")]), [])).toBeNull();
    expect(methodRobustness(decisionWith("pick", ["a", "b"], []), [])).toBeNull();
    expect(
      methodRobustness(decisionWith("ranked", ["a", "b"], [{ mode: "abstain" }]), []),
    ).toBeNull();
  });
});
