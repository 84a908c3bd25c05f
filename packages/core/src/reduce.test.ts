import { describe, expect, it } from "vitest";
import { decide } from "./decide.ts";
import { findDecision } from "./lookup.ts";
import { isRecentCommand } from "./recent-commands.ts";
import { reduce } from "./reduce.ts";
import { emptyRoom } from "./room.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";

const d1 = (log: RoomLog) => {
  const decision = findDecision(log.state, "d1");
  if (!decision) throw new Error("d1 missing");
  return decision;
};

describe("room and participants", () => {
  it("creates a room once, from its seed", () => {
    const log = startedRoom();
    expect(log.state.title).toBe("Checkout service");
    expect(log.state.criteria.map((c) => c.name)).toEqual(["Performance", "Team familiarity"]);
    expect(log.state.participants.map((p) => [p.name, p.role])).toEqual([
      ["Ada", "facilitator"],
      ["Brendan", "voter"],
      ["Chen", "voter"],
      ["Olu", "observer"],
    ]);
    const before = log.state;
    log.append(null, {
      type: "room.created",
      roomId: "other",
      title: "Again",
      templateId: null,
      criteria: [],
      decisions: [],
    });
    expect(log.state.title).toBe(before.title);
    expect(log.state.seq).toBe(before.seq + 1);
  });

  it("ignores everything before the room exists", () => {
    const state = reduce(emptyRoom(), {
      seq: 1,
      at: 1,
      actorId: null,
      commandId: null,
      body: {
        type: "participant.joined",
        participantId: "x",
        name: "X",
        colour: "#000",
        role: "voter",
      },
    });
    expect(state.participants).toEqual([]);
  });

  it("renames the room (facilitator only) and participants (themselves)", () => {
    const log = startedRoom();
    log.append(VOTER_B, { type: "room.renamed", title: "Hijacked" });
    expect(log.state.title).toBe("Checkout service");
    log.append(FACILITATOR, { type: "room.renamed", title: "Payments" });
    expect(log.state.title).toBe("Payments");
    log.append(VOTER_B, { type: "participant.renamed", name: "Bren" });
    expect(log.state.participants[1]?.name).toBe("Bren");
  });

  it("lets a voter become an observer but keeps at least one facilitator", () => {
    const log = startedRoom();
    log.append(VOTER_B, { type: "participant.roleSet", participantId: VOTER_B, role: "observer" });
    expect(log.state.participants[1]?.role).toBe("observer");
    log.append(VOTER_C, {
      type: "participant.roleSet",
      participantId: VOTER_C,
      role: "facilitator",
    });
    expect(log.state.participants[2]?.role).toBe("voter");
    log.append(FACILITATOR, {
      type: "participant.roleSet",
      participantId: FACILITATOR,
      role: "voter",
    });
    expect(log.state.participants[0]?.role).toBe("facilitator");
    log.append(null, { type: "participant.roleSet", participantId: VOTER_C, role: "facilitator" });
    expect(log.state.participants[2]?.role).toBe("facilitator");
  });

  it("remembers at least the last 256 applied command ids, forgets older ones, and refuses a repeat", () => {
    const log = startedRoom();
    for (let i = 0; i < 300; i += 1) {
      log.append(VOTER_B, { type: "participant.renamed", name: `B${i}` }, `cmd-${i}`);
    }
    const { recentCommandIds } = log.state;
    const remembered = (i: number) => isRecentCommand(recentCommandIds, `cmd-${i}`);
    expect([44, 100, 299].map(remembered)).toEqual([true, true, true]);
    expect([0, 12, 31].map(remembered)).toEqual([false, false, false]);
    expect(recentCommandIds.flat().at(-1)).toBe("cmd-299");
    const again = log.state;
    log.append(VOTER_B, { type: "participant.renamed", name: "again" }, "cmd-44");
    expect(log.state.participants).toBe(again.participants);
    const before = log.state;
    log.append(VOTER_B, { type: "participant.renamed", name: "again" }, "cmd-299");
    expect(log.state.participants).toBe(before.participants);
    expect(log.state.recentCommandIds).toBe(before.recentCommandIds);
  });

  it("does not let the same participant join twice", () => {
    const log = startedRoom();
    log.append(null, {
      type: "participant.joined",
      participantId: VOTER_B,
      name: "Dup",
      colour: "#000",
      role: "voter",
    });
    expect(log.state.participants).toHaveLength(4);
  });
});

