// How events, metadata and snapshots look inside Redis: JSON strings and hash fields.
// Values are read back with a shape check rather than trusted blindly, so a foreign or
// damaged key fails loudly at the store instead of deep inside the reducer.
import type { RoomEvent, RoomState } from "@stackboard/core";
import type { RoomMeta, Snapshot } from "../types.ts";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function decodeEvent(json: string): RoomEvent {
  const value: unknown = JSON.parse(json);
  if (
    !isObject(value) ||
    !Number.isSafeInteger(value.seq) ||
    typeof value.at !== "number" ||
    !isObject(value.body) ||
    typeof value.body.type !== "string"
  ) {
    throw new Error(`Malformed event in a Redis room log: ${json.slice(0, 120)}`);
  }
  // Written by encodeEvent from a RoomEvent; the check above guards against foreign data.
  return value as unknown as RoomEvent;
}

/** One XRANGE entry, `[id, [field, value, ...]]`: the event is the value of field `e`. */
export function decodeEntry(entry: [id: string, fields: string[]]): RoomEvent {
  const [id, fields] = entry;
  const at = fields.indexOf("e");
  const json = at >= 0 ? fields[at + 1] : undefined;
  if (json === undefined) throw new Error(`Redis log entry ${id} has no event`);
  return decodeEvent(json);
}

export function decodeMeta(fields: Record<string, string>): RoomMeta | null {
  const { roomId, createdAt, facilitatorKeyHash, passphraseHash } = fields;
  if (roomId === undefined || createdAt === undefined || facilitatorKeyHash === undefined) {
    return null;
  }
  // No field (no passphrase, or meta written before passphrases existed): null.
  return {
    roomId,
    createdAt: Number(createdAt),
    facilitatorKeyHash,
    passphraseHash: passphraseHash ?? null,
  };
}

export function decodeSnapshot(seq: string | null, state: string | null): Snapshot | null {
  if (seq === null || state === null) return null;
  const parsed: unknown = JSON.parse(state);
  if (!isObject(parsed)) throw new Error("Malformed snapshot in Redis");
  return { seq: Number(seq), state: parsed as unknown as RoomState };
}
