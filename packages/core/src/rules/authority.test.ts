// Authority first, for every command: whoever may never send a command is told FORBIDDEN
// whatever ids it names, so nobody learns what a room holds by probing what they may not
// do. The table below is who may send what, written out by hand from docs/security.md
// (not derived from the rules); every command type x sender x (others', own, unknown) ids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "../decide.ts";
import type { CommandBody, CommandType } from "../events.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "../test-support/room-log.ts";

type Role = "facilitator" | "voter" | "observer";
/** always: whatever it names; own: only for their own things (themselves, what they added). */
type May = "always" | "own" | "never";

const FACILITATORS: Record<Role, May> = {
  facilitator: "always",
  voter: "never",
  observer: "never",
};
const EVERYONE: Record<Role, May> = { facilitator: "always", voter: "always", observer: "always" };
const VOTERS: Record<Role, May> = { facilitator: "always", voter: "always", observer: "never" };
const OWN: Record<Role, May> = { facilitator: "always", voter: "own", observer: "own" };

const MAY: Record<CommandType, Record<Role, May>> = {
  "room.rename": FACILITATORS,
  "participant.rename": EVERYONE,
  "participant.setRole": OWN,
  "participant.setSignal": OWN,
  "participant.remove": FACILITATORS,
  "facilitation.handOff": FACILITATORS,
  "room.setLobby": FACILITATORS,
  "room.setFocus": FACILITATORS,
  "room.setPassphrase": FACILITATORS,
  "lobby.admit": FACILITATORS,
  "lobby.deny": FACILITATORS,
  "decision.add": FACILITATORS,
  "decision.edit": FACILITATORS,
  "decision.remove": FACILITATORS,
  "decision.configure": FACILITATORS,
  "decision.propose": FACILITATORS,
  "option.add": VOTERS,
  // Whoever added an option may take it back (an observer too, if they added it as a voter).
  "option.remove": OWN,
  "criterion.add": FACILITATORS,
  "criterion.update": FACILITATORS,
  "criterion.remove": FACILITATORS,
  "decision.open": FACILITATORS,
  "ballot.cast": VOTERS,
  "ballot.retract": VOTERS,
  "decision.lock": FACILITATORS,
  "decision.reveal": FACILITATORS,
  "decision.decide": FACILITATORS,
  "decision.reopen": FACILITATORS,
  "decision.newRound": FACILITATORS,
  "decision.setAnonymity": FACILITATORS,
  "decision.setRules": FACILITATORS,
  "annotation.add": EVERYONE,
  "annotation.reply": EVERYONE,
  "annotation.plusOne": EVERYONE,
  "annotation.remove": OWN,
  "timer.start": FACILITATORS,
  "timer.pause": FACILITATORS,
  "timer.resume": FACILITATORS,
  "timer.extend": FACILITATORS,
  "timer.stop": FACILITATORS,
  "decision.setDeadline": FACILITATORS,
  "radar.import": FACILITATORS,
  "decision.showTotalsOnly": FACILITATORS,
  "decision.setAutoReveal": FACILITATORS,
  "decision.nudge": FACILITATORS,
};

/** The ids a command names: things in the room (someone else's, or the sender's) or none. */
interface Ids {
  decisionId: string;
  optionId: string;
  criterionId: string;
  annotationId: string;
  participantId: string;
  knockerId: string;
}

