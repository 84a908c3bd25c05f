// Room passphrases: kept only as a salted scrypt hash, `scrypt$<salt b64>$<hash b64>`,
// checked in constant time. Unlike the 192-bit keys and tokens (sha256 is enough for
// those), a passphrase is chosen by a person and may be guessable: a slow, salted hash
// makes a stolen store expensive to brute-force, and the wrong-guess limiter
// (realtime/passphrase-limiter.ts) stops guessing over the wire.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

const SCHEME = "scrypt";
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Node's defaults (N = 2^14, r = 8): about 16 MiB and some tens of ms per check. */
const COST: ScryptOptions = { N: 16_384, r: 8, p: 1 };

function derive(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Async: a check runs on libuv's pool, not on the event loop other rooms need.
    scrypt(passphrase.normalize("NFC"), salt, KEY_BYTES, COST, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassphrase(passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(passphrase, salt);
  return `${SCHEME}$${salt.toString("base64")}$${key.toString("base64")}`;
}

/** False for a wrong passphrase and for a stored hash this code cannot read. */
export async function passphraseMatches(passphrase: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash, ...rest] = stored.split("$");
  if (scheme !== SCHEME || salt === undefined || hash === undefined || rest.length > 0) {
    return false;
  }
  const expected = Buffer.from(hash, "base64");
  if (expected.length !== KEY_BYTES) return false;
  const actual = await derive(passphrase, Buffer.from(salt, "base64"));
  return timingSafeEqual(actual, expected);
}
