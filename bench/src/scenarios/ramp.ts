// A rising-rate ramp on one target: start it, bring the fleet up, run open-loop steps of
// increasing vote rate until one is not sustained (p99 > 100 ms, losses or refusals),
// stop everything. S1 and S2 run ramps in pairs (baseline, app), S3 a single step.
import { startTarget, type TargetSpec, targetLabel } from "../targets/target.ts";
import { buildFleet, type FleetShape } from "./fleet.ts";
import { runStep, type StepTiming } from "./steps.ts";
import type { RunContext, StepMetrics } from "./types.ts";

export interface RampResult {
  label: string;
  steps: StepMetrics[];
  /** Highest rate sustained (0 if none). */
  maxSustainedRate: number;
  /** A generator worker saturated a core at or below the last step run. */
  generatorSaturated: boolean;
  joined: number;
  failedClients: number;
  firstError: string | null;
}

export async function runRamp(
  ctx: RunContext,
  spec: TargetSpec,
  shape: FleetShape,
  rates: readonly number[],
  timing: StepTiming,
): Promise<RampResult> {
  const label = targetLabel(spec);
  await ctx.redis?.flush();
  const target = await startTarget(spec);
  const pool = ctx.pool;
  try {
    const fleet = await buildFleet(pool, target, shape);
    ctx.log(
      `${label}: ${fleet.joined} clients up in ${fleet.connectMs} ms (${fleet.failed} failed)`,
    );
    const steps: StepMetrics[] = [];
    const first = rates[0];
    if (fleet.joined > 0 && first !== undefined && !ctx.quick) {
      // Unrecorded: JIT, first snapshots and lazy loads happen here, not in the first step
      // (full runs; a quick run makes do with each step's warm-up).
      await runStep(
        ctx,
        pool,
        target,
        first,
        { ...timing, measureMs: timing.warmupMs * 2 },
        shape.clientsPerRoom,
      );
    }
    for (const rate of rates) {
      if (fleet.joined === 0) break;
      let step = await runStep(ctx, pool, target, rate, timing, shape.clientsPerRoom);
      if (!step.sustained && !ctx.quick) {
        // The machine is shared: one stall must not end a ramp. A step fails only twice.
        const again = await runStep(ctx, pool, target, rate, timing, shape.clientsPerRoom);
        step = { ...again, firstTryP99: step.latency.p99 };
      }
      steps.push(step);
      ctx.log(
        `${label} @${rate}/s: p50 ${step.latency.p50} p99 ${step.latency.p99} ms, server ${step.serverCpu.join("/")}% (${step.serverCpuUsPerVote} µs/vote, ${step.allocBytesPerVote} B/vote, GC ${step.gcPercentOfCpu}%), generator ${step.generatorCpu.join("/")}%, others ${step.foreignCpu}%${step.sustained ? "" : " — not sustained"}`,
      );
      if (!step.sustained) break;
    }
    return {
      label,
      steps,
      maxSustainedRate: steps.filter((step) => step.sustained).at(-1)?.rate ?? 0,
      generatorSaturated: steps.some((step) => step.generatorSaturated),
      joined: fleet.joined,
      failedClients: fleet.failed,
      firstError: fleet.firstError ?? steps.find((step) => step.firstError)?.firstError ?? null,
    };
  } finally {
    await pool.disconnectAll();
    await target.stop();
  }
}

/** The highest rate both ramps sustained (their figures compare like with like). */
export function referenceRate(a: RampResult, b: RampResult): number | null {
  const sustained = (ramp: RampResult) =>
    new Set(ramp.steps.filter((step) => step.sustained).map((step) => step.rate));
  const inB = sustained(b);
  const common = [...sustained(a)].filter((rate) => inB.has(rate));
  return common.length > 0 ? Math.max(...common) : (a.steps[0]?.rate ?? null);
}

export const stepAt = (ramp: RampResult, rate: number | null): StepMetrics | undefined =>
  ramp.steps.find((step) => step.rate === rate);
