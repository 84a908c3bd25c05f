import { describe, expect, it } from "vitest";
import { burstVoteId, readBurstVote, readStepVote, stepVoteId } from "./vote-id.ts";

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

describe("vote ids", () => {
  it("round-trips a step vote and fits the contract's id pattern", () => {
    const id = stepVoteId(true, 1, 3, 12345, 987_654_321_012);
    expect(id).toMatch(ID);
    expect(readStepVote(id)).toEqual({
      measured: true,
      senderNode: 1,
      scheduledUs: 987_654_321_012,
    });
    expect(readStepVote(stepVoteId(false, 0, 0, 0, 5_000_000))?.measured).toBe(false);
  });

  it("round-trips a burst vote", () => {
    const id = burstVoteId(29, 299, 123_456_789_000);
    expect(id).toMatch(ID);
    expect(readBurstVote(id)).toEqual({ round: 29, client: 299, scheduledUs: 123_456_789_000 });
  });

  it("ignores other command ids", () => {
    expect(readStepVote(null)).toBeNull();
    expect(readStepVote("cmdabcdef01")).toBeNull();
    expect(readBurstVote("m0_0_0_abc")).toBeNull();
  });
});
