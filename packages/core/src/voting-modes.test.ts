// Abstain (every mode) and ranked choice, through the log: rules, tally, agreement.
import { describe, expect, it } from "vitest";
import { agreementOf } from "./agreement.ts";
import { findDecision } from "./lookup.ts";
import { checkBallot } from "./rules/index.ts";
import { tallyDecision } from "./tally.ts";
import {
  FACILITATOR,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Ballot, Decision, VotingMode } from "./types.ts";

const cast = (log: RoomLog, voter: string, ballot: Ballot) =>
  log.append(voter, { type: "ballot.cast", decisionId: "d1", ballot });
const decisionOf = (log: RoomLog): Decision => {
  const decision = findDecision(log.state, "d1");
  if (!decision) throw new Error("missing");
  return decision;
};

describe("abstain", () => {
  it.each<VotingMode>(["pick", "dots", "score", "ranked"])(
    "is a ballot in %s mode that backs no option",
    (mode) => {
      const log = openDecision(startedRoom(), mode);
      cast(log, VOTER_B, { mode: "abstain" });
      const decision = decisionOf(log);
      expect(decision.ballots).toHaveLength(1);
      const tally = tallyDecision(decision, log.state.criteria);
      expect(tally).toMatchObject({ counted: 0, abstained: 1, sealed: 0, leaders: [] });
      expect(tally.options.every((option) => option.value === 0)).toBe(true);
      expect(agreementOf(decision, log.state.criteria)).toBeNull();
    },
  );

  it("does not dilute agreement, and can be replaced by a real ballot", () => {
    const log = openDecision(startedRoom(), "pick");
    cast(log, FACILITATOR, { mode: "pick", optionId: "a" });
    cast(log, VOTER_B, { mode: "abstain" });
    const decision = decisionOf(log);
    expect(agreementOf(decision, log.state.criteria)).toMatchObject({ share: 1, dissenters: [] });
    cast(log, VOTER_B, { mode: "pick", optionId: "b" });
    const after = tallyDecision(decisionOf(log), log.state.criteria);
    expect(after).toMatchObject({ counted: 2, abstained: 0 });
  });

  it("stays sealed like any ballot: a sealed abstention is not counted as one", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, { type: "ballot.sealed", decisionId: "d1" });
    expect(tallyDecision(decisionOf(log), [])).toMatchObject({ abstained: 0, sealed: 1 });
  });
});

describe("ranked ballots", () => {
  it("must list distinct options of the decision, at least one", () => {
    const decision = decisionOf(openDecision(startedRoom(), "ranked"));
    const check = (ranking: string[]) =>
      checkBallot({ mode: "ranked", ranking }, decision, [])?.code ?? null;
    expect(check(["b", "a"])).toBeNull();
    expect(check(["c", "a", "b"])).toBeNull();
    expect(check([])).toBe("INVALID_BALLOT");
    expect(check(["a", "a"])).toBe("INVALID_BALLOT");
    expect(check(["a", "zz"])).toBe("INVALID_BALLOT");
    const pick = decisionOf(openDecision(startedRoom(), "pick"));
    expect(checkBallot({ mode: "ranked", ranking: ["a"] }, pick, [])?.code).toBe("INVALID_BALLOT");
  });

  it("tallies first choices and ranks by the runoff", () => {
    const log = openDecision(startedRoom(), "ranked");
    cast(log, FACILITATOR, { mode: "ranked", ranking: ["a", "b"] });
    cast(log, VOTER_B, { mode: "ranked", ranking: ["b", "a"] });
    cast(log, VOTER_C, { mode: "ranked", ranking: ["c", "b"] });
    const decision = decisionOf(log);
    const tally = tallyDecision(decision, []);
    // Round 1: a 1, b 1, c 1 → a tie for last, broken by option order: c (listed last)
    // goes; its ballot moves to b, who wins.
    expect(tally.options.map((option) => option.value)).toEqual([1, 1, 1]);
    expect(tally.options.map((option) => option.supporters)).toEqual([2, 3, 1]);
    expect(tally.runoff?.rounds.map((round) => round.eliminated)).toEqual([["c"], []]);
    expect(tally.runoff?.rounds[0]?.tieBreak).toEqual({
      tied: ["a", "b", "c"],
      rule: "option-order",
    });
    expect(tally.leaders).toEqual(["b"]);
    expect(tally.ranking).toEqual(["b", "a", "c"]);
    // A voter's favourite is their first choice.
    expect(agreementOf(decision, [])).toMatchObject({ dissenters: [FACILITATOR, VOTER_C] });
  });

  it("ignores options removed after the ballot was cast", () => {
    const log = openDecision(startedRoom(), "ranked");
    cast(log, VOTER_B, { mode: "ranked", ranking: ["c", "a"] });
    log.append(FACILITATOR, { type: "option.removed", decisionId: "d1", optionId: "c" });
    const tally = tallyDecision(decisionOf(log), []);
    expect(tally.leaders).toEqual(["a"]);
    expect(tally.options.map((option) => option.value)).toEqual([1, 0]);
  });
});

describe("consent", () => {
  const consent = (stance: "agree" | "object" | "block", reason = ""): Ballot => ({
    mode: "consent",
    stance,
    reason,
  });

  it("passes, passes with objections, or is blocked by a single block", () => {
    const log = openDecision(startedRoom(), "consent");
    const outcome = () => tallyDecision(decisionOf(log), []).consent?.outcome;
    expect(outcome()).toBe("no-consent");
    cast(log, VOTER_C, { mode: "abstain" });
    expect(outcome()).toBe("no-consent");
    cast(log, FACILITATOR, consent("agree"));
    expect(outcome()).toBe("passes");
    cast(log, VOTER_B, consent("object", "Ops cost"));
    expect(outcome()).toBe("passes-with-objections");
    cast(log, VOTER_C, consent("block", "Nobody can run it"));
    const tally = tallyDecision(decisionOf(log), []);
    expect(tally.consent).toEqual({
      // A decision without a written proposal (as before proposals) stands on its first option.
      proposalId: "a",
      proposalText: "",
      agree: 1,
      object: 1,
      block: 1,
      outcome: "blocked",
      // Ballot order is first-vote order: C abstained first, then changed to a block.
      concerns: [
        { participantId: VOTER_C, stance: "block", reason: "Nobody can run it" },
        { participantId: VOTER_B, stance: "object", reason: "Ops cost" },
      ],
    });
    expect(tally.leaders).toEqual([]);
    expect(agreementOf(decisionOf(log), [])).toBeNull();
  });

  it("leads with the proposal when it passes; objectors are the dissent", () => {
    const log = openDecision(startedRoom(), "consent");
    cast(log, FACILITATOR, consent("agree"));
    cast(log, VOTER_B, consent("object"));
    const decision = decisionOf(log);
    const tally = tallyDecision(decision, []);
    expect(tally.leaders).toEqual(["a"]);
    expect(tally.options.map((option) => [option.value, option.supporters])).toEqual([
      [1, 2],
      [0, 0],
      [0, 0],
    ]);
    expect(agreementOf(decision, [])).toMatchObject({ share: 0.5, dissenters: [VOTER_B] });
  });

  it("bounds the reason", () => {
    const decision = decisionOf(openDecision(startedRoom(), "consent"));
    expect(checkBallot(consent("block", "x".repeat(500)), decision, [])).toBeNull();
    expect(checkBallot(consent("block", "x".repeat(501)), decision, [])?.code).toBe(
      "INVALID_BALLOT",
    );
  });
});
