import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { emptyRoom } from "@stackboard/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeStoreContract, newRoomId, pendingEvent } from "../contract.ts";
import type { RoomStore } from "../types.ts";
import {
  CorruptLogError,
  createEmbeddedStore,
  type EmbeddedStore,
  type EmbeddedStoreOptions,
} from "./index.ts";

type Options = Omit<EmbeddedStoreOptions, "dataDir">;

function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "stackboard-store-"));
}

function harness(options: Options) {
  let dataDir = "";
  return {
    async open(): Promise<RoomStore> {
      dataDir = await tempDir();
      return createEmbeddedStore({ dataDir, ...options });
    },
    reopen: (): Promise<RoomStore> => createEmbeddedStore({ dataDir, ...options }),
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

describeStoreContract("embedded", harness({}));
// Tiny segments put most reads on the older-segment path; fsync exercises the other mode.
describeStoreContract(
  "embedded (3-event segments, fsync)",
  harness({ segmentEvents: 3, durability: "fsync" }),
);
// Every command id's hash the same: each duplicate check reads and compares an event.
describeStoreContract(
  "embedded (every command id's hash collides)",
  harness({ commandHash: () => 0, segmentEvents: 3, memoryEvents: 2 }),
);

describe("embedded store", () => {
  let dataDir: string;
  let store: EmbeddedStore;
  const warnings: object[] = [];
  const logger = { warn: (obj: object) => warnings.push(obj), error: () => {} };

  const open = async (options: Options = {}) => {
    store = await createEmbeddedStore({ dataDir, logger, ...options });
    return store;
  };

  beforeEach(async () => {
    dataDir = await tempDir();
    warnings.length = 0;
    await open();
  });

  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function roomWith(count: number): Promise<string> {
    const roomId = newRoomId();
    await store.createRoom(
      { roomId, createdAt: 1, facilitatorKeyHash: "0".repeat(64) },
      pendingEvent("created"),
    );
    for (let i = 1; i <= count; i++) await store.append(roomId, i, pendingEvent(`t${i}`, `c${i}`));
    return roomId;
  }

  const segmentPath = (roomId: string, firstSeq = 1) =>
    path.join(dataDir, "rooms", roomId, `events-${String(firstSeq).padStart(12, "0")}.jsonl`);

  it("reads a meta file written before passphrases existed as having none", async () => {
    const roomId = await roomWith(0);
    await store.close();
    const metaPath = path.join(dataDir, "rooms", roomId, "meta.json");
    const legacy = { roomId, createdAt: 1, facilitatorKeyHash: "0".repeat(64) };
    await writeFile(metaPath, `${JSON.stringify(legacy)}\n`);
    await open();
    expect(await store.getMeta(roomId)).toEqual({ ...legacy, passphraseHash: null });
    await store.setPassphraseHash(roomId, "scrypt$c2FsdA$aGFzaA");
    expect(JSON.parse(await readFile(metaPath, "utf8"))).toEqual({
      ...legacy,
      passphraseHash: "scrypt$c2FsdA$aGFzaA",
    });
  });

  it("cuts off a torn last line and carries on after it", async () => {
    const roomId = await roomWith(3);
    await store.close();
    await appendFile(segmentPath(roomId), '{"seq":5,"at":17000000');
    await open();
    expect(await store.latestSeq(roomId)).toBe(4);
    expect(warnings).toEqual([expect.objectContaining({ roomId, tornBytes: 22 })]);
    expect((await store.append(roomId, 4, pendingEvent("after"))).status).toBe("appended");
    await store.close(); // the checkpoint copies the journaled event into the segment
    const lines = (await readFile(segmentPath(roomId), "utf8")).trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("refuses a corrupt line in the middle, naming file and line", async () => {
    const roomId = await roomWith(4);
    await store.close();
    const lines = (await readFile(segmentPath(roomId), "utf8")).split("\n");
    lines[2] = "{not json";
    await writeFile(segmentPath(roomId), lines.join("\n"));
    await open();
    const read = store.readEvents(roomId, 0);
    await expect(read).rejects.toBeInstanceOf(CorruptLogError);
    await expect(read).rejects.toThrow(`${segmentPath(roomId)}, line 3`);
  });

  it("refuses a gap in the log", async () => {
    const roomId = await roomWith(4);
    await store.close();
    const lines = (await readFile(segmentPath(roomId), "utf8")).split("\n");
    lines.splice(1, 1);
    await writeFile(segmentPath(roomId), lines.join("\n"));
    await open();
    await expect(store.latestSeq(roomId)).rejects.toThrow("line 2: seq 3 where 2 was due");
  });

  it("evicts idle rooms and reloads them on demand", async () => {
    await store.close();
    await open({ idleEvictMs: 20, checkpointMs: 10 });
    const roomId = await roomWith(3);
    const seen: number[] = [];
    store.subscribe(roomId, (event) => seen.push(event.seq));
    expect(store.loadedRoomIds()).toContain(roomId);
    await vi.waitFor(() => expect(store.loadedRoomIds()).not.toContain(roomId));
    expect((await store.readEvents(roomId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(store.loadedRoomIds()).toContain(roomId);
    expect((await store.append(roomId, 4, pendingEvent("back"))).status).toBe("appended");
    expect(seen).toEqual([5]);
  });

  it("refuses invalid room ids before touching the file system", async () => {
    for (const roomId of ["../../../etc", "short", "a".repeat(65), "abcdefghijklmnop/..", ""]) {
      expect(await store.getMeta(roomId)).toBeNull();
      expect(await store.readEvents(roomId, 0)).toEqual([]);
      expect(await store.latestSeq(roomId)).toBe(0);
      await expect(store.append(roomId, 0, pendingEvent("x"))).rejects.toThrow("Invalid room id");
      await expect(
        store.createRoom({ roomId, createdAt: 1, facilitatorKeyHash: "" }, pendingEvent("x")),
      ).rejects.toThrow("Invalid room id");
    }
    expect(await readdir(dataDir)).toEqual(["journal", "rooms"]);
    expect(await readdir(path.join(dataDir, "rooms"))).toEqual([]);
    const journal = path.join(dataDir, "journal");
    for (const file of await readdir(journal)) {
      expect(await readFile(path.join(journal, file), "utf8")).toBe("");
    }
  });

  it("acknowledges with durability fsync and keeps what it acknowledged", async () => {
    await store.close();
    await open({ durability: "fsync" });
    const roomId = await roomWith(0);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.append(roomId, 1 + i, pendingEvent(`f${i}`))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill("appended"));
    await store.close();
    await open({ durability: "fsync" });
    expect(await store.latestSeq(roomId)).toBe(21);
  });

  it("flushes appends still in flight on close", async () => {
    const roomId = await roomWith(0);
    const pending = store.append(roomId, 1, pendingEvent("late"));
    await store.close();
    expect((await pending).status).toBe("appended");
    await open();
    expect(await store.latestSeq(roomId)).toBe(2);
  });

  it("keeps older segments on disk only, and reads them back", async () => {
    await store.close();
    await open({ segmentEvents: 3, checkpointMs: 10 });
    const roomId = await roomWith(9);
    const segments = async () =>
      (await readdir(path.join(dataDir, "rooms", roomId))).filter((f) => f.startsWith("events-"));
    // The checkpoint copies the journaled events into segments of three.
    await vi.waitFor(async () => expect(await segments()).toHaveLength(4));
    await store.saveSnapshot(roomId, { seq: 8, state: { ...emptyRoom(), seq: 8 } });
    expect((await segments()).sort()).toEqual([
      "events-000000000001.jsonl",
      "events-000000000004.jsonl",
      "events-000000000007.jsonl",
      "events-000000000010.jsonl",
    ]);
    const all = await store.readEvents(roomId, 0);
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await store.readEvents(roomId, 2, 4)).map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    // The original of a repeated command comes back from its segment on disk.
    const again = await store.append(roomId, 10, pendingEvent("again", "c2"));
    expect(again).toEqual({ status: "duplicate", event: all[2] });
    expect((await store.append(roomId, 1, pendingEvent("x"))).status).toBe("conflict");
  });

  it("keeps a long room's recent events in memory only, and reads older ones from disk", async () => {
    await store.close();
    await open({ memoryEvents: 5, checkpointMs: 10 });
    const roomId = await roomWith(30);
    // Once the checkpoint has copied them into the segment, older events leave memory.
    await vi.waitFor(() => expect(store.eventsInMemory(roomId)).toBe(5));
    const all = await store.readEvents(roomId, 0);
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect((await store.readEvents(roomId, 10, 3)).map((e) => e.body)).toEqual(
      ["t10", "t11", "t12"].map((text) => pendingEvent(text).body),
    );
    await store.append(roomId, 31, pendingEvent("t31", "c31"));
    expect((await store.readEvents(roomId, 29)).map((e) => e.seq)).toEqual([30, 31, 32]);
  });

  it("remembers command ids for its dedup window of events, and forgets older ones", async () => {
    await store.close();
    await open({ dedupEvents: 10 });
    const roomId = await roomWith(30);
    const recent = await store.append(roomId, 31, pendingEvent("again", "c25"));
    expect(recent.status).toBe("duplicate");
    const forgotten = await store.append(roomId, 31, pendingEvent("again", "c2"));
    expect(forgotten.status).toBe("appended");
  });

  it("never takes another id's hash for a duplicate, and appends a new id once when two retries race", async () => {
    await store.close();
    // One hash for all: only the events themselves tell the ids apart.
    await open({ commandHash: () => 0, dedupEvents: 10, memoryEvents: 2, checkpointMs: 10 });
    const roomId = await roomWith(20);
    const racing = await Promise.all([
      store.append(roomId, null, pendingEvent("racer", "new-id")),
      store.append(roomId, null, pendingEvent("racer", "new-id")),
    ]);
    expect(racing.map((result) => result.status).sort()).toEqual(["appended", "duplicate"]);
    const [first, second] = racing.map((result) => ("event" in result ? result.event : null));
    expect(first).toEqual(second);
    const recent = await store.append(roomId, null, pendingEvent("again", "c15"));
    expect(recent).toMatchObject({ status: "duplicate", event: { seq: 16, commandId: "c15" } });
    expect((await store.append(roomId, null, pendingEvent("old", "c2"))).status).toBe("appended");
    await store.close();
    await open({ commandHash: () => 0, dedupEvents: 10, memoryEvents: 2 });
    const afterLoad = await store.append(roomId, null, pendingEvent("again", "c18"));
    expect(afterLoad).toMatchObject({ status: "duplicate", event: { seq: 19, commandId: "c18" } });
    const events = await store.readEvents(roomId, 0);
    expect(events.filter((event) => event.commandId === "new-id")).toHaveLength(1);
    expect(events).toHaveLength(23);
  });

  it("ignores a snapshot ahead of the log", async () => {
    const roomId = await roomWith(2);
    await store.saveSnapshot(roomId, { seq: 9, state: { ...emptyRoom(), seq: 9 } });
    expect(await store.loadSnapshot(roomId)).toBeNull();
  });

  it("keeps publishing when one listener throws", async () => {
    const roomId = await roomWith(0);
    const seen: number[] = [];
    store.subscribe(roomId, () => {
      throw new Error("listener bug");
    });
    store.subscribe(roomId, (event) => seen.push(event.seq));
    await store.append(roomId, 1, pendingEvent("a"));
    expect(seen).toEqual([2]);
  });

  it("is not ready once closed, and refuses work", async () => {
    expect(await store.isReady()).toBe(true);
    await store.close();
    expect(await store.isReady()).toBe(false);
    await expect(store.latestSeq(newRoomId())).rejects.toThrow("closed");
    await open();
  });
});
