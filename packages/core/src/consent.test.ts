// Consent with a written proposal: the facilitator writes it (and names the option it
// adopts) before voting opens; nobody's stance is assumed; a block must say why; every
// objection and block is kept with its reason.
import { describe, expect, it } from "vitest";
import { agreementOf } from "./agreement.ts";
import { consentOf } from "./consent.ts";
import { decide } from "./decide.ts";
import type { CommandBody } from "./events.ts";
import { findDecision } from "./lookup.ts";
import { tallyDecision } from "./tally.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Ballot } from "./types.ts";

function send(log: RoomLog, actorId: string, command: CommandBody) {
  const decided = decide(log.state, actorId, null, command, log.at + 1000);
  if (decided.ok) log.append(actorId, decided.body);
  return decided;
}

function must(log: RoomLog, actorId: string, command: CommandBody): void {
  const decided = send(log, actorId, command);
  if (!decided.ok) throw new Error(`${command.type}: ${decided.rejection.message}`);
}

const propose = (optionId: string, text = "Adopt MongoDB for the event store."): CommandBody => ({
  type: "decision.propose",
  decisionId: "d",
  optionId,
  text,
});

/** A consent decision `d` in draft with options pg, mongo, mysql. */
function consentDraft(): RoomLog {
  const log = startedRoom();
  must(log, FACILITATOR, { type: "decision.add", decisionId: "d", title: "DB", context: "" });
  must(log, FACILITATOR, {
    type: "decision.configure",
    decisionId: "d",
    mode: "consent",
    dotsPerVoter: 5,
    sealed: false,
  });
  for (const [optionId, label] of [
    ["pg", "PostgreSQL"],
    ["mongo", "MongoDB"],
    ["mysql", "MySQL"],
  ]) {
    must(log, FACILITATOR, {
      type: "option.add",
      decisionId: "d",
      optionId: optionId ?? "",
      label: label ?? "",
      catalogId: null,
    });
  }
  return log;
}

const stance = (value: "agree" | "object" | "block", reason = ""): Ballot => ({
  mode: "consent",
  stance: value,
  reason,
});

const cast = (log: RoomLog, actorId: string, ballot: Ballot) =>
  send(log, actorId, { type: "ballot.cast", decisionId: "d", ballot });

describe("a consent proposal", () => {
  it("is written by the facilitator and adopts the option they name, not the first one", () => {
    const log = consentDraft();
    must(log, FACILITATOR, propose("mongo"));
    const decision = findDecision(log.state, "d");
    expect(decision?.proposal).toEqual({
      text: "Adopt MongoDB for the event store.",
      optionId: "mongo",
    });
    must(log, FACILITATOR, { type: "decision.open", decisionId: "d" });
    must(log, VOTER_B, { type: "ballot.cast", decisionId: "d", ballot: stance("agree") });
    const opened = findDecision(log.state, "d");
    if (!opened) throw new Error("no decision");
    expect(consentOf(opened)).toMatchObject({
      proposalId: "mongo",
      proposalText: "Adopt MongoDB for the event store.",
      outcome: "passes",
    });
    expect(tallyDecision(opened, []).leaders).toEqual(["mongo"]);
    expect(agreementOf(opened, [])).toMatchObject({ share: 1, dissenters: [] });
  });

  it("must be there before a consent vote opens", () => {
    const log = consentDraft();
    expect(send(log, FACILITATOR, { type: "decision.open", decisionId: "d" })).toMatchObject({
      ok: false,
      rejection: { code: "INVALID_TRANSITION", message: expect.stringMatching(/proposal/) },
    });
    must(log, FACILITATOR, propose("pg"));
    must(log, FACILITATOR, { type: "decision.open", decisionId: "d" });
  });

  it("is the facilitator's, for consent decisions, before voting, on an option of the decision", () => {
    const log = consentDraft();
    expect(send(log, VOTER_B, propose("pg"))).toMatchObject({
      rejection: { code: "FORBIDDEN" },
    });
    expect(send(log, FACILITATOR, propose("redis"))).toMatchObject({
      rejection: { code: "NOT_FOUND" },
    });
    expect(send(log, FACILITATOR, propose("pg", "   "))).toMatchObject({
      rejection: { code: "INVALID_TRANSITION" },
    });
    must(log, FACILITATOR, propose("pg"));
    must(log, FACILITATOR, propose("mongo", "Second thoughts: MongoDB."));
    must(log, FACILITATOR, { type: "decision.open", decisionId: "d" });
    expect(send(log, FACILITATOR, propose("pg"))).toMatchObject({
      rejection: { code: "INVALID_TRANSITION" },
    });
    expect(findDecision(log.state, "d")?.proposal?.text).toBe("Second thoughts: MongoDB.");

    const pick = openDecision(startedRoom(), "pick");
    expect(
      decide(
        pick.state,
        FACILITATOR,
        null,
        { type: "decision.propose", decisionId: "d1", optionId: "a", text: "A" },
        0,
      ),
    ).toMatchObject({ ok: false, rejection: { code: "INVALID_TRANSITION" } });
  });

  it("keeps the option it adopts on the board", () => {
    const log = consentDraft();
    must(log, FACILITATOR, propose("mongo"));
    expect(
      send(log, FACILITATOR, { type: "option.remove", decisionId: "d", optionId: "mongo" }),
    ).toMatchObject({ ok: false, rejection: { code: "INVALID_TRANSITION" } });
    must(log, FACILITATOR, { type: "option.remove", decisionId: "d", optionId: "pg" });
  });
});

