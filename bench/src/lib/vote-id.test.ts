import { CommandIdSchema } from "@stackboard/contracts";
import { describe, expect, it } from "vitest";
import { burstVoteId, readBurstVote, readStepVote, stepVoteId } from "./vote-id.ts";

const fits = (id: string) => CommandIdSchema.safeParse(id).success;

describe("vote ids", () => {
  it("round-trips a step vote (sender, scheduled and actual send) and fits the contract", () => {
    const vote = {
      measured: true,
      senderNode: 1,
      sender: 1999,
      scheduledUs: 987_654_321_012,
      sentUs: 987_654_321_512,
    };
    const id = stepVoteId({ ...vote, counter: 123_456_789 });
    expect(fits(id)).toBe(true);
    expect(readStepVote(id)).toEqual(vote);
    const warmup = stepVoteId({ ...vote, measured: false, counter: 0 });
    expect(readStepVote(warmup)?.measured).toBe(false);
  });

  it("round-trips a burst vote", () => {
    const id = burstVoteId(29, 299, 123_456_789_000);
    expect(fits(id)).toBe(true);
    expect(readBurstVote(id)).toEqual({ round: 29, client: 299, scheduledUs: 123_456_789_000 });
  });

  it("ignores other command ids", () => {
    expect(readStepVote(null)).toBeNull();
    expect(readStepVote("cmdabcdef01")).toBeNull();
    expect(readBurstVote("m0_0_0_abc_0")).toBeNull();
  });
});