const SAMPLES: { [T in CommandType]: (ids: Ids) => Extract<CommandBody, { type: T }> } = {
  "room.rename": () => ({ type: "room.rename", title: "Renamed" }),
  "participant.rename": () => ({ type: "participant.rename", name: "Renamed" }),
  "participant.setRole": (ids) => ({
    type: "participant.setRole",
    participantId: ids.participantId,
    role: "voter",
  }),
  "participant.setSignal": (ids) => ({
    type: "participant.setSignal",
    participantId: ids.participantId,
    signal: "hand",
    on: false,
  }),
  "participant.remove": (ids) => ({ type: "participant.remove", participantId: ids.participantId }),
  "facilitation.handOff": (ids) => ({
    type: "facilitation.handOff",
    participantId: ids.participantId,
  }),
  "room.setLobby": () => ({ type: "room.setLobby", on: false }),
  "room.setFocus": (ids) => ({ type: "room.setFocus", decisionId: ids.decisionId }),
  "room.setPassphrase": () => ({ type: "room.setPassphrase", passphrase: "open sesame" }),
  "lobby.admit": (ids) => ({ type: "lobby.admit", participantId: ids.knockerId }),
  "lobby.deny": (ids) => ({ type: "lobby.deny", participantId: ids.knockerId }),
  "decision.add": (ids) => ({
    type: "decision.add",
    decisionId: ids.decisionId,
    title: "Cache",
    context: "",
  }),
  "decision.edit": (ids) => ({
    type: "decision.edit",
    decisionId: ids.decisionId,
    title: "Cache",
    context: "",
  }),
  "decision.remove": (ids) => ({ type: "decision.remove", decisionId: ids.decisionId }),
  "decision.configure": (ids) => ({
    type: "decision.configure",
    decisionId: ids.decisionId,
    mode: "dots",
    dotsPerVoter: 5,
    sealed: false,
  }),
  "decision.propose": (ids) => ({
    type: "decision.propose",
    decisionId: ids.decisionId,
    optionId: ids.optionId,
    text: "We adopt it.",
  }),
  "option.add": (ids) => ({
    type: "option.add",
    decisionId: ids.decisionId,
    optionId: `${ids.optionId}-new`,
    label: "Redis",
    catalogId: null,
  }),
  "option.remove": (ids) => ({
    type: "option.remove",
    decisionId: ids.decisionId,
    optionId: ids.optionId,
  }),
  "criterion.add": (ids) => ({
    type: "criterion.add",
    criterionId: ids.criterionId,
    name: "Cost",
    weight: 0.5,
  }),
  "criterion.update": (ids) => ({
    type: "criterion.update",
    criterionId: ids.criterionId,
    name: "Cost",
    weight: 0.5,
  }),
  "criterion.remove": (ids) => ({ type: "criterion.remove", criterionId: ids.criterionId }),
  "decision.open": (ids) => ({ type: "decision.open", decisionId: ids.decisionId }),
  "ballot.cast": (ids) => ({
    type: "ballot.cast",
    decisionId: ids.decisionId,
    ballot: { mode: "pick", optionId: ids.optionId },
  }),
  "ballot.retract": (ids) => ({ type: "ballot.retract", decisionId: ids.decisionId }),
  "decision.lock": (ids) => ({ type: "decision.lock", decisionId: ids.decisionId }),
  "decision.reveal": (ids) => ({ type: "decision.reveal", decisionId: ids.decisionId }),
  "decision.decide": (ids) => ({
    type: "decision.decide",
    decisionId: ids.decisionId,
    optionId: ids.optionId,
    rationale: "",
  }),
  "decision.reopen": (ids) => ({ type: "decision.reopen", decisionId: ids.decisionId }),
  "decision.newRound": (ids) => ({ type: "decision.newRound", decisionId: ids.decisionId }),
  "decision.setAnonymity": (ids) => ({
    type: "decision.setAnonymity",
    decisionId: ids.decisionId,
    anonymity: "full",
  }),
  "decision.setRules": (ids) => ({
    type: "decision.setRules",
    decisionId: ids.decisionId,
    maxDotsPerOption: null,
    quorum: 0,
    threshold: 0,
  }),
  "annotation.add": (ids) => ({
    type: "annotation.add",
    annotationId: `${ids.annotationId}-new`,
    decisionId: ids.decisionId,
    optionId: ids.optionId,
    kind: "pro",
    text: "Fast",
  }),
  "annotation.reply": (ids) => ({
    type: "annotation.reply",
    annotationId: ids.annotationId,
    replyId: "reply-new",
    text: "Agreed",
  }),
  "annotation.plusOne": (ids) => ({
    type: "annotation.plusOne",
    annotationId: ids.annotationId,
    on: true,
  }),
  "annotation.remove": (ids) => ({ type: "annotation.remove", annotationId: ids.annotationId }),
  "timer.start": (ids) => ({
    type: "timer.start",
    decisionId: ids.decisionId,
    durationMs: 60_000,
    autoLock: false,
  }),
  "timer.pause": () => ({ type: "timer.pause" }),
  "timer.resume": () => ({ type: "timer.resume" }),
  "timer.extend": () => ({ type: "timer.extend", byMs: 60_000 }),
  "timer.stop": () => ({ type: "timer.stop" }),
  "decision.setDeadline": (ids) => ({
    type: "decision.setDeadline",
    decisionId: ids.decisionId,
    closesAt: 4_000_000_000_000,
  }),
  "decision.showTotalsOnly": (ids) => ({
    type: "decision.showTotalsOnly",
    decisionId: ids.decisionId,
  }),
  "decision.setAutoReveal": (ids) => ({
    type: "decision.setAutoReveal",
    decisionId: ids.decisionId,
    autoReveal: true,
  }),
  "decision.nudge": (ids) => ({ type: "decision.nudge", decisionId: ids.decisionId }),
  "radar.import": () => ({
    type: "radar.import",
    name: "Radar",
    entries: [
      {
        name: "Go",
        ring: "Trial",
        quadrant: "Languages & Frameworks",
        isNew: false,
        description: "",
        catalogId: "go",
      },
    ],
  }),
};

const COMMAND_TYPES = Object.keys(MAY) as CommandType[];
const REMOVED = "p-gone";
const STRANGER = "p-stranger";
const KNOCKER = "p-knocker";

/** Senders: the three roles, someone removed from the room, and someone never in it. */
const SENDERS = [
  { id: FACILITATOR, role: "facilitator" },
  { id: VOTER_B, role: "voter" },
  { id: OBSERVER, role: "observer" },
  { id: REMOVED, role: null },
  { id: STRANGER, role: null },
] as const;

/** Each sender's own option and annotation, added while they could. */
const OWN_THINGS: Record<string, { optionId: string; annotationId: string }> = {
  [FACILITATOR]: { optionId: "a", annotationId: "note-ada" },
  [VOTER_B]: { optionId: "opt-brendan", annotationId: "note-brendan" },
  [OBSERVER]: { optionId: "opt-olu", annotationId: "note-olu" },
};

