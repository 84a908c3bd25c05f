import { describe, expect, it } from "vitest";
import {
  newFacilitatorKey,
  newParticipantId,
  newRoomId,
  secretMatches,
  sha256,
} from "./secrets.ts";

describe("secrets", () => {
  it("makes room ids of 128 random bits and participant ids the wire accepts", () => {
    const ids = new Set(Array.from({ length: 1000 }, newRoomId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
    for (let i = 0; i < 200; i += 1)
      expect(newParticipantId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
  });

  it("compares a secret with its stored hash", () => {
    const key = newFacilitatorKey();
    const hash = sha256(key);
    expect(hash).not.toContain(key);
    expect(secretMatches(key, hash)).toBe(true);
    expect(secretMatches(`${key}x`, hash)).toBe(false);
    expect(secretMatches(key, "not-hex")).toBe(false);
  });
});
