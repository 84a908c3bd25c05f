import { describe, expect, it } from "vitest";
import { medianOf, spreadOf } from "./spread.ts";
import {
  FACILITATOR,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Decision, OptionScore } from "./types.ts";

const scores = (a: number, b: number): OptionScore[] => [
  { optionId: "a", criterionId: "perf", score: a },
  { optionId: "a", criterionId: "fam", score: a },
  { optionId: "b", criterionId: "perf", score: b },
  { optionId: "b", criterionId: "fam", score: b },
];

describe("medianOf", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(medianOf([])).toBe(0);
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("spreadOf", () => {
  it("bins score votes 1-5 and flags a voter two points from the median", () => {
    const log = openDecision(startedRoom(), "score");
    for (const [voter, a, b] of [
      [FACILITATOR, 5, 2],
      [VOTER_B, 4, 3],
      [VOTER_C, 1, 3],
    ] as const) {
      log.append(voter, {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: { mode: "score", scores: scores(a, b) },
      });
    }
    const spread = spreadOf(log.state.decisions[0] as Decision, log.state.criteria);
    expect(spread?.bins).toEqual([1, 2, 3, 4, 5]);
    const a = spread?.options.find((option) => option.optionId === "a");
    expect(a?.histogram).toEqual([1, 0, 0, 1, 1]);
    expect(a?.median).toBe(4);
    expect(a?.mad).toBe(1);
    expect(a?.outliers).toEqual([
      { participantId: VOTER_C, value: 1, optionId: "a", deviation: -3 },
    ]);
    const b = spread?.options.find((option) => option.optionId === "b");
    expect(b?.outliers).toEqual([]);
    expect(spread?.speakFirst.map((outlier) => outlier.participantId)).toEqual([VOTER_C]);
  });

  it("bins dots 0..budget, counting a voter who gave none as 0", () => {
    const log = openDecision(startedRoom(), "dots");
    const budget = (log.state.decisions[0] as Decision).dotsPerVoter;
    const cast = (voter: string, a: number) =>
      log.append(voter, {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: {
          mode: "dots",
          allocations: a > 0 ? [{ optionId: "a", dots: a }] : [{ optionId: "b", dots: 1 }],
        },
      });
    cast(FACILITATOR, budget);
    cast(VOTER_B, 0);
    cast(VOTER_C, 0);
    const spread = spreadOf(log.state.decisions[0] as Decision, log.state.criteria);
    expect(spread?.bins).toHaveLength(budget + 1);
    const a = spread?.options.find((option) => option.optionId === "a");
    expect(a?.histogram[0]).toBe(2);
    expect(a?.histogram[budget]).toBe(1);
    expect(a?.outliers.map((outlier) => outlier.participantId)).toEqual([FACILITATOR]);
  });

  it("says nothing while sealed, for pick mode, or with fewer than two ballots", () => {
    const sealed = openDecision(startedRoom(), "score", true);
    sealed.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "score", scores: scores(1, 1) },
    });
    sealed.append(VOTER_C, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "score", scores: scores(5, 5) },
    });
    expect(spreadOf(sealed.state.decisions[0] as Decision, sealed.state.criteria)).toBeNull();
    const pick = openDecision(startedRoom(), "pick");
    expect(spreadOf(pick.state.decisions[0] as Decision, pick.state.criteria)).toBeNull();
    const one = openDecision(startedRoom(), "score");
    one.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "score", scores: scores(1, 1) },
    });
    expect(spreadOf(one.state.decisions[0] as Decision, one.state.criteria)).toBeNull();
  });
});
