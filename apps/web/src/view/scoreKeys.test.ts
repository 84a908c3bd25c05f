import { SCORE_MAX, SCORE_MIN } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { scoreForKey } from "./scoreKeys.ts";

describe("score keys", () => {
  it("sets a score on the scale by its digit", () => {
    expect(scoreForKey(String(SCORE_MIN))).toBe(SCORE_MIN);
    expect(scoreForKey("3")).toBe(3);
    expect(scoreForKey(String(SCORE_MAX))).toBe(SCORE_MAX);
  });

  it("clears with 0, Delete or Backspace", () => {
    for (const key of ["0", "Delete", "Backspace"]) expect(scoreForKey(key)).toBeNull();
  });

  it("leaves digits off the scale and other keys alone", () => {
    for (const key of [String(SCORE_MAX + 1), "9", "a", "ArrowUp", "Enter", " ", "12"]) {
      expect(scoreForKey(key)).toBeUndefined();
    }
  });
});
