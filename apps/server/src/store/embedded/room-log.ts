// One loaded room: its log tail in memory, its command ids, and its write path.
//
// Appends are decided synchronously in call order (that alone serialises them: no await
// sits between the checks and the seq assignment), then handed to the node's journal,
// which writes every room's events of one event-loop turn together and tells each room
// when its events are durable; only then are they readable, published and acknowledged.
// The checkpoint later copies them into the room's own segment files (room-segments.ts).
import type { RoomEvent } from "@stackboard/core";
import type { AppendResult, PendingEvent, RoomMeta } from "../types.ts";
import { type CommandIndex, UNKNOWN_COMMAND } from "./command-index.ts";
import type { Journal, JournalEntry } from "./journal.ts";
import { eventJson, type RoomPaths, type Segment } from "./room-files.ts";
import { RoomSegments } from "./room-segments.ts";
import { SerialQueue } from "./serial.ts";

export type Durability = "write" | "fsync";

export interface RoomLogState {
  meta: RoomMeta;
  paths: RoomPaths;
  segments: Segment[];
  /** Events in the last segment (decides when to start the next one). */
  lastSegmentEvents: number;
  /** In-memory events as their logged JSON, contiguous from `tailStart` to the latest seq. */
  tail: string[];
  tailStart: number;
  latestSeq: number;
  commands: CommandIndex;
  tokens: Map<string, string>;
}

export interface RoomLogOptions {
  durability: Durability;
  segmentEvents: number;
  /** Events kept in memory once they are in the segments; older ones are read from disk. */
  memoryEvents: number;
  /** Command ids are remembered for this many of the latest events. */
  dedupEvents: number;
  journal: Journal;
  /** Called for each event once it is durable, in seq order. */
  onDurable(room: RoomLog, event: RoomEvent): void;
}

interface DurabilityWaiter {
  seq: number;
  resolve(): void;
  reject(err: unknown): void;
}

export class RoomLog {
  /** Replaced as a whole when the passphrase changes (after its file was written). */
  meta: RoomMeta;
  readonly paths: RoomPaths;
  /** Snapshot and token writes, kept in order per room and apart from the event path. */
  readonly sideWrites = new SerialQueue();
  lastUsed = Date.now();
  /** Operations in progress; a room in use is never evicted. */
  users = 0;

  private readonly segments: RoomSegments;
  /** Checkpoints of this room, one at a time. */
  private readonly segmentWrites = new SerialQueue();
  /**
   * The latest events as the JSON the journal wrote: one flat string per event, where the
   * objects were seven, so the major GC marks a thousand events per room at the cost of a
   * thousand. Read back only for a catch-up (and written as they are by the checkpoint).
   */
  private tail: string[];
  private tailStart: number;
  private durableSeq: number;
  /** Highest seq handed out, written or not. */
  private assignedSeq: number;
  /** The first durable event not yet in the segments; it and those after it are in `tail`. */
  private unsegmentedFrom: number;
  private readonly waiters: DurabilityWaiter[] = [];
  private readonly commands: CommandIndex;
  private readonly tokens: Map<string, string>;
  private closed: Error | null = null;

  private readonly options: RoomLogOptions;

  constructor(state: RoomLogState, options: RoomLogOptions) {
    this.options = options;
    this.meta = state.meta;
    this.paths = state.paths;
    this.segments = new RoomSegments(
      {
        dir: state.paths.dir,
        segments: state.segments,
        lastSegmentEvents: state.lastSegmentEvents,
        lastSeq: state.latestSeq,
      },
      { segmentEvents: options.segmentEvents, fsync: options.durability === "fsync" },
    );
    this.tail = state.tail;
    this.tailStart = state.tailStart;
    this.durableSeq = state.latestSeq;
    this.assignedSeq = state.latestSeq;
    this.unsegmentedFrom = state.latestSeq + 1;
    this.commands = state.commands;
    this.tokens = state.tokens;
  }

  get roomId(): string {
    return this.meta.roomId;
  }

  get latestSeq(): number {
    return this.durableSeq;
  }

