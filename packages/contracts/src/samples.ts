// Valid sample payloads, one per command and event type, for this package's tests.
// Not part of the public surface (index.ts does not export it).
import type { CommandBody, CommandType, EventBody, EventType } from "@stackboard/core";

export const ROOM_ID = "Abcdefghijklmnopqrstuv";
export const COMMAND_ID = "cmd-0001";

type ByType<U extends { type: string }, K extends U["type"]> = {
  [T in K]: Extract<U, { type: T }>;
};

/** Keyed by type, so the compiler refuses a table that misses a variant. */
export const COMMAND_SAMPLES: ByType<CommandBody, CommandType> = {
  "room.rename": { type: "room.rename", title: "Our backend" },
  "participant.rename": { type: "participant.rename", name: "Ada" },
  "participant.setRole": { type: "participant.setRole", participantId: "p2", role: "observer" },
  "decision.add": { type: "decision.add", decisionId: "db", title: "Database", context: "" },
  "decision.edit": {
    type: "decision.edit",
    decisionId: "db",
    title: "Database",
    context: "Where the board lives.\nSecond line.",
  },
  "decision.remove": { type: "decision.remove", decisionId: "db" },
  "decision.configure": {
    type: "decision.configure",
    decisionId: "db",
    mode: "dots",
    dotsPerVoter: 10,
    sealed: true,
  },
  "option.add": {
    type: "option.add",
    decisionId: "db",
    optionId: "pg",
    label: "PostgreSQL",
    catalogId: "postgresql",
  },
  "option.remove": { type: "option.remove", decisionId: "db", optionId: "pg" },
  "criterion.add": { type: "criterion.add", criterionId: "perf", name: "Performance", weight: 0.5 },
  "criterion.update": {
    type: "criterion.update",
    criterionId: "perf",
    name: "Performance",
    weight: 1,
  },
  "criterion.remove": { type: "criterion.remove", criterionId: "perf" },
  "decision.open": { type: "decision.open", decisionId: "db" },
  "ballot.cast": {
    type: "ballot.cast",
    decisionId: "db",
    ballot: { mode: "dots", allocations: [{ optionId: "pg", dots: 10 }] },
  },
  "ballot.retract": { type: "ballot.retract", decisionId: "db" },
  "decision.lock": { type: "decision.lock", decisionId: "db" },
  "decision.reveal": { type: "decision.reveal", decisionId: "db" },
  "decision.decide": {
    type: "decision.decide",
    decisionId: "db",
    optionId: "pg",
    rationale: "Everyone knows it.",
  },
  "decision.reopen": { type: "decision.reopen", decisionId: "db" },
  "decision.newRound": { type: "decision.newRound", decisionId: "db" },
  "decision.setAnonymity": {
    type: "decision.setAnonymity",
    decisionId: "db",
    anonymity: "aliases",
  },
  "decision.setRules": {
    type: "decision.setRules",
    decisionId: "db",
    maxDotsPerOption: 3,
    quorum: 0.5,
    threshold: 0.6,
  },
  "annotation.add": {
    type: "annotation.add",
    annotationId: "a1",
    decisionId: "db",
    optionId: "pg",
    kind: "pro",
    text: "Mature.",
  },
  "annotation.reply": { type: "annotation.reply", annotationId: "a1", replyId: "r1", text: "+1" },
  "annotation.plusOne": { type: "annotation.plusOne", annotationId: "a1", on: true },
  "annotation.remove": { type: "annotation.remove", annotationId: "a1" },
  "timer.start": { type: "timer.start", decisionId: null, durationMs: 60_000 },
  "timer.stop": { type: "timer.stop" },
};

export const EVENT_SAMPLES: ByType<EventBody, EventType> = {
  "room.created": {
    type: "room.created",
    roomId: ROOM_ID,
    title: "Our backend",
    templateId: "web-backend",
    criteria: [{ id: "perf", name: "Performance", weight: 0.5 }],
    decisions: [
      {
        id: "db",
        title: "Database",
        context: "",
        mode: "pick",
        options: [{ id: "pg", label: "PostgreSQL", catalogId: "postgresql" }],
      },
    ],
  },
  "participant.joined": {
    type: "participant.joined",
    participantId: "p1",
    name: "Ada",
    colour: "#1f77b4",
    role: "facilitator",
  },
  "room.renamed": { type: "room.renamed", title: "Our backend" },
  "participant.renamed": { type: "participant.renamed", name: "Ada L." },
  "participant.roleSet": { type: "participant.roleSet", participantId: "p2", role: "voter" },
  "decision.added": { ...COMMAND_SAMPLES["decision.add"], type: "decision.added" },
  "decision.edited": { ...COMMAND_SAMPLES["decision.edit"], type: "decision.edited" },
  "decision.removed": { type: "decision.removed", decisionId: "db" },
  "decision.configured": { ...COMMAND_SAMPLES["decision.configure"], type: "decision.configured" },
  "option.added": { ...COMMAND_SAMPLES["option.add"], type: "option.added" },
  "option.removed": { ...COMMAND_SAMPLES["option.remove"], type: "option.removed" },
  "criterion.added": { ...COMMAND_SAMPLES["criterion.add"], type: "criterion.added" },
  "criterion.updated": { ...COMMAND_SAMPLES["criterion.update"], type: "criterion.updated" },
  "criterion.removed": { type: "criterion.removed", criterionId: "perf" },
  "decision.opened": { type: "decision.opened", decisionId: "db" },
  "ballot.cast": COMMAND_SAMPLES["ballot.cast"],
  "ballot.sealed": { type: "ballot.sealed", decisionId: "db" },
  "ballot.retracted": { type: "ballot.retracted", decisionId: "db" },
  "decision.locked": { type: "decision.locked", decisionId: "db" },
  "decision.revealed": {
    type: "decision.revealed",
    decisionId: "db",
    // One ballot of every mode, so the wire tests parse each Ballot variant.
    ballots: [
      { participantId: "p1", ballot: { mode: "pick", optionId: "pg" } },
      { participantId: "p2", ballot: { mode: "ranked", ranking: ["pg", "mongo"] } },
      { participantId: "p3", ballot: { mode: "abstain" } },
      {
        participantId: "p6",
        ballot: { mode: "consent", stance: "block", reason: "No one can run it at night." },
      },
      {
        participantId: "p4",
        ballot: { mode: "score", scores: [{ optionId: "pg", criterionId: "perf", score: 4 }] },
      },
      { participantId: "p5", ballot: { mode: "dots", allocations: [{ optionId: "pg", dots: 2 }] } },
    ],
  },
  "decision.decided": { ...COMMAND_SAMPLES["decision.decide"], type: "decision.decided" },
  "decision.reopened": { type: "decision.reopened", decisionId: "db" },
  "decision.roundStarted": { type: "decision.roundStarted", decisionId: "db" },
  "decision.anonymitySet": { type: "decision.anonymitySet", decisionId: "db", anonymity: "full" },
  "decision.rulesSet": { ...COMMAND_SAMPLES["decision.setRules"], type: "decision.rulesSet" },
  "annotation.added": { ...COMMAND_SAMPLES["annotation.add"], type: "annotation.added" },
  "annotation.replied": { ...COMMAND_SAMPLES["annotation.reply"], type: "annotation.replied" },
  "annotation.plusOned": { ...COMMAND_SAMPLES["annotation.plusOne"], type: "annotation.plusOned" },
  "annotation.removed": { type: "annotation.removed", annotationId: "a1" },
  "timer.started": { ...COMMAND_SAMPLES["timer.start"], type: "timer.started" },
  "timer.stopped": { type: "timer.stopped" },
};
