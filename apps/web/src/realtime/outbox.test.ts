import type { CommandEnvelope, CommandResult } from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { memoryStorage } from "../lib/storage.ts";
import { CommandDispatcher } from "./dispatcher.ts";
import { Outbox } from "./outbox.ts";
import { ROOM_ID } from "./testEvents.ts";

const vote: CommandBody = {
  type: "ballot.cast",
  decisionId: "db",
  ballot: { mode: "pick", optionId: "pg" },
};
const lock: CommandBody = { type: "decision.lock", decisionId: "db" };

type Done = (error: Error | null, result?: CommandResult) => void;

function fakeTransport() {
  const sent: { envelope: CommandEnvelope; done: Done }[] = [];
  return {
    sent,
    transport: { emit: (envelope: CommandEnvelope, done: Done) => sent.push({ envelope, done }) },
  };
}

function manualScheduler() {
  const queued: (() => void)[] = [];
  return {
    queued,
    schedule: (retry: () => void) => {
      queued.push(retry);
      return () => {
        const index = queued.indexOf(retry);
        if (index >= 0) queued.splice(index, 1);
      };
    },
    runAll: () => {
      for (const retry of queued.splice(0)) retry();
    },
  };
}

describe("Outbox", () => {
  it("persists entries and restores them in a new tab or after a reload", () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage, ROOM_ID);
    const entry = outbox.add(vote);
    expect(entry.commandId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/);
    const restored = new Outbox(storage, ROOM_ID);
    expect(restored.entries()).toEqual([entry]);
    restored.settle(entry.commandId);
    expect(new Outbox(storage, ROOM_ID).entries()).toEqual([]);
  });

  it("keeps rooms apart and ignores corrupt storage", () => {
    const storage = memoryStorage();
    new Outbox(storage, ROOM_ID).add(vote);
    expect(new Outbox(storage, "another_room_abcdefghijkl").entries()).toEqual([]);
    storage.setItem(`stackboard:outbox:${ROOM_ID}`, "{not json");
    expect(new Outbox(storage, ROOM_ID).entries()).toEqual([]);
  });
});

describe("CommandDispatcher", () => {
  it("drops a command once the server acknowledges it", () => {
    const outbox = new Outbox(memoryStorage(), ROOM_ID);
    const { sent, transport } = fakeTransport();
    const dispatcher = new CommandDispatcher(outbox, ROOM_ID, transport, { onRejected: () => {} });
    dispatcher.setOnline(true);
    const entry = dispatcher.submit(vote);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.envelope).toEqual({
      commandId: entry.commandId,
      roomId: ROOM_ID,
      command: vote,
    });
    sent[0]?.done(null, { ok: true, seq: 7, duplicate: false });
    expect(outbox.entries()).toEqual([]);
  });

  it("queues while offline and resends with the same id after reconnecting", () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage, ROOM_ID);
    const { sent, transport } = fakeTransport();
    const dispatcher = new CommandDispatcher(outbox, ROOM_ID, transport, { onRejected: () => {} });
    const entry = dispatcher.submit(vote);
    expect(sent).toHaveLength(0);
    dispatcher.setOnline(true);
    expect(sent.map((item) => item.envelope.commandId)).toEqual([entry.commandId]);
    // The connection drops before the ack; the late ack from the old socket is ignored.
    dispatcher.setOnline(false);
    sent[0]?.done(new Error("socket has been disconnected"));
    dispatcher.setOnline(true);
    expect(sent.map((item) => item.envelope.commandId)).toEqual([entry.commandId, entry.commandId]);
    sent[1]?.done(null, { ok: true, seq: 7, duplicate: true });
    expect(outbox.entries()).toEqual([]);
  });

  it("resends a command restored from storage after a reload, with its original id", () => {
    const storage = memoryStorage();
    const before = new Outbox(storage, ROOM_ID).add(vote);
    const { sent, transport } = fakeTransport();
    const dispatcher = new CommandDispatcher(new Outbox(storage, ROOM_ID), ROOM_ID, transport, {
      onRejected: () => {},
    });
    dispatcher.setOnline(true);
    expect(sent[0]?.envelope.commandId).toBe(before.commandId);
  });

  it("retries with the same id after an ack timeout", () => {
    const outbox = new Outbox(memoryStorage(), ROOM_ID);
    const { sent, transport } = fakeTransport();
    const scheduler = manualScheduler();
    const dispatcher = new CommandDispatcher(outbox, ROOM_ID, transport, {
      onRejected: () => {},
      schedule: scheduler.schedule,
    });
    dispatcher.setOnline(true);
    const entry = dispatcher.submit(vote);
    sent[0]?.done(new Error("operation has timed out"));
    expect(outbox.entries()).toHaveLength(1);
    expect(scheduler.queued).toHaveLength(1);
    scheduler.runAll();
    expect(sent.map((item) => item.envelope.commandId)).toEqual([entry.commandId, entry.commandId]);
  });

  it("reports a refusal once and forgets the command", () => {
    const outbox = new Outbox(memoryStorage(), ROOM_ID);
    const { sent, transport } = fakeTransport();
    const refusals: string[] = [];
    const dispatcher = new CommandDispatcher(outbox, ROOM_ID, transport, {
      onRejected: (_entry, error) => refusals.push(error.code),
    });
    dispatcher.setOnline(true);
    dispatcher.submit(lock);
    sent[0]?.done(null, {
      ok: false,
      error: { code: "VOTING_LOCKED", message: "Voting on this decision is locked." },
    });
    expect(refusals).toEqual(["VOTING_LOCKED"]);
    expect(outbox.entries()).toEqual([]);
  });

  it("keeps a command the server could not take right now and retries it", () => {
    const outbox = new Outbox(memoryStorage(), ROOM_ID);
    const { sent, transport } = fakeTransport();
    const scheduler = manualScheduler();
    const refusals: string[] = [];
    const dispatcher = new CommandDispatcher(outbox, ROOM_ID, transport, {
      onRejected: (_entry, error) => refusals.push(error.code),
      schedule: scheduler.schedule,
    });
    dispatcher.setOnline(true);
    dispatcher.submit(vote);
    sent[0]?.done(null, { ok: false, error: { code: "RATE_LIMITED", message: "Slow down." } });
    expect(refusals).toEqual([]);
    expect(outbox.entries()).toHaveLength(1);
    scheduler.runAll();
    expect(sent).toHaveLength(2);
  });

  it("sends queued commands in the order they were made", () => {
    const outbox = new Outbox(memoryStorage(), ROOM_ID);
    const { sent, transport } = fakeTransport();
    const dispatcher = new CommandDispatcher(outbox, ROOM_ID, transport, { onRejected: () => {} });
    dispatcher.submit(vote);
    dispatcher.submit(lock);
    dispatcher.setOnline(true);
    expect(sent.map((item) => item.envelope.command.type)).toEqual([
      "ballot.cast",
      "decision.lock",
    ]);
  });
});