describe("consent ballots", () => {
  function opened(): RoomLog {
    const log = consentDraft();
    must(log, FACILITATOR, propose("mongo"));
    must(log, FACILITATOR, { type: "decision.open", decisionId: "d" });
    return log;
  }

  it("refuse a block without a reason, with a typed error, and change nothing", () => {
    const log = opened();
    const before = log.state;
    for (const reason of ["", "   \n "]) {
      expect(cast(log, VOTER_C, stance("block", reason))).toMatchObject({
        ok: false,
        rejection: { code: "REASON_REQUIRED" },
      });
    }
    expect(log.state).toBe(before);
    expect(cast(log, VOTER_C, stance("block", "We cannot run it on call."))).toMatchObject({
      ok: true,
    });
  });

  it("take an objection or an agreement without a reason", () => {
    const log = opened();
    expect(cast(log, VOTER_B, stance("object"))).toMatchObject({ ok: true });
    expect(cast(log, FACILITATOR, stance("agree"))).toMatchObject({ ok: true });
    expect(cast(log, OBSERVER, stance("agree"))).toMatchObject({
      rejection: { code: "FORBIDDEN" },
    });
  });

  it("keep every objection and block with its reason, in ballot order", () => {
    const log = opened();
    cast(log, VOTER_B, stance("object", "Ops cost"));
    cast(log, FACILITATOR, stance("agree"));
    cast(log, VOTER_C, stance("block", "No backups story"));
    const decision = findDecision(log.state, "d");
    if (!decision) throw new Error("no decision");
    expect(consentOf(decision)).toMatchObject({
      outcome: "blocked",
      agree: 1,
      object: 1,
      block: 1,
      concerns: [
        { participantId: VOTER_B, stance: "object", reason: "Ops cost" },
        { participantId: VOTER_C, stance: "block", reason: "No backups story" },
      ],
    });
  });
});

describe("a log from before written proposals", () => {
  it("replays as it did: the first option is the proposal and a bare block still counts", () => {
    // Appended straight to the log, as an older server did: no proposal, a block without
    // a reason. The reducer applies the log's rules only, so the room reads as before.
    const log = openDecision(startedRoom(), "consent");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: stance("block"),
    });
    const decision = findDecision(log.state, "d1");
    if (!decision) throw new Error("no decision");
    expect(decision.ballots).toHaveLength(1);
    expect(consentOf(decision)).toMatchObject({
      proposalId: "a",
      proposalText: "",
      outcome: "blocked",
      concerns: [{ participantId: VOTER_B, stance: "block", reason: "" }],
    });
  });
});
