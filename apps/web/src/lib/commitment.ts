// Sealed-ballot commitments in the browser, with Web Crypto's SHA-256 (core defines the
// bytes; docs/counting.md, "Checking a sealed vote"). Web Crypto's digest exists only in
// secure contexts (https, localhost): elsewhere a ballot is cast without a commitment and
// the board says it cannot be checked.
import { type Ballot, commitmentText, type HashOf } from "@stackboard/core";

const subtle = (): SubtleCrypto | null => globalThis.crypto?.subtle ?? null;

export const canCommit = (): boolean => subtle() !== null;

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** 32 random bytes, base64url: the secret that keeps a commitment from being guessed. */
export function newSalt(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

export async function sha256(text: string): Promise<string> {
  const crypto = subtle();
  if (crypto === null) throw new Error("Web Crypto is not available in this context.");
  const digest = await crypto.digest("SHA-256", new TextEncoder().encode(text));
  return base64url(new Uint8Array(digest));
}

export async function commitBallot(
  decisionId: string,
  ballot: Ballot,
): Promise<{ salt: string; commitment: string }> {
  const salt = newSalt();
  return { salt, commitment: await sha256(commitmentText(decisionId, ballot, salt)) };
}

/** Hashes every text first, so core's synchronous checks can read them. */
export async function hasherFor(texts: readonly string[]): Promise<HashOf> {
  const digests = new Map<string, string>();
  await Promise.all([...new Set(texts)].map(async (text) => digests.set(text, await sha256(text))));
  return (text) => digests.get(text) ?? "";
}
