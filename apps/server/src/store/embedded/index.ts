// The embedded engine: each room's log in JSON Lines files under a data directory, so a
// laptop needs nothing installed. One process owns a data directory at a time. New events
// of every room go first into one journal, in group commits (journal.ts); a checkpoint
// copies them into their rooms' segments about once a second and drops the journal files
// it covered; at start-up, whatever a crash left in the journal is copied first.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RoomEvent } from "@stackboard/core";
import {
  type AppendResult,
  DEFAULT_SNAPSHOT_EVERY,
  type Deadline,
  type NewRoomMeta,
  type PendingEvent,
  type RoomMeta,
  type RoomStore,
  type Snapshot,
  type StoreListener,
} from "../types.ts";
import { Checkpoint } from "./checkpoint.ts";
import type { CommandHash } from "./command-index.ts";
import { DeadlineFile } from "./deadlines.ts";
import {
  appendToFile,
  createRoomDir,
  removeUnfinishedRooms,
  writeFileAtomic,
} from "./file-writes.ts";
import { Journal } from "./journal.ts";
import { recoverJournal } from "./journal-recovery.ts";
import { Listeners } from "./listeners.ts";
import { DEDUP_WINDOW_EVENTS, loadRoomState } from "./load-room.ts";
import {
  isValidRoomId,
  metaFile,
  readMeta,
  readSnapshot,
  roomPaths,
  roomsDir,
} from "./room-files.ts";
import { type Durability, RoomLog } from "./room-log.ts";

export { CorruptLogError, isValidRoomId } from "./room-files.ts";
export type { Durability } from "./room-log.ts";

/** Structurally a subset of pino's logger. */
export interface StoreLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Handed on to the room service, which decides when to snapshot (rooms/room-service.ts). */
  snapshotEvery?: number;
  /** Rooms unused this long leave memory; they reload from disk on demand. */
  idleEvictMs?: number;
  /** "write": survives a process crash (the OS has the data). "fsync": also power loss. */
  durability?: Durability;
  /** Events per log segment file; older segments are read from disk only when asked for. */
  segmentEvents?: number;
  /** Recent events each loaded room keeps in memory, besides those not yet in its segments;
   * older ones are read from its segments when asked for (exports, long catch-ups). */
  memoryEvents?: number;
  /** How many of a room's latest events have their command ids remembered, so that a retry
   * is answered as a duplicate; a command id older than that is forgotten. */
  dedupEvents?: number;
  /** How often journaled events are copied into their rooms' segments. */
  checkpointMs?: number;
  /** The hash of command ids in the dedup window (tests force collisions with it). */
  commandHash?: CommandHash;
  logger?: StoreLogger;
}

export interface EmbeddedStore extends RoomStore {
  readonly engine: "embedded";
  readonly snapshotEvery: number;
  /** Rooms currently held in memory (for metrics and tests). */
  loadedRoomIds(): string[];
  /** Events of a room held in memory (0 when it is not loaded; for tests). */
  eventsInMemory(roomId: string): number;
}

const silent: StoreLogger = { warn() {}, error() {} };

export async function createEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  await mkdir(roomsDir(options.dataDir), { recursive: true });
  await removeUnfinishedRooms(options.dataDir);
  const fsync = options.durability === "fsync";
  const lastJournal = await recoverJournal(options.dataDir, {
    fsync,
    segmentEvents: segmentEventsOf(options),
    warn: (warning, message) => (options.logger ?? silent).warn(warning, message),
  });
  const journal = await Journal.open(options.dataDir, fsync, lastJournal);
  const deadlines = await DeadlineFile.open(options.dataDir, fsync);
  return new EmbeddedRoomStore(options, journal, deadlines);
}

const segmentEventsOf = (options: EmbeddedStoreOptions): number =>
  Math.max(1, options.segmentEvents ?? 10_000);

/** Enough for any catch-up by events (rooms/catch-up.ts) to be served from memory. */
export const DEFAULT_MEMORY_EVENTS = 1_000;

