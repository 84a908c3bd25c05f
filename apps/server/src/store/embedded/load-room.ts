// Reading one room back from its directory: meta, snapshot position, log segments, tokens.
import type { RoomEvent } from "@stackboard/core";
import { type CommandHash, CommandIndex } from "./command-index.ts";
import {
  CorruptLogError,
  eventJson,
  listSegments,
  readJsonLines,
  readMeta,
  readSnapshot,
  roomPaths,
  type Segment,
  toRoomEvent,
} from "./room-files.ts";
import type { RoomLogState } from "./room-log.ts";

export interface LoadWarning {
  file: string;
  tornBytes: number;
}

/**
 * How many of a room's latest events have their command ids remembered for deduplication.
 * A retry comes within minutes, not 10,000 events later; reading every older segment made
 * the first join of a long room grow with its history (1.4 s at 100k events), and keeping
 * every id made a loaded room's memory grow with it.
 */
export const DEDUP_WINDOW_EVENTS = 10_000;

/** What a loaded room keeps in memory: its latest events, and its latest events' command ids. */
export interface MemoryWindows {
  memoryEvents: number;
  dedupEvents: number;
}

/**
 * Loads a room, or null if it does not exist. The segments from the one holding the event
 * after the last snapshot, and those before it that reach into the dedup window, are read;
 * older ones are not (they are read from disk when someone asks for their events). Of what
 * was read, memory keeps the latest `memoryEvents` events and the command ids of the latest
 * `dedupEvents` events. A torn last line is cut off (reported through `warn`); any other
 * damage throws, naming the file and line.
 */
export async function loadRoomState(
  dataDir: string,
  roomId: string,
  warn: (warning: LoadWarning) => void,
  windows: MemoryWindows = { memoryEvents: 1, dedupEvents: DEDUP_WINDOW_EVENTS },
  commandHash?: CommandHash,
): Promise<RoomLogState | null> {
  const paths = roomPaths(dataDir, roomId);
  const meta = await readMeta(paths.meta);
  if (meta === null) return null;
  const snapshotSeq = (await readSnapshot(paths.snapshot))?.seq ?? 0;
  const segments = await listSegments(paths.dir);
  const tailIndex = tailSegmentIndex(segments, snapshotSeq + 1);

  const commands = new CommandIndex(commandHash);
  const events: RoomEvent[] = [];
  let nextSeq = 1;
  let lastSegmentEvents = 0;
  for (const [i, segment] of segments.entries()) {
    const isLast = i === segments.length - 1;
    const lastSeqOfSegment = (segments[i + 1]?.firstSeq ?? Number.POSITIVE_INFINITY) - 1;
    if (i < tailIndex && lastSeqOfSegment < snapshotSeq - windows.dedupEvents) {
      nextSeq = lastSeqOfSegment + 1;
      continue;
    }
    const { lines, tornBytes } = await readJsonLines(segment.file, isLast);
    if (tornBytes > 0) warn({ file: segment.file, tornBytes });
    if (segment.firstSeq !== nextSeq) {
      throw new CorruptLogError(
        segment.file,
        1,
        `segment starts at ${segment.firstSeq}, log at ${nextSeq}`,
      );
    }
    for (const { value, line } of lines) {
      const event = toRoomEvent(value, segment.file, line);
      if (event.seq !== nextSeq) {
        throw new CorruptLogError(segment.file, line, `seq ${event.seq} where ${nextSeq} was due`);
      }
      nextSeq += 1;
      if (event.commandId !== null) commands.add(event.commandId, event.seq);
      events.push(event);
    }
    lastSegmentEvents = lines.length;
  }
  if (nextSeq === 1) throw new Error(`Room ${roomId} has no events in ${paths.dir}`);
  const latestSeq = nextSeq - 1;
  // Everything read is on disk: memory keeps the latest events only (older ones are read
  // back from their segments), and the command ids of the dedup window.
  const tail = events.slice(Math.max(0, events.length - windows.memoryEvents)).map(eventJson);
  commands.forgetBefore(latestSeq - windows.dedupEvents + 1);

  return {
    meta,
    paths,
    segments,
    lastSegmentEvents,
    tail,
    tailStart: latestSeq - tail.length + 1,
    latestSeq,
    commands,
    tokens: await loadTokens(paths.tokens),
  };
}

/** Index of the last segment starting at or before `seq` (0 when there is none). */
function tailSegmentIndex(segments: Segment[], seq: number): number {
  let index = 0;
  for (const [i, segment] of segments.entries()) if (segment.firstSeq <= seq) index = i;
  return index;
}

async function loadTokens(file: string): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  // A torn token line was never acknowledged either; the participant simply joins again.
  const { lines } = await readJsonLines(file, true);
  for (const { value, line } of lines) {
    if (
      typeof value !== "object" ||
      value === null ||
      !("tokenHash" in value) ||
      !("participantId" in value) ||
      typeof value.tokenHash !== "string" ||
      typeof value.participantId !== "string"
    ) {
      throw new CorruptLogError(file, line, "not a token entry");
    }
    tokens.set(value.tokenHash, value.participantId);
  }
  return tokens;
}
