// One room's log segments on disk: `events-<firstSeq>.jsonl`, `segmentEvents` lines each.
// The checkpoint appends the room's journaled events here in bulk (one write per segment
// touched, one fdatasync with DURABILITY=fsync); a write that fails is repaired from the
// file itself before the next one, so that no torn line is ever followed by another.
import { type FileHandle, open } from "node:fs/promises";
import type { RoomEvent } from "@stackboard/core";
import { fsyncDir, writeAll } from "./file-writes.ts";
import { readJsonLines, type Segment, segmentFile, toRoomEvent } from "./room-files.ts";

export interface RoomSegmentsState {
  dir: string;
  segments: Segment[];
  /** Events in the last segment. */
  lastSegmentEvents: number;
  /** Seq of the last event on disk. */
  lastSeq: number;
}

export class RoomSegments {
  /** Seq of the last event written to the segments. */
  lastSeq: number;
  private readonly dir: string;
  private readonly segments: Segment[];
  private lastSegmentEvents: number;
  private file: FileHandle | null = null;
  /** A write failed: the last segment must be read back before the next write. */
  private damaged = false;
  private readonly segmentEvents: number;
  private readonly fsync: boolean;

  constructor(state: RoomSegmentsState, options: { segmentEvents: number; fsync: boolean }) {
    this.dir = state.dir;
    this.segments = state.segments;
    this.lastSegmentEvents = state.lastSegmentEvents;
    this.lastSeq = state.lastSeq;
    this.segmentEvents = options.segmentEvents;
    this.fsync = options.fsync;
  }

  /**
   * Appends the events `firstSeq …` given as JSON texts, from `lastSeq + 1` on: those
   * already in the segments (a write that failed after some of its lines) are skipped.
   * Callers serialise calls; on failure `lastSeq` says how far the segments really got.
   */
  async append(firstSeq: number, jsons: readonly string[]): Promise<void> {
    if (this.damaged) await this.repair();
    if (firstSeq > this.lastSeq + 1) {
      throw new Error(`Segment gap: seq ${firstSeq} after ${this.lastSeq} in ${this.dir}`);
    }
    let next = this.lastSeq + 1 - firstSeq;
    while (next < jsons.length) {
      if (this.file === null || this.lastSegmentEvents >= this.segmentEvents) {
        await this.openSegment(this.lastSeq + 1);
      }
      const file = this.file;
      if (file === null) throw new Error("No open log segment");
      const room = Math.max(1, this.segmentEvents - this.lastSegmentEvents);
      const chunk = jsons.slice(next, next + room);
      try {
        await writeAll(file, Buffer.from(`${chunk.join("\n")}\n`));
        if (this.fsync) await file.datasync();
      } catch (err) {
        this.damaged = true;
        throw err;
      }
      next += chunk.length;
      this.lastSeq += chunk.length;
      this.lastSegmentEvents += chunk.length;
    }
  }

  /** Events `from`..`to` (inclusive) from the segments on disk. */
  async read(from: number, to: number): Promise<RoomEvent[]> {
    const out: RoomEvent[] = [];
    for (const [i, segment] of this.segments.entries()) {
      const end = (this.segments[i + 1]?.firstSeq ?? Number.POSITIVE_INFINITY) - 1;
      if (end < from || segment.firstSeq > to) continue;
      // Only whole segments are read here: the last one's writer never runs at the same time
      // on lines this range asks for (they are in memory until written).
      const { lines } = await readJsonLines(segment.file, false);
      for (const { value, line } of lines) {
        const event = toRoomEvent(value, segment.file, line);
        if (event.seq >= from && event.seq <= to) out.push(event);
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await this.file?.close();
    this.file = null;
  }

  /** Opens the last segment for appending, or starts the next one when it is full. */
  private async openSegment(nextSeq: number): Promise<void> {
    const last = this.segments.at(-1);
    const roll = last === undefined || this.lastSegmentEvents >= this.segmentEvents;
    await this.file?.close();
    this.file = null;
    if (!roll) {
      this.file = await open(last.file, "a");
      return;
    }
    const segment = { firstSeq: nextSeq, file: segmentFile(this.dir, nextSeq) };
    this.file = await open(segment.file, "a");
    if (this.fsync) await fsyncDir(this.dir);
    this.segments.push(segment);
    this.lastSegmentEvents = 0;
  }

  /** After a failed write: cut a torn line off the last segment and count what it holds. */
  private async repair(): Promise<void> {
    await this.file?.close().catch(() => undefined);
    this.file = null;
    const last = this.segments.at(-1);
    if (last !== undefined) {
      const { lines } = await readJsonLines(last.file, true);
      this.lastSegmentEvents = lines.length;
      this.lastSeq = last.firstSeq + lines.length - 1;
    }
    this.damaged = false;
  }
}
