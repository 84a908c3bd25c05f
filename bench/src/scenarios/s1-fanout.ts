// S1 — fan-out on one node, embedded store: rooms of 20, vote rate rising step by step
// until a step is not sustained. App against B0 (bare Socket.IO relay, in-memory adapter),
// pair by pair; every target must hold in every pair.
import { round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import type { TargetSpec } from "../targets/target.ts";
import { everyoneVotes } from "./fleet.ts";
import { profileTarget } from "./profile-run.ts";
import { type RampResult, stepAt } from "./ramp.ts";
import {
  atRate,
  maxRate,
  type Pick,
  pairComparison,
  pairMedian,
  pairRatios,
  type RampPair,
  rampPlots,
  rampsOf,
  rampsValidity,
  rampTables,
  runRampPairs,
} from "./ramp-pairs.ts";
import type { RunContext, ScenarioResult, TableRow } from "./types.ts";
import { plainRow, ratioRow } from "./verdict.ts";

/** Rates at which the latency targets apply, and the CPU-per-vote target. */
const LATENCY_RATES = [1000, 2000, 4000] as const;
const CPU_RATES = [1000, 2000] as const;

/** A pair's ratio as listed in a row ("—": a side had no figure there). */
const shown = (value: number): string => (Number.isFinite(value) ? `${value}×` : "—");

export async function runS1(ctx: RunContext, sizes: Sizes["s1"]): Promise<ScenarioResult> {
  const shape = everyoneVotes(sizes.rooms, sizes.clientsPerRoom);
  const app: TargetSpec = { kind: "app", nodes: 1, redisUrl: null, env: ctx.appEnv };
  const baseline: TargetSpec = { kind: "B0", nodes: 1, redisUrl: null };
  const pairs = await runRampPairs(
    ctx,
    { baseline, extra: null, app },
    shape,
    sizes.rates,
    sizes.timing,
  );
  const first = pairs[0];
  // The relay and the app each profiled at the first CPU target's rate, so that the report
  // can say per vote where the app's extra time goes and how much of it is the socket writes
  // both make. Not at the highest rate both sustained: under the profiler neither keeps up
  // there, and a saturated process is busy all the time whatever a vote costs.
  const profileRate = sizes.rates.includes(CPU_RATES[0])
    ? CPU_RATES[0]
    : (first?.referenceRate ?? sizes.rates[0] ?? 100);
  const profiles = [
    ...(await profileTarget(ctx, "S1", baseline, shape, profileRate, sizes.timing)),
    ...(await profileTarget(ctx, "S1", app, shape, profileRate, sizes.timing)),
  ];

  const generatorMax = Math.max(
    ...pairs.flatMap(rampsOf).flatMap((ramp) => ramp.steps.flatMap((step) => step.generatorCpu)),
  );
  const validity = rampsValidity(pairs);
  const rates = new Set(sizes.rates);
  const rows: TableRow[] = [];
  const ratios: Record<string, number | null> = {};

  /** A figure at a rate: medians of both sides, the worst pair's ratio against the target. */
  const compare = (
    key: string,
    metric: string,
    unit: string,
    figure: Pick,
    target: { atMost?: number; atLeast?: number } | null,
  ) => {
    const worst = target?.atLeast !== undefined ? "min" : "max";
    const { each, worst: value } = pairRatios(pairs, figure, worst);
    ratios[key] = value;
    const row = ratioRow(
      pairs.length > 1
        ? `${metric} (worst of ${pairs.length} pairs: ${each.map(shown).join(", ")})`
        : metric,
      unit,
      pairMedian(pairs, "app", figure),
      pairMedian(pairs, "baseline", figure),
      value,
      target,
    );
    // A side that did not sustain the rate has no figure there: the target is not met.
    rows.push(value === null && target !== null ? { ...row, met: false } : row);
  };

  for (const rate of LATENCY_RATES.filter((r) => rates.has(r))) {
    const p50 = atRate(rate, (step) => step.latency.p50);
    const p99 = atRate(rate, (step) => step.latency.p99);
    compare(`p50@${rate}`, `vote→seen p50 @ ${rate}/s`, "ms", p50, { atMost: 1.2 });
    compare(`p99@${rate}`, `vote→seen p99 @ ${rate}/s`, "ms", p99, { atMost: 1.5 });
  }
  for (const rate of CPU_RATES.filter((r) => rates.has(r))) {
    const cpu = atRate(rate, (step) => step.serverCpuUsPerVote);
    compare(`cpu@${rate}`, `server CPU per vote @ ${rate}/s`, "µs", cpu, { atMost: 1.4 });
    compare(
      `alloc@${rate}`,
      `heap allocated per vote @ ${rate}/s`,
      "bytes",
      atRate(rate, (step) => step.allocBytesPerVote),
      null,
    );
    compare(
      `gc@${rate}`,
      `GC share of server CPU @ ${rate}/s`,
      "%",
      atRate(rate, (step) => step.gcPercentOfCpu),
      null,
    );
  }
  compare("maxRate", "max sustained rate", "votes/s", maxRate, { atLeast: 0.85 });
  const deliveriesAtMax = (_pair: RampPair, ramp: RampResult) =>
    stepAt(ramp, ramp.maxSustainedRate)?.deliveriesPerSecByNode[0] ?? Number.NaN;
  rows.push(
    plainRow(
      "deliveries/s at max sustained rate",
      "/s",
      pairMedian(pairs, "app", deliveriesAtMax),
      pairMedian(pairs, "baseline", deliveriesAtMax),
    ),
    plainRow(
      "generator CPU, busiest worker",
      "% core",
      round(generatorMax, 0),
      null,
      "≤ 90 %",
      generatorMax <= 90,
    ),
  );
  return {
    id: "S1",
    name: `S1 fan-out, one node, embedded store (${sizes.rooms} rooms × ${sizes.clientsPerRoom})`,
    app: pairs.map((pair) => pair.app),
    baseline: pairs.map((pair) => pair.baseline),
    ratio: ratios,
    rows,
    valid: validity.valid,
    notes: validity.notes,
    plots: rampPlots("S1", "S1 one node", first),
    ramps: rampTables(pairs),
    pairTables: pairComparison(pairs),
    profiles,
  };
}
