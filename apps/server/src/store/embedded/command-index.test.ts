import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CommandIndex, seededCommandHash } from "./command-index.ts";

type Step = { op: "add"; id: string } | { op: "forget"; keep: number } | { op: "removeLast" };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("add" as const),
      id: fc.stringMatching(/^[a-f]{1,3}$/),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("forget" as const),
      keep: fc.integer({ min: 0, max: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("removeLast" as const) }) },
);

describe("the index of a room's recent command ids", () => {
  it("points every id of the window at its own seq, and any other id at another id's seq or nowhere", () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 80 }),
        fc.integer({ min: 1, max: 4 }),
        (steps, buckets) => {
          // A hash of a few values: collisions on most adds.
          const index = new CommandIndex((id) => id.length % buckets);
          const model = new Map<string, number>();
          let seq = 0;
          for (const step of steps) {
            if (step.op === "add") {
              if (model.has(step.id)) continue; // the room answers a known id as a duplicate
              seq += 1;
              index.add(step.id, seq);
              model.set(step.id, seq);
            } else if (step.op === "forget") {
              const first = seq - step.keep + 1;
              index.forgetBefore(first);
              for (const [id, at] of model) if (at < first) model.delete(id);
            } else {
              const last = [...model].find(([, at]) => at === seq);
              if (last === undefined) continue;
              index.remove(last[0], seq);
              model.delete(last[0]);
              seq -= 1;
            }
          }
          const idAt = new Map([...model].map(([id, at]) => [at, id]));
          for (const id of ["a", "b", "ab", "ba", "abc", "fff", ...model.keys()]) {
            const found = index.lookup(id);
            const own = model.get(id);
            if (own !== undefined) {
              expect(found).toMatchObject({ seq: own });
            } else if (found.kind !== "unknown") {
              expect(found.kind).toBe("maybe");
              expect(idAt.get(found.seq)).not.toBe(id);
            }
            expect(index.surelyUnknown(id)).toBe(found.kind === "unknown");
          }
          expect(index.size).toBe(model.size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hashes to small non-negative integers, differently per seed", () => {
    const one = seededCommandHash(1);
    const two = seededCommandHash(2);
    const ids = Array.from({ length: 200 }, (_, i) => `cmd-${i}`);
    for (const id of ids) {
      expect(Number.isInteger(one(id)) && one(id) >= 0 && one(id) < 2 ** 30).toBe(true);
    }
    expect(new Set(ids.map(one)).size).toBe(ids.length);
    expect(ids.filter((id) => one(id) === two(id)).length).toBeLessThan(3);
  });
});
