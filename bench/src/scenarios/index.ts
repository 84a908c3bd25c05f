// Every scenario by id, and the result of one that could not run.
import type { Sizes } from "../sizes.ts";
import { runS1 } from "./s1-fanout.ts";
import { runS2 } from "./s2-two-nodes.ts";
import { runS3 } from "./s3-small-rooms.ts";
import { runS4 } from "./s4-memory.ts";
import { runS5 } from "./s5-long-history.ts";
import { runS6 } from "./s6-burst.ts";
import { runS7 } from "./s7-first-load.ts";
import type { RunContext, ScenarioId, ScenarioResult } from "./types.ts";

export const SCENARIOS: Record<
  ScenarioId,
  (ctx: RunContext, sizes: Sizes) => Promise<ScenarioResult>
> = {
  S1: (ctx, sizes) => runS1(ctx, sizes.s1),
  S2: (ctx, sizes) => runS2(ctx, sizes.s2),
  S3: (ctx, sizes) => runS3(ctx, sizes.s3),
  S4: (ctx, sizes) => runS4(ctx, sizes.s4),
  S5: (ctx, sizes) => runS5(ctx, sizes.s5),
  S6: (ctx, sizes) => runS6(ctx, sizes.s6),
  S7: (ctx, sizes) => runS7(ctx, sizes.s7),
};

/** Scenarios that need the bench's redis-server. */
export const NEEDS_REDIS: ReadonlySet<ScenarioId> = new Set(["S2", "S3", "S6"]);

export function failedScenario(id: ScenarioId, error: unknown): ScenarioResult {
  return {
    id,
    name: `${id} (did not complete)`,
    app: null,
    baseline: null,
    ratio: {},
    rows: [],
    valid: false,
    notes: [`did not complete: ${error instanceof Error ? error.message : String(error)}`],
    plots: [],
    profiles: [],
  };
}
