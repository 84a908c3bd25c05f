// Ids are never reused within a room: a removed decision, option, criterion or annotation
// keeps its id, so no old event (a sealed ballot, an anonymous voter) can be read as being
// about something new that took the same id.
import { describe, expect, it } from "vitest";
import { anonymizeEvent } from "./anonymity.ts";
import { decide } from "./decide.ts";
import type { CommandBody, EventBody, RoomEvent } from "./events.ts";
import { findDecision } from "./lookup.ts";
import { redactEventForViewer } from "./redact.ts";
import {
  FACILITATOR,
  OBSERVER,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Anonymity } from "./types.ts";

const keyOf = (decisionId: string, participantId: string) => `anon-${decisionId}x${participantId}`;

/** Sends `command` as the server does: decide, then append the event if allowed. */
function send(log: RoomLog, actorId: string, command: CommandBody) {
  const decided = decide(log.state, actorId, null, command, log.at + 1000);
  if (decided.ok) log.append(actorId, decided.body);
  return decided;
}

function must(log: RoomLog, actorId: string, command: CommandBody): void {
  const decided = send(log, actorId, command);
  if (!decided.ok) throw new Error(`${command.type}: ${decided.rejection.message}`);
}

/** The steps: decision `d`, sealed (and maybe anonymous), two votes, removed. */
function votedAndRemoved(anonymity: Anonymity, sealed: boolean): RoomLog {
  const log = startedRoom();
  must(log, FACILITATOR, { type: "decision.add", decisionId: "d", title: "DB", context: "" });
  must(log, FACILITATOR, {
    type: "decision.configure",
    decisionId: "d",
    mode: "pick",
    dotsPerVoter: 5,
    sealed,
  });
  if (anonymity !== "off") {
    must(log, FACILITATOR, { type: "decision.setAnonymity", decisionId: "d", anonymity });
  }
  for (const optionId of ["pg", "mongo"]) {
    must(log, FACILITATOR, {
      type: "option.add",
      decisionId: "d",
      optionId,
      label: optionId,
      catalogId: null,
    });
  }
  must(log, FACILITATOR, { type: "decision.open", decisionId: "d" });
  must(log, VOTER_B, {
    type: "ballot.cast",
    decisionId: "d",
    ballot: { mode: "pick", optionId: "pg" },
  });
  must(log, VOTER_C, {
    type: "ballot.cast",
    decisionId: "d",
    ballot: { mode: "pick", optionId: "mongo" },
  });
  must(log, FACILITATOR, { type: "decision.remove", decisionId: "d" });
  return log;
}

const casts = (log: RoomLog): RoomEvent[] =>
  log.events.filter((event) => event.body.type === "ballot.cast");

describe("a removed decision's id", () => {
  it("cannot be added again, with a typed error, and changes nothing", () => {
    const log = votedAndRemoved("off", true);
    const before = log.state;
    const again = send(log, FACILITATOR, {
      type: "decision.add",
      decisionId: "d",
      title: "Fresh",
      context: "",
    });
    expect(again).toMatchObject({ ok: false, rejection: { code: "ID_REUSED" } });
    expect(log.state).toBe(before);
  });

  it("is refused by the reducer too, so a log can never hold two decisions with one id", () => {
    const log = votedAndRemoved("off", true);
    const body: EventBody = { type: "decision.added", decisionId: "d", title: "F", context: "" };
    log.append(FACILITATOR, body);
    expect(findDecision(log.state, "d")).toBeUndefined();
  });

  it("keeps the old sealed ballots sealed in every later catch-up", () => {
    const log = votedAndRemoved("off", true);
    send(log, FACILITATOR, { type: "decision.add", decisionId: "d", title: "Fresh", context: "" });
    for (const cast of casts(log)) {
      const seen = redactEventForViewer(log.state, cast, OBSERVER);
      expect(seen.body).toEqual({ type: "ballot.sealed", decisionId: "d" });
      expect(JSON.stringify(seen)).not.toMatch(/pg|mongo/);
    }
  });

  it("keeps the voters of an old anonymous decision hidden", () => {
    const log = votedAndRemoved("full", false);
    send(log, FACILITATOR, { type: "decision.add", decisionId: "d", title: "Fresh", context: "" });
    for (const cast of casts(log)) {
      const seen = anonymizeEvent(log.state, cast, null, keyOf);
      expect(seen.actorId).toBe(keyOf("d", cast.actorId ?? ""));
    }
  });
});

describe("ids are never reused", () => {
  it("for options of a decision, even after the option was removed", () => {
    const log = startedRoom();
    must(log, FACILITATOR, { type: "decision.add", decisionId: "d", title: "DB", context: "" });
    const add: CommandBody = {
      type: "option.add",
      decisionId: "d",
      optionId: "pg",
      label: "PostgreSQL",
      catalogId: null,
    };
    must(log, FACILITATOR, add);
    must(log, FACILITATOR, { type: "option.remove", decisionId: "d", optionId: "pg" });
    expect(send(log, FACILITATOR, { ...add, label: "MySQL" })).toMatchObject({
      ok: false,
      rejection: { code: "ID_REUSED" },
    });
    // A fresh id for the same label is fine: it is a new option.
    must(log, FACILITATOR, { ...add, optionId: "pg2" });
  });

  it("for annotations, whether removed themselves or with their option or decision", () => {
    const log = startedRoom();
    must(log, FACILITATOR, { type: "decision.add", decisionId: "d", title: "DB", context: "" });
    must(log, FACILITATOR, {
      type: "option.add",
      decisionId: "d",
      optionId: "pg",
      label: "PostgreSQL",
      catalogId: null,
    });
    const note = (annotationId: string): Extract<CommandBody, { type: "annotation.add" }> => ({
      type: "annotation.add",
      annotationId,
      decisionId: "d",
      optionId: "pg",
      kind: "pro",
      text: "Solid",
    });
    must(log, VOTER_B, note("a1"));
    must(log, VOTER_B, note("a2"));
    must(log, VOTER_B, { type: "annotation.remove", annotationId: "a1" });
    must(log, FACILITATOR, { type: "option.remove", decisionId: "d", optionId: "pg" });
    must(log, FACILITATOR, {
      type: "option.add",
      decisionId: "d",
      optionId: "pg3",
      label: "PostgreSQL",
      catalogId: null,
    });
    for (const id of ["a1", "a2"]) {
      expect(send(log, VOTER_B, { ...note(id), optionId: "pg3" })).toMatchObject({
        ok: false,
        rejection: { code: "ID_REUSED" },
      });
    }
  });

  it("for criteria", () => {
    const log = startedRoom();
    must(log, FACILITATOR, { type: "criterion.remove", criterionId: "perf" });
    expect(
      send(log, FACILITATOR, {
        type: "criterion.add",
        criterionId: "perf",
        name: "Speed",
        weight: 0.5,
      }),
    ).toMatchObject({ ok: false, rejection: { code: "ID_REUSED" } });
  });

  it("asks for authority before it says an id was used", () => {
    const log = votedAndRemoved("off", false);
    expect(
      send(log, VOTER_B, { type: "decision.add", decisionId: "d", title: "x", context: "" }),
    ).toMatchObject({ ok: false, rejection: { code: "FORBIDDEN" } });
  });
});