class EmbeddedRoomStore implements EmbeddedStore {
  readonly engine = "embedded";
  readonly snapshotEvery: number;
  private readonly dataDir: string;
  private readonly durability: Durability;
  private readonly idleEvictMs: number;
  private readonly segmentEvents: number;
  private readonly memoryEvents: number;
  private readonly dedupEvents: number;
  private readonly commandHash: CommandHash | undefined;
  private readonly logger: StoreLogger;
  private readonly rooms = new Map<string, RoomLog>();
  private readonly loading = new Map<string, Promise<RoomLog | null>>();
  private readonly listeners: Listeners;
  private readonly sweeper: NodeJS.Timeout;
  private readonly journal: Journal;
  private readonly checkpoint: Checkpoint;
  private readonly deadlines: DeadlineFile;
  /** Operations under way; close waits for them, so that it loses nothing acknowledged. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | null = null;

  constructor(options: EmbeddedStoreOptions, journal: Journal, deadlines: DeadlineFile) {
    this.dataDir = options.dataDir;
    this.journal = journal;
    this.deadlines = deadlines;
    this.snapshotEvery = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
    this.durability = options.durability ?? "write";
    this.idleEvictMs = options.idleEvictMs ?? 10 * 60_000;
    this.segmentEvents = segmentEventsOf(options);
    this.memoryEvents = Math.max(1, options.memoryEvents ?? DEFAULT_MEMORY_EVENTS);
    this.dedupEvents = Math.max(1, options.dedupEvents ?? DEDUP_WINDOW_EVENTS);
    this.commandHash = options.commandHash;
    this.logger = options.logger ?? silent;
    this.listeners = new Listeners((roomId, event, err) =>
      this.logger.error({ roomId, seq: event.seq, err }, "store listener threw"),
    );
    const every = Math.max(5, Math.min(60_000, Math.floor(this.idleEvictMs / 2)));
    this.sweeper = setInterval(() => this.evictIdle(), every);
    this.sweeper.unref();
    this.checkpoint = new Checkpoint(journal, this.logger, options.checkpointMs ?? 1000);
  }

  createRoom(meta: NewRoomMeta, created: PendingEvent): Promise<RoomEvent> {
    return this.track(() => this.create(meta, created));
  }

  private async create(meta: NewRoomMeta, created: PendingEvent): Promise<RoomEvent> {
    if (!isValidRoomId(meta.roomId)) throw invalidRoomId(meta.roomId);
    const { at, actorId, commandId, body } = created;
    const event: RoomEvent = { seq: 1, at, actorId, commandId, body };
    const { roomId, createdAt, facilitatorKeyHash } = meta;
    const fsync = this.durability === "fsync";
    const made = await createRoomDir(
      this.dataDir,
      { roomId, createdAt, facilitatorKeyHash },
      event,
      fsync,
    );
    if (!made) throw new Error(`Room ${roomId} already exists`);
    this.listeners.publish(roomId, event);
    return event;
  }

  async getMeta(roomId: string): Promise<RoomMeta | null> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) return null;
    const loaded = this.rooms.get(roomId);
    // Meta alone needs no full load of the room.
    return loaded ? { ...loaded.meta } : readMeta(roomPaths(this.dataDir, roomId).meta);
  }

  setPassphraseHash(roomId: string, passphraseHash: string | null): Promise<void> {
    const syncDir = this.durability === "fsync";
    return this.use(
      roomId,
      (room) =>
        room.sideWrites.run(async () => {
          const meta: RoomMeta = { ...room.meta, passphraseHash };
          // Replaced whole, like the snapshot: a crash leaves the old meta or the new.
          await writeFileAtomic(room.paths.meta, metaFile(meta), syncDir);
          room.meta = meta;
        }),
      unknownRoom,
    );
  }

  append(roomId: string, expectedSeq: number | null, event: PendingEvent): Promise<AppendResult> {
    // The usual append skips `use`'s bookkeeping: the room is loaded, it decides at once,
    // it cannot be evicted before the event is durable (not idle), and its close waits for
    // every event it accepted.
    const room = this.closing === null ? this.rooms.get(roomId) : undefined;
    const appended = room?.appendNew(expectedSeq, event);
    if (room !== undefined && appended) {
      room.lastUsed = Date.now();
      return appended;
    }
    return this.use(roomId, (loaded) => loaded.append(expectedSeq, event), unknownRoom);
  }

  readEvents(roomId: string, afterSeq: number, limit?: number): Promise<RoomEvent[]> {
    return this.use(
      roomId,
      (room) => room.readEvents(afterSeq, limit),
      () => [],
    );
  }

  latestSeq(roomId: string): Promise<number> {
    return this.use(
      roomId,
      async (room) => room.latestSeq,
      () => 0,
    );
  }

  saveSnapshot(roomId: string, snapshot: Snapshot): Promise<void> {
    const syncDir = this.durability === "fsync";
    return this.use(
      roomId,
      (room) =>
        room.sideWrites.run(async () => {
          const data = JSON.stringify({ seq: snapshot.seq, state: snapshot.state });
          await writeFileAtomic(room.paths.snapshot, data, syncDir);
        }),
      unknownRoom,
    );
  }

  loadSnapshot(roomId: string): Promise<Snapshot | null> {
    return this.use(
      roomId,
      async (room) => {
        const snapshot = await room.sideWrites.run(() => readSnapshot(room.paths.snapshot));
        // Only after a power loss in "write" mode can the log end before its snapshot.
        if (snapshot !== null && snapshot.seq > room.latestSeq) {
          this.logger.warn({ roomId, snapshotSeq: snapshot.seq }, "snapshot ahead of log");
          return null;
        }
        return snapshot;
      },
      () => null,
    );
  }

  saveParticipantToken(roomId: string, tokenHash: string, participantId: string): Promise<void> {
    const fsync = this.durability === "fsync";
    return this.use(
      roomId,
      (room) =>
        room.sideWrites.run(async () => {
          const line = `${JSON.stringify({ tokenHash, participantId })}\n`;
          await appendToFile(room.paths.tokens, line, fsync);
          room.setToken(tokenHash, participantId);
        }),
      unknownRoom,
    );
  }

  /** The token file is rewritten without them (atomically), so it holds live passes only. */
  removeParticipantTokens(roomId: string, participantId: string): Promise<void> {
    const sync = this.durability === "fsync";
    return this.use(
      roomId,
      (room) =>
        room.sideWrites.run(async () => {
          const kept = room.tokensWithout(participantId);
          if (kept === null) return;
          const lines = kept.map(
            ([tokenHash, owner]) => `${JSON.stringify({ tokenHash, participantId: owner })}\n`,
          );
          await writeFileAtomic(room.paths.tokens, lines.join(""), sync);
          room.removeTokensOf(participantId);
        }),
      () => undefined,
    );
  }

