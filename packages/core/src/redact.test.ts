import { describe, expect, it } from "vitest";
import { isSealedFrom, redactEvent, redactState } from "./redact.ts";
import {
  FACILITATOR,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";

describe("sealed ballots", () => {
  it("redact a sealed ballot for everyone but its voter, and only while voting", () => {
    const log = openDecision(startedRoom(), "pick", true);
    const before = log.state;
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    const event = log.events.at(-1);
    if (!event) throw new Error("no event");
    expect(isSealedFrom(before, event, VOTER_B)).toBe(false);
    expect(isSealedFrom(before, event, VOTER_C)).toBe(true);
    expect(isSealedFrom(before, event, null)).toBe(true);
    expect(redactEvent(event).body).toEqual({ type: "ballot.sealed", decisionId: "d1" });
    expect(JSON.stringify(redactEvent(event))).not.toContain('"a"');
  });

  it("a redacted replica ends equal to the full one, but for the sealed contents, until reveal", () => {
    const log = openDecision(startedRoom(), "dots", true);
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "dots", allocations: [{ optionId: "a", dots: 5 }] },
    });
    log.append(VOTER_C, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "dots", allocations: [{ optionId: "b", dots: 5 }] },
    });
    const seenByC = redactState(log.state, VOTER_C);
    expect(seenByC.decisions[0]?.ballots.map((b) => b.ballot === null)).toEqual([true, false]);
    expect(
      redactState(log.state, FACILITATOR).decisions[0]?.ballots.every((b) => b.ballot === null),
    ).toBe(true);
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.revealed",
      decisionId: "d1",
      ballots:
        log.state.decisions[0]?.ballots.flatMap((b) =>
          b.ballot ? [{ participantId: b.participantId, ballot: b.ballot }] : [],
        ) ?? [],
    });
    expect(redactState(log.state, VOTER_C)).toBe(log.state);
  });

  it("leaves unsealed decisions alone", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    expect(redactState(log.state, VOTER_C)).toBe(log.state);
  });
});