  /** Nothing in use, in flight or waiting for the checkpoint: the room may leave memory. */
  get idle(): boolean {
    return (
      this.users === 0 &&
      this.assignedSeq === this.durableSeq &&
      this.unsegmentedFrom > this.durableSeq &&
      this.sideWrites.idle &&
      this.segmentWrites.idle
    );
  }

  /** Events held in memory: the latest `memoryEvents`, plus any not yet in the segments. */
  get eventsInMemory(): number {
    return this.tail.length;
  }

  /** Events that are durable in the journal but not yet in the room's segments. */
  get needsCheckpoint(): boolean {
    return this.unsegmentedFrom <= this.durableSeq;
  }

  /**
   * The usual append, decided at once: a command id this room surely does not know, at the
   * seq the caller expects (or at the end). Null when `append` must answer instead: the room
   * is closed, the command id may be known (a duplicate, or another id's hash), or the log
   * has moved on (a conflict).
   */
  appendNew(expectedSeq: number | null, pending: PendingEvent): Promise<AppendResult> | null {
    if (this.closed !== null) return null;
    if (pending.commandId !== null && !this.commands.surelyUnknown(pending.commandId)) return null;
    return this.appendAt(expectedSeq, pending);
  }

  /** Appends an event whose command id is not in the window, unless the log moved on. */
  private appendAt(
    expectedSeq: number | null,
    pending: PendingEvent,
  ): Promise<AppendResult> | null {
    if (expectedSeq !== null && expectedSeq !== this.assignedSeq) return null;
    const { at, actorId, commandId, body } = pending;
    this.assignedSeq += 1;
    const event: RoomEvent = { seq: this.assignedSeq, at, actorId, commandId, body };
    if (commandId !== null) this.rememberCommand(commandId, event.seq);
    return new Promise<AppendResult>((resolve, reject) => {
      this.options.journal.add(this.entryFor(event, resolve, reject));
    });
  }

  async append(expectedSeq: number | null, pending: PendingEvent): Promise<AppendResult> {
    for (;;) {
      const appended = this.appendNew(expectedSeq, pending);
      if (appended !== null) return appended;
      if (this.closed !== null) throw this.closed;
      const { commandId } = pending;
      const found = commandId === null ? UNKNOWN_COMMAND : this.commands.lookup(commandId);
      if (commandId !== null && found.kind !== "unknown") {
        await this.durableThrough(found.seq);
        const event = await this.eventAt(found.seq);
        if (found.kind === "exact" || event.commandId === commandId) {
          return { status: "duplicate", event };
        }
        // Another id's hash: this id is new, unless it came while the event was read. That
        // is checked again with no await between the check and the append.
        if (this.closed !== null) throw this.closed;
        const now = this.commands.lookup(commandId);
        if (now.kind !== "maybe" || now.seq !== found.seq) continue;
        const appendedAfterRead = this.appendAt(expectedSeq, pending);
        if (appendedAfterRead !== null) return appendedAfterRead;
      }
      if (expectedSeq !== null && expectedSeq !== this.assignedSeq) {
        // Reported once the events it counts are readable, so the caller can catch up.
        const latestSeq = this.assignedSeq;
        await this.durableThrough(latestSeq);
        return { status: "conflict", latestSeq };
      }
      throw new Error("unreachable: appendNew takes every other append");
    }
  }

  /** Events with seq > afterSeq, at most `limit`; older ones come from their segment files. */
  async readEvents(afterSeq: number, limit = Number.POSITIVE_INFINITY): Promise<RoomEvent[]> {
    const out: RoomEvent[] = [];
    let next = Math.max(0, Math.floor(afterSeq)) + 1;
    while (out.length < limit && next <= this.durableSeq) {
      const want = limit - out.length;
      if (next >= this.tailStart) {
        const from = next - this.tailStart;
        // Our own JSON of events checked when they were appended or loaded.
        for (const json of this.tail.slice(from, from + want)) out.push(JSON.parse(json));
        break;
      }
      const to = Math.min(this.tailStart - 1, next + want - 1);
      // Never beside a checkpoint's write: the last segment may be the one it appends to.
      const older = await this.segmentWrites.run(() => this.segments.read(next, to));
      if (older.length === 0) throw new Error(`Events from seq ${next} missing on disk`);
      for (const event of older) out.push(event);
      next += older.length;
    }
    return out;
  }

