import { describe, expect, it } from "vitest";
import { agreementOf } from "./agreement.ts";
import { findDecision } from "./lookup.ts";
import { tallyDecision } from "./tally.ts";
import {
  FACILITATOR,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Ballot } from "./types.ts";

const cast = (log: RoomLog, voter: string, ballot: Ballot) =>
  log.append(voter, { type: "ballot.cast", decisionId: "d1", ballot });
const tallyOf = (log: RoomLog) => {
  const decision = findDecision(log.state, "d1");
  if (!decision) throw new Error("missing");
  return {
    tally: tallyDecision(decision, log.state.criteria),
    agreement: agreementOf(decision, log.state.criteria),
  };
};

describe("tallies", () => {
  it("pick counts votes, ranks, and finds the leader", () => {
    const log = openDecision(startedRoom(), "pick");
    cast(log, FACILITATOR, { mode: "pick", optionId: "b" });
    cast(log, VOTER_B, { mode: "pick", optionId: "b" });
    cast(log, VOTER_C, { mode: "pick", optionId: "a" });
    const { tally, agreement } = tallyOf(log);
    expect(tally.options.map((o) => o.value)).toEqual([1, 2, 0]);
    expect(tally.ranking).toEqual(["b", "a", "c"]);
    expect(tally.leaders).toEqual(["b"]);
    expect(agreement).toEqual({
      share: 2 / 3,
      level: "moderate",
      tie: false,
      leaders: [{ optionId: "b", share: 2 / 3 }],
      dissenters: [VOTER_C],
    });
  });

  it("dots sums dots; a voter's favourite is where most of their dots went", () => {
    const log = openDecision(startedRoom(), "dots");
    cast(log, VOTER_B, {
      mode: "dots",
      allocations: [
        { optionId: "a", dots: 4 },
        { optionId: "b", dots: 1 },
      ],
    });
    cast(log, VOTER_C, {
      mode: "dots",
      allocations: [
        { optionId: "b", dots: 2 },
        { optionId: "c", dots: 2 },
      ],
    });
    const { tally, agreement } = tallyOf(log);
    expect(tally.options.map((o) => [o.value, o.supporters])).toEqual([
      [4, 1],
      [3, 2],
      [2, 1],
    ]);
    expect(tally.leaders).toEqual(["a"]);
    expect(agreement?.share).toBe(0.5);
  });

  it("score ranks by the weighted matrix of mean scores", () => {
    const log = openDecision(startedRoom(), "score");
    // perf weight 0.6, fam weight 0.4
    cast(log, VOTER_B, {
      mode: "score",
      scores: [
        { optionId: "a", criterionId: "perf", score: 5 },
        { optionId: "a", criterionId: "fam", score: 2 },
        { optionId: "b", criterionId: "perf", score: 3 },
        { optionId: "b", criterionId: "fam", score: 5 },
      ],
    });
    cast(log, VOTER_C, {
      mode: "score",
      scores: [
        { optionId: "a", criterionId: "perf", score: 3 },
        { optionId: "b", criterionId: "perf", score: 3 },
      ],
    });
    const { tally } = tallyOf(log);
    // a: perf mean 4, fam 2 -> 0.6*4 + 0.4*2 = 3.2 ; b: perf 3, fam 5 -> 1.8 + 2 = 3.8
    // (each cell's mean over the voters who scored it; nobody scored c: no score, 0)
    expect(tally.options[0]?.value).toBeCloseTo(3.2);
    expect(tally.options[1]?.value).toBeCloseTo(3.8);
    expect(tally.options[2]?.value).toBe(0);
    expect(tally.ranking).toEqual(["b", "a", "c"]);
  });

  it("counts sealed ballots apart and shows no leader from them", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, { type: "ballot.sealed", decisionId: "d1" });
    const { tally, agreement } = tallyOf(log);
    expect(tally).toMatchObject({ counted: 0, sealed: 1, leaders: [] });
    expect(agreement).toBeNull();
  });

  it("orders tied options by option order, the same on every replica, and leads with both", () => {
    const log = openDecision(startedRoom(), "pick");
    cast(log, VOTER_B, { mode: "pick", optionId: "c" });
    cast(log, VOTER_C, { mode: "pick", optionId: "a" });
    const { tally, agreement } = tallyOf(log);
    expect(tally.ranking).toEqual(["a", "c", "b"]);
    expect(tally.leaders).toEqual(["a", "c"]);
    // Each voter backs a leader, yet the room is split between them.
    expect(agreement).toMatchObject({ share: 0.5, level: "split", tie: true, dissenters: [] });
  });
});
