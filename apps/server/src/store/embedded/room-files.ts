// The embedded engine's on-disk layout, and reading it back.
//
//   <dataDir>/rooms/<roomId>/meta.json                 RoomMeta
//   <dataDir>/rooms/<roomId>/events-<firstSeq>.jsonl   log segments, one RoomEvent a line
//   <dataDir>/rooms/<roomId>/tokens.jsonl              { tokenHash, participantId } a line
//   <dataDir>/rooms/<roomId>/snapshot.json             the last Snapshot saved
import { readdir, readFile, truncate } from "node:fs/promises";
import path from "node:path";
import { isRoomId } from "@stackboard/contracts";
import type { RoomEvent } from "@stackboard/core";
import type { RoomMeta, Snapshot } from "../types.ts";

/** Checked before any path is built from a room id, so an id can never escape the data dir:
 * the wire's one rule (`RoomIdSchema`). */
export const isValidRoomId = isRoomId;

export function roomsDir(dataDir: string): string {
  return path.join(dataDir, "rooms");
}

export interface RoomPaths {
  dir: string;
  meta: string;
  tokens: string;
  snapshot: string;
}

export function roomPaths(dataDir: string, roomId: string): RoomPaths {
  if (!isValidRoomId(roomId)) throw new Error(`Invalid room id: ${JSON.stringify(roomId)}`);
  const dir = path.join(roomsDir(dataDir), roomId);
  return {
    dir,
    meta: path.join(dir, "meta.json"),
    tokens: path.join(dir, "tokens.jsonl"),
    snapshot: path.join(dir, "snapshot.json"),
  };
}

export interface Segment {
  firstSeq: number;
  file: string;
}

const SEGMENT = /^events-(\d{12})\.jsonl$/;

export function segmentFile(dir: string, firstSeq: number): string {
  // Zero-padded so that a plain directory listing sorts segments in log order.
  return path.join(dir, `events-${String(firstSeq).padStart(12, "0")}.jsonl`);
}

export async function listSegments(dir: string): Promise<Segment[]> {
  const segments: Segment[] = [];
  for (const name of await readdir(dir)) {
    const match = SEGMENT.exec(name);
    if (match?.[1] !== undefined) {
      segments.push({ firstSeq: Number(match[1]), file: path.join(dir, name) });
    }
  }
  return segments.sort((a, b) => a.firstSeq - b.firstSeq);
}

/** A line of a log file that cannot be read back: the data dir needs a human. */
export class CorruptLogError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, reason: string) {
    super(`Corrupt store file ${file}, line ${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.name = "CorruptLogError";
  }
}

export interface JsonLine {
  value: unknown;
  line: number;
}

/**
 * Reads a JSON Lines file (missing file: no lines). A last line without its newline is a
 * write that a crash cut short; it was never acknowledged, so with `repair` it is cut off
 * the file (later appends must not glue onto it). Any other unreadable line is an error.
 */
export async function readJsonLines(
  file: string,
  repair: boolean,
): Promise<{ lines: JsonLine[]; tornBytes: number }> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    if (isErrno(err, "ENOENT")) return { lines: [], tornBytes: 0 };
    throw err;
  }
  const end = buf.lastIndexOf(0x0a) + 1;
  const tornBytes = buf.length - end;
  if (tornBytes > 0) {
    if (!repair) throw new CorruptLogError(file, countLines(buf, end) + 1, "unterminated line");
    await truncate(file, end);
  }
  const lines: JsonLine[] = [];
  const text = buf.subarray(0, end).toString("utf8");
  let start = 0;
  let line = 0;
  while (start < text.length) {
    const stop = text.indexOf("\n", start);
    line += 1;
    const raw = text.slice(start, stop);
    start = stop + 1;
    try {
      lines.push({ value: JSON.parse(raw), line });
    } catch (err) {
      throw new CorruptLogError(file, line, err instanceof Error ? err.message : String(err));
    }
  }
  return { lines, tornBytes };
}

function countLines(buf: Buffer, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a); i !== -1 && i < end; i = buf.indexOf(0x0a, i + 1)) n += 1;
  return n;
}

/** Checks the shape of a logged event (not its body: the store does not judge bodies). */
export function toRoomEvent(value: unknown, file: string, line: number): RoomEvent {
  const fail = (reason: string): never => {
    throw new CorruptLogError(file, line, reason);
  };
  if (!isRecord(value)) return fail("not an object");
  const { seq, at, actorId, commandId, body } = value;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1) return fail("bad seq");
  if (typeof at !== "number") return fail("bad at");
  if (actorId !== null && typeof actorId !== "string") return fail("bad actorId");
  if (commandId !== null && typeof commandId !== "string") return fail("bad commandId");
  if (!isRecord(body) || typeof body.type !== "string") return fail("bad body");
  return value as unknown as RoomEvent;
}

/** The event as it is logged: one JSON text, no newline. */
export function eventJson(event: RoomEvent): string {
  // Rebuilt field by field so that stray properties of a caller's object never reach disk.
  const { seq, at, actorId, commandId, body } = event;
  return JSON.stringify({ seq, at, actorId, commandId, body });
}

export function eventLine(event: RoomEvent): string {
  return `${eventJson(event)}\n`;
}

export async function readMeta(file: string): Promise<RoomMeta | null> {
  const value = await readJson(file);
  if (value === null) return null;
  if (
    !isRecord(value) ||
    typeof value.roomId !== "string" ||
    typeof value.createdAt !== "number" ||
    typeof value.facilitatorKeyHash !== "string" ||
    (value.passphraseHash !== undefined &&
      value.passphraseHash !== null &&
      typeof value.passphraseHash !== "string")
  ) {
    throw new Error(`Corrupt store file ${file}: not a room meta`);
  }
  return {
    roomId: value.roomId,
    createdAt: value.createdAt,
    facilitatorKeyHash: value.facilitatorKeyHash,
    // Meta written before passphrases existed has no field: no passphrase.
    passphraseHash: value.passphraseHash ?? null,
  };
}

export function metaFile(meta: RoomMeta): string {
  // Rebuilt field by field so that stray properties of a caller's object never reach disk.
  const { roomId, createdAt, facilitatorKeyHash, passphraseHash } = meta;
  return `${JSON.stringify({ roomId, createdAt, facilitatorKeyHash, passphraseHash })}\n`;
}

export async function readSnapshot(file: string): Promise<Snapshot | null> {
  const value = await readJson(file);
  if (value === null) return null;
  if (!isRecord(value) || typeof value.seq !== "number" || !isRecord(value.state)) {
    throw new Error(`Corrupt store file ${file}: not a snapshot`);
  }
  return value as unknown as Snapshot;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (isErrno(err, "ENOENT")) return null;
    throw err;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`Corrupt store file ${file}: ${err instanceof Error ? err.message : err}`);
  }
}

export function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
