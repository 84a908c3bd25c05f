// Client-made ids. crypto.getRandomValues works in insecure contexts too (a phone on the
// LAN opening http://192.168.x.x), unlike crypto.randomUUID.

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

function randomBase36(length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = "";
  // 252 = 7 × 36: rejecting larger bytes keeps every character equally likely.
  for (const byte of bytes) out += byte < 252 ? ALPHABET[byte % 36] : ALPHABET[byte % 10];
  return out;
}

/** An entity id (decision, option, annotation, reply, criterion): `prefix` + 12 base36. */
export function newId(prefix: string): string {
  return `${prefix}${randomBase36(12)}`;
}

/** A command id: 24 base36 characters (~124 bits), well inside 8..64. */
export function newCommandId(): string {
  return `c${randomBase36(23)}`;
}
