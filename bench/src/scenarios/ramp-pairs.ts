// Baseline and app ramps alternated (B, A, B, A, ...) so that slow drift of a shared
// machine hits both alike, and the figures that compare them, pair by pair.
import { median, ratio, round } from "../lib/stats.ts";
import { appRedisAvailable, type TargetSpec } from "../targets/target.ts";
import type { FleetShape } from "./fleet.ts";
import { type RampResult, referenceRate, runRamp, stepAt } from "./ramp.ts";
import type { StepTiming } from "./steps.ts";
import type { PairTable, Plot, RunContext, Series, StepMetrics } from "./types.ts";
import { stepsValidity } from "./verdict.ts";

export interface RampPair {
  baseline: RampResult;
  /** B1 (baseline plus the app's Redis write), where the scenario runs it. */
  extra: RampResult | null;
  app: RampResult | null;
  /** Highest rate both baseline and app sustained: where latencies are compared. */
  referenceRate: number | null;
}

export interface PairSpecs {
  baseline: TargetSpec;
  extra: TargetSpec | null;
  /** Null when the app cannot run this scenario yet (e.g. no Redis engine). */
  app: TargetSpec | null;
}

export async function runRampPairs(
  ctx: RunContext,
  specs: PairSpecs,
  shape: FleetShape,
  rates: readonly number[],
  timing: StepTiming,
): Promise<RampPair[]> {
  const pairs: RampPair[] = [];
  for (let pair = 0; pair < ctx.pairs; pair += 1) {
    const baseline = await runRamp(ctx, specs.baseline, shape, rates, timing);
    const extra = specs.extra ? await runRamp(ctx, specs.extra, shape, rates, timing) : null;
    const app = specs.app ? await runRamp(ctx, specs.app, shape, rates, timing) : null;
    pairs.push({
      baseline,
      extra,
      app,
      referenceRate: app ? referenceRate(app, baseline) : (baseline.steps[0]?.rate ?? null),
    });
  }
  return pairs;
}

/** One figure of one ramp of a pair (NaN where it has none). */
export type Pick = (pair: RampPair, ramp: RampResult) => number;

/** Median over pairs of app ÷ baseline for one figure. */
export function pairRatio(
  pairs: readonly RampPair[],
  figure: Pick,
  of: "baseline" | "extra" = "baseline",
): number | null {
  const ratios = pairs.flatMap((pair) => {
    const base = pair[of];
    return pair.app && base ? [ratio(figure(pair, pair.app), figure(pair, base))] : [];
  });
  const value = median(ratios);
  return Number.isFinite(value) ? round(value) : null;
}

/**
 * app ÷ baseline for one figure in every pair, and the worst of them (the largest for an
 * "at most" target, the smallest for "at least"): a target holds only if it holds in every
 * pair. Null when some pair lacks the figure (e.g. a side did not sustain that rate).
 */
export function pairRatios(
  pairs: readonly RampPair[],
  figure: Pick,
  worst: "max" | "min",
): { each: number[]; worst: number | null } {
  const each = pairs.map((pair) =>
    pair.app ? round(ratio(figure(pair, pair.app), figure(pair, pair.baseline))) : Number.NaN,
  );
  const complete = each.length > 0 && each.every(Number.isFinite);
  return {
    each,
    worst: complete ? (worst === "max" ? Math.max(...each) : Math.min(...each)) : null,
  };
}

/** A figure of the ramp's step at a fixed rate, if that step was sustained. */
export const atRate =
  (rate: number, pick: (step: StepMetrics) => number | null): Pick =>
  (_pair, ramp) => {
    const step = stepAt(ramp, rate);
    return step?.sustained ? (pick(step) ?? Number.NaN) : Number.NaN;
  };

/** Median over pairs of one figure of one side. */
export function pairMedian(
  pairs: readonly RampPair[],
  side: "baseline" | "extra" | "app",
  figure: Pick,
): number | null {
  const values = pairs.flatMap((pair) => {
    const ramp = pair[side];
    return ramp ? [figure(pair, ramp)] : [];
  });
  const value = median(values);
  return Number.isFinite(value) ? round(value) : null;
}

/** A figure of the ramp's step at the pair's reference rate. */
export const atReference =
  (pick: (step: StepMetrics) => number): Pick =>
  (pair, ramp) => {
    const step = stepAt(ramp, pair.referenceRate);
    return step ? pick(step) : Number.NaN;
  };
