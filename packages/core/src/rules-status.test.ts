// Decision rules: dots cap per option, quorum and pass threshold, and what the record says.
import { describe, expect, it } from "vitest";
import { findDecision } from "./lookup.ts";
import { renderDecisionMarkdown } from "./record/markdown.ts";
import { checkBallot } from "./rules/index.ts";
import { rulesStatus } from "./rules-status.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Ballot, Decision } from "./types.ts";

const cast = (log: RoomLog, voter: string, ballot: Ballot) =>
  log.append(voter, { type: "ballot.cast", decisionId: "d1", ballot });
const decisionOf = (log: RoomLog): Decision => {
  const decision = findDecision(log.state, "d1");
  if (!decision) throw new Error("missing");
  return decision;
};
const pick = (optionId: string): Ballot => ({ mode: "pick", optionId });

describe("decision rules", () => {
  it("caps dots per option", () => {
    const decision = decisionOf(
      openDecision(startedRoom(), "dots", false, { maxDotsPerOption: 2 }),
    );
    const dots = (a: number, b: number): Ballot => ({
      mode: "dots",
      allocations: [
        { optionId: "a", dots: a },
        { optionId: "b", dots: b },
      ],
    });
    expect(checkBallot(dots(2, 2), decision, [])).toBeNull();
    expect(checkBallot(dots(3, 0), decision, [])?.code).toBe("INVALID_BALLOT");
  });

  it("meets quorum on the share of eligible voters who took part, abstaining included", () => {
    // Eligible: the facilitator and two voters; the observer does not count.
    const log = openDecision(startedRoom(), "pick", false, { quorum: 0.6 });
    cast(log, VOTER_B, pick("a"));
    expect(rulesStatus(decisionOf(log), log.state)).toMatchObject({
      voters: 1,
      eligible: 3,
      quorumMet: false,
    });
    cast(log, VOTER_C, { mode: "abstain" });
    expect(rulesStatus(decisionOf(log), log.state).quorumMet).toBe(true);
  });

  it("meets the pick threshold with a single leader holding the share", () => {
    const log = openDecision(startedRoom(), "pick", false, { threshold: 0.6 });
    cast(log, FACILITATOR, pick("a"));
    cast(log, VOTER_B, pick("b"));
    expect(rulesStatus(decisionOf(log), log.state).thresholdMet).toBe(false);
    cast(log, VOTER_C, pick("a"));
    expect(rulesStatus(decisionOf(log), log.state).thresholdMet).toBe(true);
    const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
    expect(markdown).toContain("- Threshold: met (60% required).");
  });

  it("meets the consent threshold on agreements, never with a block", () => {
    const log = openDecision(startedRoom(), "consent", false, { threshold: 0.5, quorum: 1 });
    cast(log, FACILITATOR, { mode: "consent", stance: "agree", reason: "" });
    cast(log, VOTER_B, { mode: "consent", stance: "object", reason: "" });
    expect(rulesStatus(decisionOf(log), log.state)).toMatchObject({
      quorumMet: false,
      thresholdMet: true,
    });
    cast(log, VOTER_C, { mode: "consent", stance: "block", reason: "" });
    expect(rulesStatus(decisionOf(log), log.state)).toMatchObject({
      quorumMet: true,
      thresholdMet: false,
    });
    const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
    expect(markdown).toContain(
      "- Quorum: met (3 of 3 eligible voters took part; 100% required).\n" +
        "- Threshold: not met (50% required).",
    );
  });

  it("does not know the threshold while ballots are sealed, nor outside pick and consent", () => {
    const sealed = openDecision(startedRoom(), "pick", true, { threshold: 0.5 });
    sealed.append(VOTER_B, { type: "ballot.sealed", decisionId: "d1" });
    expect(rulesStatus(decisionOf(sealed), sealed.state).thresholdMet).toBeNull();
    const dots = openDecision(startedRoom(), "dots", false, { threshold: 0.5 });
    expect(rulesStatus(decisionOf(dots), dots.state).thresholdMet).toBeNull();
  });

  it("is set by the facilitator, before voting opens, within bounds", () => {
    const log = startedRoom();
    log.append(FACILITATOR, { type: "decision.added", decisionId: "d1", title: "DB", context: "" });
    const set = (actor: string, quorum: number, cap: number | null = null) =>
      log.append(actor, {
        type: "decision.rulesSet",
        decisionId: "d1",
        maxDotsPerOption: cap,
        quorum,
        threshold: 0,
      });
    set(OBSERVER, 0.5);
    set(FACILITATOR, 1.5);
    set(FACILITATOR, 0.5, 0);
    expect(decisionOf(log).rules.quorum).toBe(0);
    set(FACILITATOR, 0.5, 4);
    expect(decisionOf(log).rules).toEqual({ maxDotsPerOption: 4, quorum: 0.5, threshold: 0 });
  });
});
