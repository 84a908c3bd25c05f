// Reading one room back from its directory: meta, snapshot position, log segments, tokens.
import type { RoomEvent } from "@stackboard/core";
import {
  CorruptLogError,
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
 * How far back before the snapshot command ids are remembered for deduplication. A retry
 * comes within minutes, not 10,000 events later; reading every older segment made the first
 * join of a long room grow with its history (1.4 s at 100k events).
 */
export const DEDUP_WINDOW_EVENTS = 10_000;

/**
 * Loads a room, or null if it does not exist. Events from the segment holding the one
 * after the last snapshot onward stay in memory; the segments before it that reach into
 * the dedup window are only scanned for their command ids; older ones are not read (they
 * are read from disk when someone asks for their events). A torn last line is cut off
 * (reported through `warn`); any other damage throws, naming the file and line.
 */
export async function loadRoomState(
  dataDir: string,
  roomId: string,
  warn: (warning: LoadWarning) => void,
): Promise<RoomLogState | null> {
  const paths = roomPaths(dataDir, roomId);
  const meta = await readMeta(paths.meta);
  if (meta === null) return null;
  const snapshotSeq = (await readSnapshot(paths.snapshot))?.seq ?? 0;
  const segments = await listSegments(paths.dir);
  const tailIndex = tailSegmentIndex(segments, snapshotSeq + 1);

  const commandSeqs = new Map<string, number>();
  const tail: RoomEvent[] = [];
  let nextSeq = 1;
  let lastSegmentEvents = 0;
  for (const [i, segment] of segments.entries()) {
    const isLast = i === segments.length - 1;
    const lastSeqOfSegment = (segments[i + 1]?.firstSeq ?? Number.POSITIVE_INFINITY) - 1;
    if (i < tailIndex && lastSeqOfSegment < snapshotSeq - DEDUP_WINDOW_EVENTS) {
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
      if (event.commandId !== null) commandSeqs.set(event.commandId, event.seq);
      if (i >= tailIndex) tail.push(event);
    }
    lastSegmentEvents = lines.length;
  }
  if (nextSeq === 1) throw new Error(`Room ${roomId} has no events in ${paths.dir}`);

  return {
    meta,
    paths,
    segments,
    lastSegmentEvents,
    tail,
    tailStart: segments[tailIndex]?.firstSeq ?? nextSeq,
    latestSeq: nextSeq - 1,
    commandSeqs,
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