describe("shaping the board", () => {
  it("adds, edits, configures and removes decisions; only the facilitator may", () => {
    const log = startedRoom();
    log.append(VOTER_B, { type: "decision.added", decisionId: "d1", title: "DB", context: "" });
    expect(log.state.decisions).toHaveLength(0);
    log.append(FACILITATOR, { type: "decision.added", decisionId: "d1", title: "DB", context: "" });
    log.append(FACILITATOR, {
      type: "decision.edited",
      decisionId: "d1",
      title: "Database",
      context: "Orders",
    });
    log.append(FACILITATOR, {
      type: "decision.configured",
      decisionId: "d1",
      mode: "dots",
      dotsPerVoter: 3,
      sealed: true,
    });
    expect(d1(log)).toMatchObject({
      title: "Database",
      context: "Orders",
      mode: "dots",
      dotsPerVoter: 3,
      sealed: true,
    });
    log.append(FACILITATOR, { type: "decision.removed", decisionId: "d1" });
    expect(log.state.decisions).toHaveLength(0);
  });

  it("adds options from anyone but observers, refuses duplicates, removes by adder or facilitator", () => {
    const log = startedRoom();
    log.append(FACILITATOR, { type: "decision.added", decisionId: "d1", title: "DB", context: "" });
    log.append(VOTER_B, {
      type: "option.added",
      decisionId: "d1",
      optionId: "a",
      label: "PostgreSQL",
      catalogId: "postgresql",
    });
    log.append(OBSERVER, {
      type: "option.added",
      decisionId: "d1",
      optionId: "b",
      label: "MongoDB",
      catalogId: null,
    });
    log.append(VOTER_C, {
      type: "option.added",
      decisionId: "d1",
      optionId: "c",
      label: " postgresql ",
      catalogId: null,
    });
    expect(d1(log).options.map((o) => [o.label, o.addedBy])).toEqual([["PostgreSQL", VOTER_B]]);
    log.append(VOTER_C, { type: "option.removed", decisionId: "d1", optionId: "a" });
    expect(d1(log).options).toHaveLength(1);
    log.append(VOTER_B, { type: "option.removed", decisionId: "d1", optionId: "a" });
    expect(d1(log).options).toHaveLength(0);
  });

  it("manages criteria and weights (facilitator only)", () => {
    const log = startedRoom();
    log.append(FACILITATOR, {
      type: "criterion.added",
      criterionId: "eco",
      name: "Ecosystem",
      weight: 0.3,
    });
    log.append(VOTER_B, { type: "criterion.updated", criterionId: "eco", name: "Eco", weight: 1 });
    log.append(FACILITATOR, {
      type: "criterion.updated",
      criterionId: "perf",
      name: "Speed",
      weight: 0.2,
    });
    log.append(FACILITATOR, { type: "criterion.removed", criterionId: "fam" });
    expect(log.state.criteria).toEqual([
      { id: "perf", name: "Speed", weight: 0.2 },
      { id: "eco", name: "Ecosystem", weight: 0.3 },
    ]);
  });
});

describe("voting life cycle", () => {
  it("pick: one ballot per voter, changeable until locked; observers cannot vote", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "b" },
    });
    log.append(OBSERVER, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    expect(d1(log).ballots.map((b) => [b.participantId, b.ballot])).toEqual([
      [VOTER_B, { mode: "pick", optionId: "b" }],
    ]);
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    log.append(VOTER_C, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    expect(d1(log).ballots).toHaveLength(1);
    expect(d1(log).status).toBe("locked");
  });

  it("dots: refuses ballots over budget or with unknown options", () => {
    const log = openDecision(startedRoom(), "dots");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "dots", allocations: [{ optionId: "a", dots: 6 }] },
    });
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "dots", allocations: [{ optionId: "zz", dots: 1 }] },
    });
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    expect(d1(log).ballots).toHaveLength(0);
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: {
        mode: "dots",
        allocations: [
          { optionId: "a", dots: 3 },
          { optionId: "b", dots: 2 },
        ],
      },
    });
    expect(d1(log).ballots).toHaveLength(1);
  });

  it("score: accepts 1-5 per option and criterion only", () => {
    const log = openDecision(startedRoom(), "score");
    const cast = (score: number, criterionId = "perf") =>
      log.append(VOTER_B, {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: { mode: "score", scores: [{ optionId: "a", criterionId, score }] },
      });
    cast(0);
    cast(6);
    cast(2.5);
    cast(3, "nope");
    expect(d1(log).ballots).toHaveLength(0);
    cast(5);
    expect(d1(log).ballots).toHaveLength(1);
  });

  it("retracts a ballot while voting is open", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    log.append(VOTER_B, { type: "ballot.retracted", decisionId: "d1" });
    expect(d1(log).ballots).toHaveLength(0);
  });

  it("sealed: the redacted form records who voted; the reveal carries the ballots", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, { type: "ballot.sealed", decisionId: "d1" });
    log.append(VOTER_C, { type: "ballot.sealed", decisionId: "d1" });
    expect(d1(log).ballots.map((b) => [b.participantId, b.ballot])).toEqual([
      [VOTER_B, null],
      [VOTER_C, null],
    ]);
    log.append(FACILITATOR, { type: "decision.revealed", decisionId: "d1", ballots: [] });
    expect(d1(log).status).toBe("voting");
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.revealed",
      decisionId: "d1",
      ballots: [
        { participantId: VOTER_B, ballot: { mode: "pick", optionId: "a" } },
        { participantId: VOTER_C, ballot: { mode: "pick", optionId: "b" } },
      ],
    });
    expect(d1(log).status).toBe("revealed");
    expect(d1(log).ballots.map((b) => b.ballot)).toEqual([
      { mode: "pick", optionId: "a" },
      { mode: "pick", optionId: "b" },
    ]);
  });

  it("decides with a rationale only once locked (or revealed when sealed), and reopens", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "Too early",
    });
    expect(d1(log).outcome).toBeNull();
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(VOTER_B, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "Mine",
    });
    expect(d1(log).outcome).toBeNull();
    log.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "ACID",
    });
    expect(d1(log)).toMatchObject({
      status: "decided",
      outcome: { optionId: "a", rationale: "ACID", decidedBy: FACILITATOR },
    });
    log.append(FACILITATOR, { type: "decision.reopened", decisionId: "d1" });
    expect(d1(log)).toMatchObject({ status: "voting", outcome: null });
  });

  it("runs and stops a timer (facilitator only)", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "timer.started",
      decisionId: "d1",
      durationMs: 60_000,
      autoLock: false,
    });
    expect(log.state.timer).toBeNull();
    log.append(FACILITATOR, {
      type: "timer.started",
      decisionId: "d1",
      durationMs: 60_000,
      autoLock: false,
    });
    expect(log.state.timer).toMatchObject({
      decisionId: "d1",
      startedAt: log.at,
      endsAt: log.at + 60_000,
    });
    log.append(FACILITATOR, { type: "timer.stopped" });
    expect(log.state.timer).toBeNull();
  });
});

