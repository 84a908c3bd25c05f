// The log side of issue 21: sealed ballots carry their commitments (never their salts)
// until the reveal, which brings every salt; deadlines close votes once; the room keeps
// its radar editions.
import { describe, expect, it } from "vitest";
import { decide } from "./decide.ts";
import { findDecision } from "./lookup.ts";
import { redactEvent, redactState } from "./redact.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";

const COMMITMENT = "c".repeat(43);
const SALT = "s".repeat(43);

describe("committed sealed ballots", () => {
  it("publish the commitment, keep the salt with the voter, and reveal every salt", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
      commitment: COMMITMENT,
      salt: SALT,
    });
    const cast = log.events.at(-1);
    if (!cast) throw new Error("no cast");
    expect(redactEvent(cast).body).toEqual({
      type: "ballot.sealed",
      decisionId: "d1",
      commitment: COMMITMENT,
    });
    const others = redactState(log.state, VOTER_C);
    expect(findDecision(others, "d1")?.ballots).toEqual([
      { participantId: VOTER_B, ballot: null, castAt: cast.at, commitment: COMMITMENT },
    ]);
    expect(findDecision(redactState(log.state, VOTER_B), "d1")?.ballots[0]?.salt).toBe(SALT);

    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    const reveal = decide(
      log.state,
      FACILITATOR,
      "cmd-reveal",
      { type: "decision.reveal", decisionId: "d1" },
      log.at,
    );
    expect(reveal).toEqual({
      ok: true,
      body: {
        type: "decision.revealed",
        decisionId: "d1",
        ballots: [{ participantId: VOTER_B, ballot: { mode: "pick", optionId: "a" }, salt: SALT }],
      },
    });
  });

  it("a replica that saw only the commitment learns ballot and salt from the reveal, keeping the commitment it saw", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, { type: "ballot.sealed", decisionId: "d1", commitment: COMMITMENT });
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.revealed",
      decisionId: "d1",
      ballots: [{ participantId: VOTER_B, ballot: { mode: "pick", optionId: "b" }, salt: SALT }],
    });
    expect(findDecision(log.state, "d1")?.ballots[0]).toMatchObject({
      ballot: { mode: "pick", optionId: "b" },
      commitment: COMMITMENT,
      salt: SALT,
    });
  });
});

describe("decision deadlines", () => {
  it("a facilitator sets a future deadline; the server closes the vote at it, once", () => {
    const log = openDecision(startedRoom(), "pick");
    const closesAt = log.at + 10_000;
    const early = decide(
      log.state,
      FACILITATOR,
      "cmd-past",
      { type: "decision.setDeadline", decisionId: "d1", closesAt: log.at - 1 },
      log.at,
    );
    expect(early).toMatchObject({ ok: false, rejection: { code: "INVALID_TRANSITION" } });
    const voter = decide(
      log.state,
      VOTER_B,
      "cmd-voter",
      { type: "decision.setDeadline", decisionId: "d1", closesAt },
      log.at,
    );
    expect(voter).toMatchObject({ ok: false, rejection: { code: "FORBIDDEN" } });
    log.append(FACILITATOR, { type: "decision.deadlineSet", decisionId: "d1", closesAt });
    expect(findDecision(log.state, "d1")?.closesAt).toBe(closesAt);

    // Before its time, the server's close is refused; then it locks the vote.
    log.at = closesAt - 2_000;
    log.append(null, { type: "decision.closed", decisionId: "d1", closesAt });
    expect(findDecision(log.state, "d1")?.status).toBe("voting");
    log.at = closesAt;
    log.append(null, { type: "decision.closed", decisionId: "d1", closesAt });
    expect(findDecision(log.state, "d1")).toMatchObject({
      status: "locked",
      closedAt: closesAt + 1000,
    });
    // A second close for the same deadline is a no-op.
    const before = log.state;
    log.append(null, { type: "decision.closed", decisionId: "d1", closesAt });
    expect(findDecision(log.state, "d1")).toEqual(findDecision(before, "d1"));
    // A locked vote takes no deadline.
    expect(
      decide(
        log.state,
        FACILITATOR,
        "cmd-x",
        { type: "decision.setDeadline", decisionId: "d1", closesAt: null },
        log.at,
      ),
    ).toMatchObject({ ok: false });

    // Reopening clears the deadline and the close.
    log.append(FACILITATOR, { type: "decision.reopened", decisionId: "d1" });
    expect(findDecision(log.state, "d1")).toMatchObject({
      closesAt: null,
      closedAt: null,
      status: "voting",
    });
  });

  it("a moved deadline is not closed at the old time", () => {
    const log = openDecision(startedRoom(), "pick");
    const first = log.at + 5_000;
    log.append(FACILITATOR, { type: "decision.deadlineSet", decisionId: "d1", closesAt: first });
    log.append(FACILITATOR, {
      type: "decision.deadlineSet",
      decisionId: "d1",
      closesAt: first + 60_000,
    });
    log.at = first + 1_000;
    log.append(null, { type: "decision.closed", decisionId: "d1", closesAt: first });
    expect(findDecision(log.state, "d1")?.status).toBe("voting");
  });
});

