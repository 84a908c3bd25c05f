// At start-up, before any room is served: events that a crash left only in the journal
// are copied into their rooms' segments, then the journal files are removed. A torn last
// line of a journal file was a write the crash cut short: never acknowledged, dropped.
import { rm } from "node:fs/promises";
import type { RoomEvent } from "@stackboard/core";
import { listJournalFiles } from "./journal.ts";
import { type LoadWarning, loadRoomState } from "./load-room.ts";
import {
  CorruptLogError,
  eventJson,
  isValidRoomId,
  readJsonLines,
  toRoomEvent,
} from "./room-files.ts";
import { RoomSegments } from "./room-segments.ts";

export interface RecoveryOptions {
  fsync: boolean;
  segmentEvents: number;
  warn(warning: object, message: string): void;
}

interface Journaled {
  event: RoomEvent;
  file: string;
  line: number;
}

/** Replays the journal into the segments; returns the highest journal file number seen. */
export async function recoverJournal(dataDir: string, options: RecoveryOptions): Promise<number> {
  const files = await listJournalFiles(dataDir);
  const byRoom = new Map<string, Journaled[]>();
  for (const file of files) {
    const { lines, tornBytes } = await readJsonLines(file, true);
    if (tornBytes > 0) options.warn({ file, tornBytes }, "cut off a torn journal line");
    for (const { value, line } of lines) {
      const { room, event } = (value ?? {}) as { room?: unknown; event?: unknown };
      if (!isValidRoomId(room)) throw new CorruptLogError(file, line, "bad room id");
      const entries = byRoom.get(room) ?? [];
      entries.push({ event: toRoomEvent(event, file, line), file, line });
      byRoom.set(room, entries);
    }
  }
  for (const [roomId, entries] of byRoom) await replay(dataDir, roomId, entries, options);
  for (const file of files) await rm(file, { force: true });
  return Math.max(0, ...files.map((file) => Number(/(\d+)\.jsonl$/.exec(file)?.[1] ?? 0)));
}

async function replay(
  dataDir: string,
  roomId: string,
  entries: readonly Journaled[],
  options: RecoveryOptions,
): Promise<void> {
  const state = await loadRoomState(dataDir, roomId, (warning: LoadWarning) =>
    options.warn({ roomId, ...warning }, "cut off a torn last line left by a crash"),
  );
  if (state === null) {
    options.warn({ roomId, events: entries.length }, "journal names a room that does not exist");
    return;
  }
  const jsons: string[] = [];
  let next = state.latestSeq + 1;
  for (const { event, file, line } of entries) {
    // Already copied by a checkpoint before the crash.
    if (event.seq < next) continue;
    if (event.seq !== next) {
      throw new CorruptLogError(file, line, `seq ${event.seq} where ${next} was due`);
    }
    jsons.push(eventJson(event));
    next += 1;
  }
  if (jsons.length === 0) return;
  const segments = new RoomSegments(
    {
      dir: state.paths.dir,
      segments: state.segments,
      lastSegmentEvents: state.lastSegmentEvents,
      lastSeq: state.latestSeq,
    },
    { segmentEvents: options.segmentEvents, fsync: options.fsync },
  );
  try {
    await segments.append(state.latestSeq + 1, jsons);
  } finally {
    await segments.close();
  }
}