describe("annotations", () => {
  it("adds, replies, +1s (toggle, once per person) and removes", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(OBSERVER, {
      type: "annotation.added",
      annotationId: "n1",
      decisionId: "d1",
      optionId: "a",
      kind: "risk",
      text: "Ops load",
    });
    log.append(VOTER_B, {
      type: "annotation.replied",
      annotationId: "n1",
      replyId: "r1",
      text: "We have a DBA",
    });
    log.append(VOTER_B, { type: "annotation.plusOned", annotationId: "n1", on: true });
    log.append(VOTER_B, { type: "annotation.plusOned", annotationId: "n1", on: true });
    log.append(VOTER_C, { type: "annotation.plusOned", annotationId: "n1", on: true });
    log.append(VOTER_C, { type: "annotation.plusOned", annotationId: "n1", on: false });
    const note = log.state.annotations[0];
    expect(note).toMatchObject({
      kind: "risk",
      text: "Ops load",
      authorId: OBSERVER,
      plusOnes: [VOTER_B],
    });
    expect(note?.replies.map((r) => r.text)).toEqual(["We have a DBA"]);
    log.append(VOTER_C, { type: "annotation.removed", annotationId: "n1" });
    expect(log.state.annotations).toHaveLength(1);
    log.append(OBSERVER, { type: "annotation.removed", annotationId: "n1" });
    expect(log.state.annotations).toHaveLength(0);
  });
});

describe("log order and idempotency", () => {
  it("ignores an event whose seq is not next", () => {
    const log = startedRoom();
    const state = reduce(log.state, {
      seq: log.state.seq + 2,
      at: 0,
      actorId: FACILITATOR,
      commandId: null,
      body: { type: "room.renamed", title: "Skipped" },
    });
    expect(state).toBe(log.state);
  });

  it("applies a retried command id once", () => {
    const log = openDecision(startedRoom(), "dots");
    const body = {
      type: "annotation.added",
      annotationId: "n1",
      decisionId: "d1",
      optionId: "a",
      kind: "pro",
      text: "Fast",
    } as const;
    log.append(VOTER_B, body, "cmd-1");
    log.append(VOTER_B, { ...body, annotationId: "n2" }, "cmd-1");
    expect(log.state.annotations.map((n) => n.id)).toEqual(["n1"]);
  });

  it("decide() answers with the rule's code and builds the reveal from the server's ballots", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "c" },
    });
    expect(
      decide(log.state, VOTER_B, "c1", { type: "decision.lock", decisionId: "d1" }, 0),
    ).toMatchObject({
      ok: false,
      rejection: { code: "FORBIDDEN" },
    });
    expect(
      decide(log.state, FACILITATOR, "c2", { type: "decision.reveal", decisionId: "d1" }, 0),
    ).toMatchObject({
      ok: false,
      rejection: { code: "INVALID_TRANSITION" },
    });
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    expect(
      decide(
        log.state,
        VOTER_C,
        "c3",
        { type: "ballot.cast", decisionId: "d1", ballot: { mode: "pick", optionId: "a" } },
        0,
      ),
    ).toMatchObject({
      ok: false,
      rejection: { code: "VOTING_LOCKED" },
    });
    const reveal = decide(
      log.state,
      FACILITATOR,
      "c4",
      { type: "decision.reveal", decisionId: "d1" },
      0,
    );
    expect(reveal).toEqual({
      ok: true,
      body: {
        type: "decision.revealed",
        decisionId: "d1",
        ballots: [{ participantId: VOTER_B, ballot: { mode: "pick", optionId: "c" } }],
      },
    });
  });
});