/** The started room, `d1` at `stage`, everyone's own things, a removed member, a knocker. */
function busyRoom(stage: "voting" | "locked" | "decided"): RoomLog {
  const log = openDecision(startedRoom(), "pick");
  // The observer adds an option as a voter, then goes back to watching.
  log.append(OBSERVER, { type: "participant.roleSet", participantId: OBSERVER, role: "voter" });
  for (const [actor, own] of Object.entries(OWN_THINGS)) {
    if (own.optionId !== "a") {
      log.append(actor, {
        type: "option.added",
        decisionId: "d1",
        optionId: own.optionId,
        label: `Option of ${actor}`,
        catalogId: null,
      });
    }
    log.append(actor, {
      type: "annotation.added",
      annotationId: own.annotationId,
      decisionId: "d1",
      optionId: "a",
      kind: "con",
      text: "Hmm",
    });
  }
  log.append(OBSERVER, { type: "participant.roleSet", participantId: OBSERVER, role: "observer" });
  log.append(null, {
    type: "participant.joined",
    participantId: REMOVED,
    name: "Gone",
    colour: "#333",
    role: "voter",
  });
  log.append(FACILITATOR, { type: "participant.removed", participantId: REMOVED });
  log.append(FACILITATOR, { type: "room.lobbySet", on: true });
  log.append(null, {
    type: "lobby.requested",
    participantId: KNOCKER,
    name: "Knocker",
    colour: "#333",
    role: "voter",
  });
  if (stage !== "voting") log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
  if (stage === "decided") {
    log.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "",
    });
  }
  return log;
}

const othersIds: Ids = {
  decisionId: "d1",
  optionId: "a",
  criterionId: "perf",
  annotationId: "note-ada",
  participantId: VOTER_C,
  knockerId: KNOCKER,
};

const ownIds = (senderId: string): Ids => ({
  ...othersIds,
  optionId: OWN_THINGS[senderId]?.optionId ?? "a",
  annotationId: OWN_THINGS[senderId]?.annotationId ?? "note-ada",
  participantId: senderId,
});

const unknownId = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
  .filter((id) => !/^(d1|a|b|c|perf|fam|note-|opt-|p-)/.test(id));

const unknownIds = fc.record({
  decisionId: unknownId,
  optionId: unknownId,
  criterionId: unknownId,
  annotationId: unknownId,
  participantId: unknownId,
  knockerId: unknownId,
});

const stage = fc.constantFrom("voting" as const, "locked" as const, "decided" as const);

function answer(log: RoomLog, senderId: string, command: CommandBody): string {
  const decided = decide(log.state, senderId, "cmd-authority", command, log.at + 1000);
  return decided.ok ? "ok" : decided.rejection.code;
}

describe("authority first", () => {
  it("covers every command type", () => {
    expect(COMMAND_TYPES.length).toBe(Object.keys(SAMPLES).length);
  });

  it("answers FORBIDDEN to whoever may never send a command, whatever ids it names", () => {
    fc.assert(
      fc.property(stage, unknownIds, (at, unknown) => {
        const log = busyRoom(at);
        for (const type of COMMAND_TYPES) {
          for (const sender of SENDERS) {
            const may = sender.role === null ? "never" : MAY[type][sender.role];
            const sample = SAMPLES[type] as (ids: Ids) => CommandBody;
            const cases = [
              { ids: "others'", command: sample(othersIds) },
              { ids: "unknown", command: sample(unknown) },
              { ids: "own", command: sample(ownIds(sender.id)) },
            ];
            for (const { ids, command } of cases) {
              const code = answer(log, sender.id, command);
              const where = `${type} by ${sender.role ?? sender.id} with ${ids} ids (${at})`;
              if (may === "never" || (may === "own" && ids !== "own")) {
                expect(code, where).toBe("FORBIDDEN");
              } else {
                expect(code, where).not.toBe("FORBIDDEN");
              }
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it("tells a facilitator what is missing once authority is settled", () => {
    const log = busyRoom("voting");
    const missing = { ...othersIds, decisionId: "nope", participantId: "p-nobody" };
    expect(answer(log, FACILITATOR, SAMPLES["decision.lock"](missing))).toBe("NOT_FOUND");
    expect(answer(log, FACILITATOR, SAMPLES["participant.setRole"](missing))).toBe("NOT_FOUND");
    expect(
      answer(log, FACILITATOR, SAMPLES["option.remove"]({ ...othersIds, optionId: "nope" })),
    ).toBe("NOT_FOUND");
    expect(
      answer(log, FACILITATOR, SAMPLES["annotation.remove"]({ ...othersIds, annotationId: "x" })),
    ).toBe("NOT_FOUND");
    // A voter may reply to any note: a missing one is simply not found.
    expect(
      answer(log, VOTER_B, SAMPLES["annotation.reply"]({ ...othersIds, annotationId: "x" })),
    ).toBe("NOT_FOUND");
  });
});