  findToken(tokenHash: string): string | null {
    return this.tokens.get(tokenHash) ?? null;
  }

  setToken(tokenHash: string, participantId: string): void {
    this.tokens.set(tokenHash, participantId);
  }

  /** Every token but `participantId`'s, in the order saved; null when it has none. */
  tokensWithout(participantId: string): [string, string][] | null {
    const kept = [...this.tokens].filter(([, owner]) => owner !== participantId);
    return kept.length === this.tokens.size ? null : kept;
  }

  removeTokensOf(participantId: string): void {
    for (const [tokenHash, owner] of this.tokens) {
      if (owner === participantId) this.tokens.delete(tokenHash);
    }
  }

  /** Copies the events durable in the journal into the room's segments. */
  checkpoint(): Promise<void> {
    return this.segmentWrites.run(async () => {
      const from = this.unsegmentedFrom;
      if (from > this.durableSeq) return;
      const first = from - this.tailStart;
      const jsons = this.tail.slice(first, first + this.durableSeq - from + 1);
      try {
        await this.segments.append(from, jsons);
      } finally {
        // What reached the segments (all, or some before a failure) is done with.
        const written = Math.max(0, this.segments.lastSeq + 1 - from);
        this.unsegmentedFrom = from + written;
        this.forgetOldEvents();
      }
    });
  }

  /**
   * Events in the segments leave memory but for the latest `memoryEvents`: a long-lived
   * room's memory does not grow with its history (and the GC does not mark it all again).
   */
  private forgetOldEvents(): void {
    const keepFrom = Math.min(
      this.durableSeq - this.options.memoryEvents + 1,
      this.segments.lastSeq + 1,
    );
    if (keepFrom <= this.tailStart) return;
    this.tail.splice(0, keepFrom - this.tailStart);
    this.tailStart = keepFrom;
  }

  /**
   * Remembers a new command id (`append` found it unknown, and seqs only grow); ids of
   * events older than the dedup window are forgotten.
   */
  private rememberCommand(commandId: string, seq: number): void {
    this.commands.add(commandId, seq);
    if (this.commands.size > this.options.dedupEvents) {
      this.commands.forgetBefore(seq - this.options.dedupEvents + 1);
    }
  }

  /** Waits for what was accepted, checkpoints it, then releases the files. */
  async close(): Promise<void> {
    if (this.closed === null) await this.durableThrough(this.assignedSeq).catch(() => {});
    this.closed ??= new Error("Room log closed");
    await this.checkpoint();
    await this.sideWrites.drain();
    await this.segmentWrites.run(() => this.segments.close());
  }

  private entryFor(
    event: RoomEvent,
    resolve: (result: AppendResult) => void,
    reject: (err: unknown) => void,
  ): JournalEntry {
    const json = eventJson(event);
    return {
      roomId: this.meta.roomId,
      json,
      committed: () => {
        this.tail.push(json);
        this.durableSeq = event.seq;
        this.settleWaiters(null);
        this.options.onDurable(this, event);
        resolve({ status: "appended", event });
      },
      failed: (err) => {
        // Never written: the seq is free again and the command id unknown.
        this.assignedSeq = this.durableSeq;
        if (event.commandId !== null) this.commands.remove(event.commandId, event.seq);
        this.settleWaiters(err);
        reject(err);
      },
    };
  }

  private async eventAt(seq: number): Promise<RoomEvent> {
    const [event] = await this.readEvents(seq - 1, 1);
    if (event?.seq !== seq) throw new Error(`Event ${seq} missing from room ${this.meta.roomId}`);
    return event;
  }

  /** Resolves once every event up to `seq` is written (rejects if that write failed). */
  private durableThrough(seq: number): Promise<void> {
    if (seq <= this.durableSeq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  private settleWaiters(err: unknown): void {
    if (this.waiters.length === 0) return;
    for (let i = this.waiters.length - 1; i >= 0; i -= 1) {
      const waiter = this.waiters[i];
      if (waiter === undefined) continue;
      if (waiter.seq <= this.durableSeq) waiter.resolve();
      else if (err !== null && waiter.seq > this.assignedSeq) waiter.reject(err);
      else continue;
      this.waiters.splice(i, 1);
    }
  }
}
