import { describe, expect, it } from "vitest";
import type { ProfileSummary } from "../scenarios/types.ts";
import { type CpuProfile, summarise } from "./cpu-profile.ts";
import { compareProfiles, comparisonMarkdown, profilePair } from "./profile-compare.ts";

const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0 });

/**
 * A profile sampled every 1 ms: `(root)` → an `ws` frame → native `writev`, and `(root)` →
 * our store's append → native `writeBuffer`; `counts` says how many samples land on each.
 */
function profile(counts: { writev: number; store: number; idle: number }): CpuProfile {
  const nodes = [
    { id: 1, callFrame: frame("(root)"), children: [2, 4, 6] },
    {
      id: 2,
      callFrame: frame("sendFrame", "file:///x/node_modules/ws/lib/sender.js"),
      children: [3],
    },
    { id: 3, callFrame: frame("writev") },
    {
      id: 4,
      callFrame: frame("append", "file:///x/apps/server/src/store/embedded/index.ts"),
      children: [5],
    },
    { id: 5, callFrame: frame("writeBuffer") },
    { id: 6, callFrame: frame("(idle)") },
  ];
  const samples = [
    ...Array<number>(counts.writev).fill(3),
    ...Array<number>(counts.store).fill(5),
    ...Array<number>(counts.idle).fill(6),
  ];
  return { startTime: 0, nodes, samples, timeDeltas: samples.map(() => 1000) };
}

const summary = (label: string, counts: Parameters<typeof profile>[0], votes: number) =>
  summarise(profile(counts), label, null, votes, 15);

describe("a profile in µs per vote", () => {
  it("gives busy time, the socket writes and each area per vote of the window", () => {
    // 300 ms of writev and 100 ms in the store over 1,000 votes: 300 and 100 µs per vote.
    const result = summary("S1 app-n0 @1000/s", { writev: 300, store: 100, idle: 600 }, 1000);
    expect(result.perVote).toEqual({
      votes: 1000,
      busyUs: 400,
      socketWritesUs: 300,
      areas: { ws: 300, "apps/server/store": 100 },
    });
  });

  it("has none when the votes are not known", () => {
    expect(summarise(profile({ writev: 3, store: 1, idle: 0 }), "x", null, null, 15).perVote).toBe(
      null,
    );
  });

  it("counts only the samples inside the window", () => {
    // Samples at 1, 2, ... ms: a window of 0-200 ms keeps the first 200 (all writev).
    const result = summarise(
      profile({ writev: 300, store: 100, idle: 0 }),
      "x",
      { fromUs: 0, toUs: 200_000 },
      100,
      15,
    );
    expect(result.perVote?.busyUs).toBe(2000);
    expect(result.perVote?.areas["apps/server/store"]).toBeUndefined();
  });
});

describe("the relay's profile against the app's", () => {
  const relay = summary("S1 B0-n0 @1000/s", { writev: 250, store: 0, idle: 750 }, 1000);
  const app = summary("S1 app-n0 @1000/s", { writev: 300, store: 60, idle: 640 }, 1000);

  it("pairs the baseline's and the app's profile of a scenario", () => {
    expect(profilePair([app, relay])).toEqual({ baseline: relay, app });
    expect(profilePair([app])).toBeNull();
  });

  it("sets busy time, the writes and every area side by side, largest difference first", () => {
    expect(compareProfiles(relay, app)).toEqual([
      { area: "busy (main thread)", baselineUs: 250, appUs: 360 },
      { area: "of which socket writes (`writev`)", baselineUs: 250, appUs: 300 },
      { area: "apps/server/store", baselineUs: 0, appUs: 60 },
      { area: "ws", baselineUs: 250, appUs: 300 },
      { area: "the rest (0 areas)", baselineUs: 0, appUs: 0 },
    ]);
  });

  it("writes a table with the difference per vote", () => {
    const table = comparisonMarkdown(relay, app).join("\n");
    expect(table).toContain("| apps/server/store | 0.0 | 60.0 | 60.0 |");
    expect(table).toContain("| busy (main thread) | 250.0 | 360.0 | 110.0 |");
  });

  it("says so when a profiled run did not keep up", () => {
    const busy = summary("S1 app-n0 @3000/s", { writev: 950, store: 40, idle: 10 }, 3000);
    expect(comparisonMarkdown(relay, app).join("\n")).not.toContain("Saturated");
    expect(comparisonMarkdown(relay, busy).join("\n")).toContain(
      "**Saturated:** S1 app-n0 @3000/s was idle 1 % of the window",
    );
  });

  it("writes nothing for profiles without votes", () => {
    const bare: ProfileSummary = { ...app, perVote: null };
    expect(comparisonMarkdown(relay, bare)).toEqual([]);
  });
});
