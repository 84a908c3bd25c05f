import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ScenarioResult } from "../scenarios/types.ts";
import { withCarried } from "./carry.ts";
import { RESULTS_FORMAT, type RunResults } from "./results.ts";

const scenario = (id: ScenarioResult["id"], valid = true): ScenarioResult => ({
  id,
  name: id,
  app: {},
  baseline: {},
  ratio: {},
  rows: [],
  valid,
  notes: [],
  plots: [],
  profiles: [],
});

const run = (
  startedAt: string,
  quick: boolean,
  scenarios: ScenarioResult[],
  format = RESULTS_FORMAT,
): RunResults =>
  ({
    format,
    startedAt,
    finishedAt: startedAt,
    command: `bench ${startedAt}`,
    quick,
    scenarios,
  }) as unknown as RunResults;

function dirWith(previous: RunResults): string {
  const dir = mkdtempSync(join(tmpdir(), "carry-"));
  writeFileSync(join(dir, "latest.json"), JSON.stringify(previous));
  return dir;
}

describe("carrying scenarios over from the previous run", () => {
  it("keeps the scenarios this run did not measure, saying which run made them", () => {
    const dir = dirWith(run("old", false, [scenario("S1"), scenario("S2", false)]));
    const merged = withCarried(run("new", false, [scenario("S2")]), dir);
    expect(merged.scenarios.map((s) => [s.id, s.carriedFrom?.startedAt ?? null])).toEqual([
      ["S1", "old"],
      ["S2", null],
    ]);
    expect(merged.scenarios[1]?.valid).toBe(true);
  });

  it("never mixes quick and full figures, and keeps the original run of a twice-carried one", () => {
    const quickDir = dirWith(run("old", true, [scenario("S1")]));
    expect(withCarried(run("new", false, [scenario("S2")]), quickDir).scenarios).toHaveLength(1);
    const carried = { ...scenario("S1"), carriedFrom: { startedAt: "oldest", command: "x" } };
    const dir = dirWith(run("old", false, [carried]));
    expect(withCarried(run("new", false, [scenario("S3")]), dir).scenarios[0]?.carriedFrom).toEqual(
      { startedAt: "oldest", command: "x" },
    );
  });

  it("never carries figures measured another way (an older results format)", () => {
    const dir = dirWith(run("old", false, [scenario("S1")], RESULTS_FORMAT - 1));
    expect(withCarried(run("new", false, [scenario("S2")]), dir).scenarios).toHaveLength(1);
  });
});
