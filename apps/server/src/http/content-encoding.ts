// Which precompressed copy a request gets, from its Accept-Encoding. Not express's
// `acceptsEncodings`: on equal weights it keeps the browser's order, and browsers list
// gzip before br, so it would never pick brotli, the smaller one.

export type Encoding = "br" | "gzip";

/** Ours, best first: used to break ties between equally welcome encodings. */
export const PREFERENCE: readonly Encoding[] = ["br", "gzip"];

/** RFC 9110's qvalue: 0 to 1 with at most three decimals. */
const Q_VALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/** The q-value of every coding listed (`*` included); a malformed weight counts as 0. */
function weights(header: string): Map<string, number> {
  const listed = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.split(";").map((piece) => piece.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split("=").map((piece) => piece.trim());
      if (key?.toLowerCase() !== "q") continue;
      q = value !== undefined && Q_VALUE.test(value) ? Number(value) : 0;
    }
    const key = name.toLowerCase();
    listed.set(key, Math.max(listed.get(key) ?? 0, q));
  }
  return listed;
}

/**
 * The encoding to send among those `available`, or null for the file as it is (no header,
 * or nothing available that the client takes). An encoding refused with `q=0` is never
 * sent, even under `*`.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[],
): Encoding | null {
  if (acceptEncoding === undefined || available.length === 0) return null;
  const listed = weights(acceptEncoding);
  const star = listed.get("*");
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of PREFERENCE) {
    if (!available.includes(encoding)) continue;
    const q = listed.get(encoding) ?? star ?? 0;
    if (q > bestQ) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}
