// The keys a score scale takes besides the arrows: a digit on the scale sets that score;
// 0, Delete or Backspace clear it. Anything else is not the scale's.
import { SCORE_MAX, SCORE_MIN } from "@stackboard/core";

/** The score a key sets, null to clear, undefined when the key is not the scale's. */
export function scoreForKey(key: string): number | null | undefined {
  if (key === "0" || key === "Delete" || key === "Backspace") return null;
  if (!/^[1-9]$/.test(key)) return undefined;
  const digit = Number(key);
  return digit >= SCORE_MIN && digit <= SCORE_MAX ? digit : undefined;
}
