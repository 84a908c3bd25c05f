// The embedded store's journal: group commits across rooms, failures that leave no trace,
// and recovery of what a crash left only in the journal. A "crash" here is a copy of the
// data directory taken while the store runs (every write is synchronous or awaited, so
// the copy holds exactly what a killed process would have left on disk).
import fs from "node:fs";
import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { newRoomId, pendingEvent } from "../contract.ts";
import { createEmbeddedStore, type EmbeddedStore, type EmbeddedStoreOptions } from "./index.ts";

type Options = Omit<EmbeddedStoreOptions, "dataDir">;

describe("embedded store journal", () => {
  let dataDir: string;
  let store: EmbeddedStore;
  const dirs: string[] = [];
  const warnings: string[] = [];
  const note = (_obj: object, msg: string) => warnings.push(msg);
  const logger = { warn: note, error: note };

  const open = async (options: Options = {}, dir = dataDir) => {
    store = await createEmbeddedStore({ dataDir: dir, logger, ...options });
    return store;
  };

  /** A copy of the data directory as a killed process would leave it. */
  const crashCopy = async (): Promise<string> => {
    const copy = await mkdtemp(path.join(tmpdir(), "stackboard-crash-copy-"));
    dirs.push(copy);
    await cp(dataDir, copy, { recursive: true });
    return copy;
  };

  const newRoom = async (): Promise<string> => {
    const roomId = newRoomId();
    await store.createRoom(
      { roomId, createdAt: 1, facilitatorKeyHash: "0".repeat(64) },
      pendingEvent("created"),
    );
    return roomId;
  };

  const segmentLines = async (dir: string, roomId: string): Promise<number[]> => {
    const file = path.join(dir, "rooms", roomId, "events-000000000001.jsonl");
    const text = await readFile(file, "utf8");
    return text
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { seq: number }).seq);
  };

  const journalFiles = (dir: string) => readdir(path.join(dir, "journal"));

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-journal-"));
    dirs.push(dataDir);
    warnings.length = 0;
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await store.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it("writes the appends of one turn, across rooms, in one write", async () => {
    await open();
    const rooms = [await newRoom(), await newRoom(), await newRoom()];
    for (const roomId of rooms) await store.latestSeq(roomId); // loaded: appends need no I/O
    const writes = vi.spyOn(fs, "writeSync");
    const results = await Promise.all(
      rooms.flatMap((roomId) => [
        store.append(roomId, 1, pendingEvent("a", `${roomId}-a`)),
        store.append(roomId, 2, pendingEvent("b", `${roomId}-b`)),
      ]),
    );
    expect(results.map((result) => result.status)).toEqual(Array(6).fill("appended"));
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it("syncs each group once with durability fsync", async () => {
    await open({ durability: "fsync" });
    const rooms = [await newRoom(), await newRoom()];
    for (const roomId of rooms) await store.latestSeq(roomId);
    const syncs = vi.spyOn(fs, "fdatasync");
    await Promise.all(rooms.map((roomId) => store.append(roomId, 1, pendingEvent("a"))));
    expect(syncs).toHaveBeenCalledTimes(1);
  });

  it("refuses an append whose write failed, leaves no trace of it, and takes the retry", async () => {
    await open();
    const roomId = await newRoom();
    await store.append(roomId, 1, pendingEvent("kept", "c-kept"));
    // The failed write got its line into the file before it reported the error.
    const write = fs.writeSync;
    vi.spyOn(fs, "writeSync").mockImplementationOnce((fd: number, data: unknown) => {
      write(fd, data as Buffer);
      throw Object.assign(new Error("EIO: i/o error, write"), { code: "EIO" });
    });
    await expect(store.append(roomId, 2, pendingEvent("lost", "c-lost"))).rejects.toThrow("EIO");
    expect(await store.latestSeq(roomId)).toBe(2);
    const crashed = await crashCopy();

    const retried = await store.append(roomId, 2, pendingEvent("again", "c-lost"));
    expect(retried).toEqual({ status: "appended", event: expect.objectContaining({ seq: 3 }) });

    const before = store;
    await open({}, crashed);
    const events = await store.readEvents(roomId, 0);
    expect(events.map((event) => event.commandId)).toEqual([null, "c-kept"]);
    await store.close();
    store = before;
  });

  it("recovers events that were only in the journal when the process died", async () => {
    await open({ checkpointMs: 3_600_000, segmentEvents: 2 });
    const rooms = [await newRoom(), await newRoom()];
    for (const roomId of rooms) {
      for (let seq = 1; seq <= 4; seq += 1)
        await store.append(roomId, seq, pendingEvent(`t${seq}`));
    }
    const crashed = await crashCopy();
    expect(await segmentLines(crashed, rooms[0] ?? "")).toEqual([1]);

    const before = store;
    await open({ segmentEvents: 2 }, crashed);
    for (const roomId of rooms) {
      expect((await store.readEvents(roomId, 0)).map((event) => event.seq)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      const segments = await readdir(path.join(crashed, "rooms", roomId));
      expect(segments.filter((name) => name.startsWith("events-")).sort()).toEqual([
        "events-000000000001.jsonl",
        "events-000000000003.jsonl",
        "events-000000000005.jsonl",
      ]);
    }
    expect(await journalFiles(crashed)).toHaveLength(1); // the fresh, empty one
    await store.close();
    store = before;
  });

  it("drops a torn journal line, which was never acknowledged", async () => {
    await open({ checkpointMs: 3_600_000 });
    const roomId = await newRoom();
    await store.append(roomId, 1, pendingEvent("kept"));
    const crashed = await crashCopy();
    const [file] = await journalFiles(crashed);
    await appendFile(path.join(crashed, "journal", file ?? ""), `{"room":"${roomId}","eve`);

    const before = store;
    await open({}, crashed);
    expect(await store.latestSeq(roomId)).toBe(2);
    expect(warnings).toContain("cut off a torn journal line");
    await store.close();
    store = before;
  });

  it("keeps the journal while a room's segment cannot be written, and catches up after", async () => {
    await open({ checkpointMs: 10 });
    const roomId = await newRoom();
    expect(await store.latestSeq(roomId)).toBe(1); // loaded before its segment goes away
    const segment = path.join(dataDir, "rooms", roomId, "events-000000000001.jsonl");
    // The segment's path becomes a link to a directory (writes fail), and later, in one
    // rename, a link to the file again: never missing, so that no checkpoint in between
    // creates a fresh file that the restore would then replace.
    await rename(segment, `${segment}.away`);
    await mkdir(`${segment}.dir`);
    await symlink(`${segment}.dir`, segment);
    await store.append(roomId, 1, pendingEvent("a"));
    await store.append(roomId, 2, pendingEvent("b"));
    // Appends go on while the checkpoint fails; the journal keeps what the segment lacks.
    const wait = { timeout: 15_000, interval: 20 };
    await vi.waitFor(async () => expect(warnings).toContain("checkpoint failed"), wait);
    await store.append(roomId, 3, pendingEvent("c"));
    await vi.waitFor(
      async () => expect((await journalFiles(dataDir)).length).toBeGreaterThan(1),
      wait,
    );

    await symlink(`${segment}.away`, `${segment}.link`);
    await rename(`${segment}.link`, segment);
    await vi.waitFor(
      async () => expect(await segmentLines(dataDir, roomId)).toEqual([1, 2, 3, 4]),
      wait,
    );
    await vi.waitFor(async () => expect(await journalFiles(dataDir)).toHaveLength(1), wait);
  });

  it("writes no event twice into a segment after a write that failed half-way", async () => {
    await open({ durability: "fsync", checkpointMs: 10 });
    const roomId = await newRoom();
    expect(await store.latestSeq(roomId)).toBe(1);
    // The checkpoint's lines reach the file, then its fdatasync fails.
    const probe = await fs.promises.open(path.join(dataDir, "probe"), "w");
    const fileHandle = Object.getPrototypeOf(probe) as { datasync(): Promise<void> };
    await probe.close();
    const failed = vi
      .spyOn(fileHandle, "datasync")
      .mockRejectedValueOnce(
        Object.assign(new Error("EIO: i/o error, fdatasync"), { code: "EIO" }),
      );
    await store.append(roomId, 1, pendingEvent("a"));
    await store.append(roomId, 2, pendingEvent("b"));
    await vi.waitFor(() => expect(warnings).toContain("checkpoint failed"), { timeout: 5000 });
    expect(failed).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await journalFiles(dataDir)).toHaveLength(1), {
      timeout: 5000,
      interval: 20,
    });
    expect(await segmentLines(dataDir, roomId)).toEqual([1, 2, 3]);
  });
});