  findParticipantByToken(roomId: string, tokenHash: string): Promise<string | null> {
    return this.use(
      roomId,
      async (room) => room.findToken(tokenHash),
      () => null,
    );
  }

  subscribe(roomId: string, listener: StoreListener): () => void {
    this.assertOpen();
    return this.listeners.add(roomId, listener);
  }

  setDeadline(roomId: string, key: string, at: number | null): Promise<void> {
    return this.track(async () => {
      if (!isValidRoomId(roomId)) throw invalidRoomId(roomId);
      await this.deadlines.set(roomId, key, at);
    });
  }

  async dueDeadlines(until: number, limit: number): Promise<Deadline[]> {
    this.assertOpen();
    return this.deadlines.due(until, limit);
  }

  async listRooms(): Promise<string[]> {
    this.assertOpen();
    const entries = await readdir(roomsDir(this.dataDir), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && isValidRoomId(e.name)).map((e) => e.name);
  }

  async isReady(): Promise<boolean> {
    if (this.closing !== null) return false;
    const probe = path.join(this.dataDir, `.ready-${randomBytes(6).toString("hex")}`);
    try {
      await writeFile(probe, "ok");
      await rm(probe, { force: true });
      return true;
    } catch {
      return false;
    }
  }

  loadedRoomIds(): string[] {
    return [...this.rooms.keys()];
  }

