// The small-group privacy guard: what a facilitator is warned about before a reveal.
import { describe, expect, it } from "vitest";
import { decisionWith } from "./methods/test-decision.test-helper.ts";
import { privacyGuard } from "./privacy.ts";
import { emptyRoom } from "./room.ts";
import type { Anonymity, Ballot, Decision, RoomState } from "./types.ts";

const pick = (optionId: string): Ballot => ({ mode: "pick", optionId });
const anonymous = (decision: Decision, anonymity: Anonymity = "full"): Decision => ({
  ...decision,
  anonymity,
  status: "locked",
});
function roomWith(voters: number): RoomState {
  const room = emptyRoom();
  return {
    ...room,
    participants: Array.from({ length: voters }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      colour: "#000",
      role: "voter" as const,
      joinedAt: 0,
      ready: false,
      handRaisedAt: null,
      removed: false,
    })),
  };
}

describe("privacyGuard", () => {
  it("says nothing of a decision that is not anonymous", () => {
    const decision = decisionWith("pick", ["a", "b"], [pick("a"), pick("b")]);
    expect(privacyGuard({ ...decision, anonymity: "off" }, roomWith(2))).toBeNull();
  });

  it("warns when fewer than 3 voters cast ballots, even sealed ones it cannot read", () => {
    const decision = anonymous(decisionWith("pick", ["a", "b"], [pick("a"), pick("b")]));
    const sealed = { ...decision, ballots: decision.ballots.map((e) => ({ ...e, ballot: null })) };
    expect(privacyGuard(sealed, roomWith(5))).toEqual({
      risks: ["few-voters"],
      voters: 2,
      optionId: null,
    });
  });

  it("before anyone votes, counts the people who may vote", () => {
    const decision = anonymous(decisionWith("pick", ["a", "b"], []), "aliases");
    expect(privacyGuard(decision, roomWith(2))?.risks).toEqual(["few-voters"]);
    expect(privacyGuard(decision, roomWith(3))?.risks).toEqual([]);
  });

  it("warns when all voters but one favour the same option", () => {
    const ballots = [pick("a"), pick("a"), pick("a"), pick("b")];
    const decision = anonymous(decisionWith("pick", ["a", "b"], ballots));
    expect(privacyGuard(decision, roomWith(4))).toEqual({
      risks: ["near-unanimous"],
      voters: 4,
      optionId: "a",
    });
  });

  it("never reads sealed ballots before the reveal, even where their content is known", () => {
    const ballots = [pick("a"), pick("a"), pick("a"), pick("b")];
    const decision = { ...anonymous(decisionWith("pick", ["a", "b"], ballots)), sealed: true };
    expect(privacyGuard(decision, roomWith(4))?.risks).toEqual([]);
    expect(privacyGuard({ ...decision, status: "revealed" }, roomWith(4))?.risks).toEqual([
      "near-unanimous",
    ]);
  });

  it("is quiet for a split room of three or more", () => {
    const ballots = [pick("a"), pick("a"), pick("b"), pick("b")];
    const decision = anonymous(decisionWith("pick", ["a", "b"], ballots));
    expect(privacyGuard(decision, roomWith(4))?.risks).toEqual([]);
  });
});
