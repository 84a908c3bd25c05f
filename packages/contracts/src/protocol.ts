// The wire protocol's version. Bump it when a message changes shape, so a client and a
// server that disagree say so clearly instead of misreading each other.
import type { ErrorCode } from "./errors.ts";

export const PROTOCOL_VERSION = 8;

/** null when the versions match; otherwise which side must upgrade. */
export function checkProtocolVersion(clientVersion: number): ErrorCode | null {
  if (!Number.isSafeInteger(clientVersion)) return "INVALID_REQUEST";
  if (clientVersion < PROTOCOL_VERSION) return "CLIENT_TOO_OLD";
  if (clientVersion > PROTOCOL_VERSION) return "SERVER_TOO_OLD";
  return null;
}

/**
 * Reads `protocolVersion` from a payload of any shape, so a server can answer a client of
 * another version with CLIENT_TOO_OLD / SERVER_TOO_OLD before parsing the rest strictly.
 */
export function readProtocolVersion(payload: unknown): number | null {
  if (typeof payload !== "object" || payload === null) return null;
  const version: unknown = Reflect.get(payload, "protocolVersion");
  return typeof version === "number" && Number.isSafeInteger(version) ? version : null;
}
