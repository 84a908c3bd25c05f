// Unguessable ids and secrets, stored only as hashes, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 128 random bits, base64url (22 chars). */
export const newRoomId = (): string => randomBytes(16).toString("base64url");

/** 192 random bits: returned once to the room's creator, kept only as a hash. */
export const newFacilitatorKey = (): string => randomBytes(24).toString("base64url");

export const newParticipantToken = (): string => randomBytes(24).toString("base64url");

/** Participant ids are public (they appear in events); they start with a letter. */
export const newParticipantId = (): string =>
  `p${randomBytes(9).toString("base64url").replace(/[-_]/g, "x")}`;

export const sha256 = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(sha256(secret), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