describe("show totals only", () => {
  it("makes an anonymous decision fully anonymous before the reveal, never after, never an open one", () => {
    const log = openDecision(startedRoom(), "pick", true);
    const show = { type: "decision.showTotalsOnly" as const, decisionId: "d1" };
    expect(decide(log.state, FACILITATOR, "cmd-t1", show, log.at)).toMatchObject({
      ok: false,
      rejection: { code: "INVALID_TRANSITION" },
    });
    const aliased = startedRoom();
    aliased.append(FACILITATOR, {
      type: "decision.added",
      decisionId: "d1",
      title: "DB",
      context: "",
    });
    aliased.append(FACILITATOR, {
      type: "option.added",
      decisionId: "d1",
      optionId: "a",
      label: "A",
      catalogId: null,
    });
    aliased.append(FACILITATOR, {
      type: "decision.anonymitySet",
      decisionId: "d1",
      anonymity: "aliases",
    });
    aliased.append(FACILITATOR, { type: "decision.opened", decisionId: "d1" });
    expect(decide(aliased.state, VOTER_B, "cmd-t2", show, aliased.at)).toMatchObject({
      ok: false,
      rejection: { code: "FORBIDDEN" },
    });
    aliased.append(FACILITATOR, { type: "decision.totalsOnlySet", decisionId: "d1" });
    expect(findDecision(aliased.state, "d1")?.anonymity).toBe("full");
    aliased.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    aliased.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "",
    });
    expect(decide(aliased.state, FACILITATOR, "cmd-t3", show, aliased.at)).toMatchObject({
      ok: false,
    });
  });
});

describe("radar editions", () => {
  const entry = {
    name: "Go",
    ring: "Trial" as const,
    quadrant: "Languages",
    isNew: false,
    description: "",
    catalogId: "go",
  };

  it("the facilitator's imports are kept, the oldest going past twelve", () => {
    const log = startedRoom();
    const refused = decide(
      log.state,
      OBSERVER,
      "cmd-radar",
      { type: "radar.import", name: "Mine", entries: [entry] },
      log.at,
    );
    expect(refused).toMatchObject({ ok: false, rejection: { code: "FORBIDDEN" } });
    for (let i = 1; i <= 13; i += 1) {
      log.append(FACILITATOR, { type: "radar.imported", name: `Radar ${i}`, entries: [entry] });
    }
    expect(log.state.radar).toHaveLength(12);
    expect(log.state.radar[0]?.name).toBe("Radar 2");
    expect(log.state.radar.at(-1)).toEqual({ at: log.at, name: "Radar 13", entries: [entry] });
  });
});
