import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "./limits.ts";
import {
  isRecentCommand,
  RECENT_CHUNK,
  RECENT_CHUNKS_MAX,
  type RecentCommandIds,
  recentCommandCount,
  rememberCommand,
} from "./recent-commands.ts";

const remembering = (ids: readonly string[]): RecentCommandIds =>
  ids.reduce<RecentCommandIds>((recent, id) => rememberCommand(recent, id), []);

describe("the window of recent command ids", () => {
  it("knows exactly the newest ids, at least LIMITS.recentCommandIds of them, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), (count) => {
        const ids = Array.from({ length: count }, (_, i) => `cmd-${i}`);
        const recent = remembering(ids);
        const kept = recentCommandCount(recent);
        expect(kept).toBeGreaterThanOrEqual(Math.min(count, LIMITS.recentCommandIds));
        expect(kept).toBeLessThanOrEqual(LIMITS.recentCommandIds + RECENT_CHUNK);
        expect(recent.flat()).toEqual(ids.slice(count - kept));
        expect(recent.length).toBeLessThanOrEqual(RECENT_CHUNKS_MAX);
        expect(recent.slice(0, -1).every((chunk) => chunk.length === RECENT_CHUNK)).toBe(true);
        for (const [i, id] of ids.entries()) {
          expect(isRecentCommand(recent, id)).toBe(i >= count - kept);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("never changes a window it was given: an older state keeps what it knew", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{8}$/), { maxLength: 400 }), (ids) => {
        const states: RecentCommandIds[] = [[]];
        for (const id of ids) states.push(rememberCommand(states.at(-1) ?? [], id));
        // Looked up after every later state was made, newest first, then oldest first: a
        // state's index (cached) replaces its predecessor's, which is built again if asked.
        const oldestFirst = [...states.keys()];
        for (const n of [...oldestFirst.toReversed(), ...oldestFirst]) {
          const state = states[n] ?? [];
          const kept = recentCommandCount(state);
          const expected = new Set(ids.slice(n - kept, n));
          for (const id of ids) expect(isRecentCommand(state, id)).toBe(expected.has(id));
        }
      }),
      { numRuns: 25 },
    );
  });

  it("copies only the newest chunk per id: full chunks are shared with the window before", () => {
    const before = remembering(Array.from({ length: 100 }, (_, i) => `cmd-${i}`));
    const after = rememberCommand(before, "cmd-100");
    expect(after.slice(0, -1).every((chunk, i) => chunk === before[i])).toBe(true);
  });
});
