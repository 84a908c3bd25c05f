// Ballot keys for anonymous decisions: an opaque, stable id per (room, decision, voter),
// an HMAC under a server secret, so no client can map a key back to a participant id
// (participant ids are public in the roster) and keys of two decisions cannot be linked.
import { createHmac, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BALLOT_KEY_PREFIX, type BallotKeyOf } from "@stackboard/core";

export type BallotKeysFor = (roomId: string) => BallotKeyOf;

export function createBallotKeys(secret: string): BallotKeysFor {
  return (roomId) => (decisionId, participantId) =>
    BALLOT_KEY_PREFIX +
    createHmac("sha256", secret)
      .update(`${roomId}\u0000${decisionId}\u0000${participantId}`)
      .digest("base64url")
      .slice(0, 22);
}

/** A secret for one process: keys change on restart (tests, single runs without config). */
export const ephemeralBallotKeySecret = (): string => randomBytes(32).toString("base64url");

/**
 * The embedded engine's secret, kept in the data directory so keys survive a restart
 * (a client catching up after one must see the same keys). Created on first use.
 */
export async function dataDirBallotKeySecret(dataDir: string): Promise<string> {
  const path = join(dataDir, "ballot-key-secret");
  try {
    const stored = (await readFile(path, "utf8")).trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not there yet: create it below.
  }
  const secret = ephemeralBallotKeySecret();
  await mkdir(dataDir, { recursive: true });
  await writeFile(path, secret, { mode: 0o600 });
  return secret;
}
