// One loaded room: its log tail in memory, its command ids, and its write path.
//
// Appends are decided synchronously in call order (that alone serialises them: no await
// sits between the checks and the seq assignment), then written in batches: every append
// that arrives while the file is busy, or in the same tick, shares one write (and one
// fdatasync) and resolves after it. Events become readable, and are published, only once
// written.
import { type FileHandle, open } from "node:fs/promises";
import type { RoomEvent } from "@stackboard/core";
import type { AppendResult, PendingEvent, RoomMeta } from "../types.ts";
import { fsyncDir, writeAll } from "./file-writes.ts";
import {
  eventLine,
  type RoomPaths,
  readJsonLines,
  type Segment,
  segmentFile,
  toRoomEvent,
} from "./room-files.ts";
import { type Deferred, deferred, SerialQueue } from "./serial.ts";

export type Durability = "write" | "fsync";

export interface RoomLogState {
  meta: RoomMeta;
  paths: RoomPaths;
  segments: Segment[];
  /** Events in the last segment (decides when to start the next one). */
  lastSegmentEvents: number;
  /** In-memory events, contiguous from `tailStart` to the latest seq. */
  tail: RoomEvent[];
  tailStart: number;
  latestSeq: number;
  commandSeqs: Map<string, number>;
  tokens: Map<string, string>;
}

export interface RoomLogOptions {
  durability: Durability;
  segmentEvents: number;
  /** Called after each write with its events, in seq order. */
  onDurable(events: RoomEvent[]): void;
  /** Called once when a write fails: the room must be reloaded from disk. */
  onBroken(err: unknown): void;
}

interface Batch {
  events: RoomEvent[];
  done: Deferred;
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

  private readonly segments: Segment[];
  private lastSegmentEvents: number;
  private tail: RoomEvent[];
  private tailStart: number;
  private durableSeq: number;
  /** Highest seq handed out, written or not. */
  private assignedSeq: number;
  private readonly commandSeqs: Map<string, number>;
  private readonly tokens: Map<string, string>;
  private file: FileHandle | null = null;
  private pending: Batch | null = null;
  private inflight: Batch | null = null;
  private writing = false;
  private broken: unknown = null;

  private readonly options: RoomLogOptions;

  constructor(state: RoomLogState, options: RoomLogOptions) {
    this.options = options;
    this.meta = state.meta;
    this.paths = state.paths;
    this.segments = state.segments;
    this.lastSegmentEvents = state.lastSegmentEvents;
    this.tail = state.tail;
    this.tailStart = state.tailStart;
    this.durableSeq = state.latestSeq;
    this.assignedSeq = state.latestSeq;
    this.commandSeqs = state.commandSeqs;
    this.tokens = state.tokens;
  }

  get latestSeq(): number {
    return this.durableSeq;
  }

  get idle(): boolean {
    return this.users === 0 && !this.writing && this.pending === null && this.sideWrites.idle;
  }

  async append(expectedSeq: number | null, pending: PendingEvent): Promise<AppendResult> {
    if (this.broken !== null) throw this.broken;
    if (pending.commandId !== null) {
      const seq = this.commandSeqs.get(pending.commandId);
      if (seq !== undefined) {
        await this.durableThrough(seq);
        return { status: "duplicate", event: await this.eventAt(seq) };
      }
    }
    if (expectedSeq !== null && expectedSeq !== this.assignedSeq) {
      // Reported once the events it counts are readable, so the caller can catch up.
      const latestSeq = this.assignedSeq;
      await this.durableThrough(latestSeq);
      return { status: "conflict", latestSeq };
    }
    const { at, actorId, commandId, body } = pending;
    this.assignedSeq += 1;
    const event: RoomEvent = { seq: this.assignedSeq, at, actorId, commandId, body };
    if (commandId !== null) this.commandSeqs.set(commandId, event.seq);
    await this.enqueue(event).done.promise;
    return { status: "appended", event };
  }