  eventsInMemory(roomId: string): number {
    return this.rooms.get(roomId)?.eventsInMemory ?? 0;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      clearInterval(this.sweeper);
      await Promise.allSettled(this.inFlight);
      await this.checkpoint.stop();
      // Each room checkpoints what it has before it lets go of its files.
      const closed = await Promise.allSettled([...this.rooms.values()].map((r) => r.close()));
      const files = await this.journal.close();
      // A room that could not write its segments keeps its events in the journal for next time.
      if (closed.every((result) => result.status === "fulfilled")) {
        for (const file of files) await rm(file, { force: true });
      }
      this.rooms.clear();
      this.listeners.clear();
    })();
    return this.closing;
  }

  /** Runs `fn` on the loaded room, or answers `missing` for an unknown or invalid id. */
  private use<T>(
    roomId: string,
    fn: (room: RoomLog) => Promise<T>,
    missing: (roomId: string) => T,
  ): Promise<T> {
    return this.track(() => this.useLoaded(roomId, fn, missing));
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing !== null) return Promise.reject(new Error("Embedded store is closed"));
    const running = work();
    this.inFlight.add(running);
    const forget = () => this.inFlight.delete(running);
    running.then(forget, forget);
    return running;
  }

  private async useLoaded<T>(
    roomId: string,
    fn: (room: RoomLog) => Promise<T>,
    missing: (roomId: string) => T,
  ): Promise<T> {
    if (!isValidRoomId(roomId)) return missing(roomId);
    const room = this.rooms.get(roomId) ?? (await this.load(roomId));
    if (room === null) return missing(roomId);
    room.users += 1;
    try {
      return await fn(room);
    } finally {
      room.users -= 1;
      room.lastUsed = Date.now();
    }
  }

  private load(roomId: string): Promise<RoomLog | null> {
    const inProgress = this.loading.get(roomId);
    if (inProgress) return inProgress;
    const loading = this.readRoom(roomId).finally(() => this.loading.delete(roomId));
    this.loading.set(roomId, loading);
    return loading;
  }

  private async readRoom(roomId: string): Promise<RoomLog | null> {
    const state = await loadRoomState(
      this.dataDir,
      roomId,
      (warning) =>
        this.logger.warn({ roomId, ...warning }, "cut off a torn last line left by a crash"),
      { memoryEvents: this.memoryEvents, dedupEvents: this.dedupEvents },
      this.commandHash,
    );
    if (state === null) return null;
    const room: RoomLog = new RoomLog(state, {
      durability: this.durability,
      segmentEvents: this.segmentEvents,
      memoryEvents: this.memoryEvents,
      dedupEvents: this.dedupEvents,
      journal: this.journal,
      onDurable: (log, event) => {
        this.checkpoint.note(log);
        this.listeners.publish(roomId, event);
      },
    });
    this.rooms.set(roomId, room);
    return room;
  }

  private evictIdle(): void {
    const cutoff = Date.now() - this.idleEvictMs;
    for (const [roomId, room] of this.rooms) {
      if (room.idle && room.lastUsed <= cutoff) this.retire(roomId, room);
    }
  }

  /** Drops a room from memory; close still waits for its file to be released. */
  private retire(roomId: string, room: RoomLog): void {
    this.rooms.delete(roomId);
    const closed = room.close().catch((err: unknown) => {
      this.logger.error({ roomId, err }, "closing a room log failed");
    });
    this.inFlight.add(closed);
    void closed.finally(() => this.inFlight.delete(closed));
  }

  private assertOpen(): void {
    if (this.closing !== null) throw new Error("Embedded store is closed");
  }
}

function invalidRoomId(roomId: string): Error {
  return new Error(`Invalid room id ${JSON.stringify(roomId)}: expected 22-64 of [A-Za-z0-9_-]`);
}

function unknownRoom(roomId: string): never {
  if (!isValidRoomId(roomId)) throw invalidRoomId(roomId);
  throw new Error(`Unknown room ${roomId}`);
}