export const p50At = atReference((step) => step.latency.p50);
export const p99At = atReference((step) => step.latency.p99);
export const maxRate: Pick = (_pair, ramp) => ramp.maxSustainedRate;

export function rampsOf(pair: RampPair): RampResult[] {
  return [pair.baseline, pair.extra, pair.app].filter((ramp): ramp is RampResult => ramp !== null);
}

/** Rate → p50/p99 curves and the latency CDF at the reference rate, from the first pair. */
export function rampPlots(id: string, title: string, pair: RampPair | undefined): Plot[] {
  if (pair === undefined) return [];
  const ramps = rampsOf(pair);
  const curves: Series[] = ramps.flatMap((ramp) => [
    { label: `${ramp.label} p99`, points: ramp.steps.map((step) => [step.rate, step.latency.p99]) },
    {
      label: `${ramp.label} p50`,
      points: ramp.steps.map((step) => [step.rate, step.latency.p50]),
      dashed: true,
    },
  ]);
  const cdfs: Series[] = ramps.flatMap((ramp) => {
    const step = stepAt(ramp, pair.referenceRate);
    return step ? [{ label: ramp.label, points: step.cdf }] : [];
  });
  return [
    {
      file: `${id.toLowerCase()}-rate-p99.svg`,
      title: `${title}: vote→seen latency by vote rate`,
      xLabel: "votes per second",
      yLabel: "latency (ms)",
      xLog: false,
      yLog: true,
      series: curves as Series[],
    },
    {
      file: `${id.toLowerCase()}-cdf.svg`,
      title: `${title}: vote→seen CDF at ${pair.referenceRate ?? "?"} votes/s`,
      xLabel: "latency (ms)",
      yLabel: "fraction of deliveries",
      xLog: true,
      yLog: false,
      series: cdfs,
    },
  ];
}

/** Every ramp of every pair, labelled, for the report's step tables. */
export function rampTables(
  pairs: readonly RampPair[],
): { label: string; steps: RampResult["steps"] }[] {
  return pairs.flatMap((pair, index) =>
    rampsOf(pair).map((ramp) => ({
      label: `${ramp.label}${pairs.length > 1 ? ` (pair ${index + 1})` : ""}`,
      steps: ramp.steps,
    })),
  );
}

/**
 * Baseline against app, pair by pair, at every rate both ran: what the report's pair
 * table shows (latency from the schedule and from the send, CPU, allocation, GC).
 */
export function pairComparison(pairs: readonly RampPair[]): PairTable[] {
  return pairs.flatMap((pair, index) => {
    if (!pair.app) return [];
    const rows = pair.baseline.steps.flatMap((base) => {
      const app = pair.app ? stepAt(pair.app, base.rate) : undefined;
      return app ? [{ rate: base.rate, baseline: base, app }] : [];
    });
    return [{ label: `pair ${index + 1}: ${pair.app.label} vs ${pair.baseline.label}`, rows }];
  });
}

/** Every ramp's steps checked (generator, shared machine) and its clients all joined. */
export function rampsValidity(pairs: readonly RampPair[]): { valid: boolean; notes: string[] } {
  const checks = pairs.flatMap(rampsOf).map((ramp) => {
    const steps = stepsValidity(ramp.label, ramp.steps);
    const failed =
      ramp.failedClients > 0
        ? [`${ramp.label}: ${ramp.failedClients} clients failed (${ramp.firstError}).`]
        : [];
    return { valid: steps.valid && failed.length === 0, notes: [...steps.notes, ...failed] };
  });
  return {
    valid: checks.every((check) => check.valid),
    notes: checks.flatMap((check) => check.notes),
  };
}

/** The pairs' reference rates, for row labels ("1000/s", or "1000/1500/s" when they differ). */
export function referenceLabel(pairs: readonly RampPair[]): string {
  const rates = [...new Set(pairs.map((pair) => pair.referenceRate ?? 0))];
  return `${rates.join("/")}/s`;
}

/**
 * B0, B1 (unless skipped) and the app, two nodes each on the bench's Redis; the app only
 * where it can run on Redis.
 */
export function twoNodeSpecs(ctx: RunContext, withB1: boolean): PairSpecs {
  const redisUrl = ctx.redis?.url ?? null;
  if (redisUrl === null) throw new Error("needs the bench's Redis");
  return {
    baseline: { kind: "B0", nodes: 2, redisUrl },
    extra: withB1 ? { kind: "B1", nodes: 2, redisUrl } : null,
    app: appRedisAvailable() ? { kind: "app", nodes: 2, redisUrl, env: ctx.appEnv } : null,
  };
}