  /** Events with seq > afterSeq, at most `limit`; older ones come from their segment files. */
  async readEvents(afterSeq: number, limit = Number.POSITIVE_INFINITY): Promise<RoomEvent[]> {
    const out: RoomEvent[] = [];
    let next = Math.max(0, Math.floor(afterSeq)) + 1;
    while (out.length < limit && next <= this.durableSeq) {
      const want = limit - out.length;
      if (next >= this.tailStart) {
        const from = next - this.tailStart;
        for (const event of this.tail.slice(from, from + want)) out.push(event);
        break;
      }
      const older = await this.readFromDisk(next, Math.min(this.tailStart - 1, next + want - 1));
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

  /**
   * A snapshot at `seq` was saved: events in segments wholly before it leave memory (they
   * stay on disk), which bounds a long-lived room's memory by the snapshot interval.
   */
  forgetBefore(seq: number): void {
    let start = this.tailStart;
    for (const segment of this.segments) {
      if (segment.firstSeq <= seq + 1) start = Math.max(start, segment.firstSeq);
    }
    if (start <= this.tailStart) return;
    this.tail = this.tail.slice(start - this.tailStart);
    this.tailStart = start;
  }

  /** Writes everything accepted so far, then releases the file. */
  async close(): Promise<void> {
    if (this.broken === null) await this.durableThrough(this.assignedSeq).catch(() => {});
    await this.sideWrites.drain();
    await this.file?.close();
    this.file = null;
    this.broken ??= new Error("Room log closed");
  }

  private async eventAt(seq: number): Promise<RoomEvent> {
    const [event] = await this.readEvents(seq - 1, 1);
    if (event?.seq !== seq) throw new Error(`Event ${seq} missing from room ${this.meta.roomId}`);
    return event;
  }

  /** Resolves once every event up to `seq` is written (rejects if that write failed). */
  private durableThrough(seq: number): Promise<void> {
    if (seq <= this.durableSeq) return Promise.resolve();
    const inflight = this.inflight;
    const lastInflight = inflight?.events.at(-1)?.seq ?? 0;
    if (inflight !== null && seq <= lastInflight) return inflight.done.promise;
    if (this.pending !== null) return this.pending.done.promise;
    return Promise.reject(this.broken ?? new Error(`Event ${seq} was never queued`));
  }

  private enqueue(event: RoomEvent): Batch {
    if (this.pending === null) {
      this.pending = { events: [], done: deferred() };
      // Waiting one macrotask lets the appends of this tick join the same write.
      if (!this.writing) setImmediate(() => void this.drain());
    }
    this.pending.events.push(event);
    return this.pending;
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.pending !== null && this.broken === null) {
        const batch = this.pending;
        this.pending = null;
        this.inflight = batch;
        try {
          await this.write(batch.events);
        } catch (err) {
          this.fail(err, batch);
          return;
        }
        this.inflight = null;
        for (const event of batch.events) this.tail.push(event);
        this.durableSeq = batch.events.at(-1)?.seq ?? this.durableSeq;
        this.options.onDurable(batch.events);
        batch.done.resolve();
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(events: RoomEvent[]): Promise<void> {
    const first = events[0];
    if (first === undefined) return;
    const fsync = this.options.durability === "fsync";
    if (this.file === null || this.lastSegmentEvents >= this.options.segmentEvents) {
      await this.openSegment(first.seq, fsync);
    }
    const file = this.file;
    if (file === null) throw new Error("No open log segment");
    await writeAll(file, Buffer.from(events.map(eventLine).join("")));
    if (fsync) await file.datasync();
    this.lastSegmentEvents += events.length;
  }

  /** Opens the last segment for appending, or starts the next one when it is full. */
  private async openSegment(nextSeq: number, fsync: boolean): Promise<void> {
    const last = this.segments.at(-1);
    const roll = last === undefined || this.lastSegmentEvents >= this.options.segmentEvents;
    await this.file?.close();
    this.file = null;
    if (!roll) {
      this.file = await open(last.file, "a");
      return;
    }
    const segment = { firstSeq: nextSeq, file: segmentFile(this.paths.dir, nextSeq) };
    this.file = await open(segment.file, "a");
    if (fsync) await fsyncDir(this.paths.dir);
    this.segments.push(segment);
    this.lastSegmentEvents = 0;
  }

  /** A failed write leaves the file in doubt: refuse further work; the store reloads. */
  private fail(err: unknown, batch: Batch): void {
    this.broken = err;
    this.inflight = null;
    batch.done.reject(err);
    this.pending?.done.reject(err);
    this.pending = null;
    this.options.onBroken(err);
  }

  private async readFromDisk(from: number, to: number): Promise<RoomEvent[]> {
    const out: RoomEvent[] = [];
    for (const [i, segment] of this.segments.entries()) {
      const end = (this.segments[i + 1]?.firstSeq ?? Number.POSITIVE_INFINITY) - 1;
      if (end < from || segment.firstSeq > to) continue;
      // Segments before the tail are closed: no writer touches them any more.
      const { lines } = await readJsonLines(segment.file, false);
      for (const { value, line } of lines) {
        const event = toRoomEvent(value, segment.file, line);
        if (event.seq >= from && event.seq <= to) out.push(event);
      }
    }
    return out;
  }
}
