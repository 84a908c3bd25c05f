import { describe, expect, it } from "vitest";
import { snapshotLead } from "./snapshot-phase.ts";

const ids = Array.from({ length: 100 }, (_, i) => `room-${i.toString(36)}-${(i * 7919) % 1000}`);

describe("snapshotLead", () => {
  it("stays within the first half of the interval, and is the same for the same room", () => {
    for (const id of ids) {
      const lead = snapshotLead(id, 500);
      expect(lead).toBeGreaterThanOrEqual(0);
      expect(lead).toBeLessThan(250);
      expect(snapshotLead(id, 500)).toBe(lead);
    }
  });

  it("spreads 100 rooms created together over the interval instead of one moment", () => {
    // Ten buckets of 25 events each: no bucket may hold a third of the rooms.
    const buckets = new Array<number>(10).fill(0);
    for (const id of ids) {
      const bucket = Math.floor(snapshotLead(id, 500) / 25);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(Math.max(...buckets)).toBeLessThan(34);
    expect(buckets.filter((count) => count > 0).length).toBeGreaterThanOrEqual(8);
  });

  it("leaves a tiny interval as it is", () => {
    expect(snapshotLead("any", 1)).toBe(0);
    expect(snapshotLead("any", 3)).toBe(0);
  });
});
