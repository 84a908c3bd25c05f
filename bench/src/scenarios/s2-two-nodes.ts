// S2 — the S1 shape across two nodes sharing Redis, each room split over both: latency
// for receivers on the sender's node and on the other node, and Redis's CPU. App against
// B0 (relay + @socket.io/redis-adapter) and B1 (B0 + the app's Redis write per vote).
import { round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import { everyoneVotes } from "./fleet.ts";
import { profileTarget } from "./profile-run.ts";
import { stepAt } from "./ramp.ts";
import {
  atReference,
  maxRate,
  pairMedian,
  pairRatio,
  type RampPair,
  rampPlots,
  rampsOf,
  rampsValidity,
  rampTables,
  referenceLabel,
  runRampPairs,
  twoNodeSpecs,
} from "./ramp-pairs.ts";
import type { Plot, RunContext, ScenarioResult } from "./types.ts";
import { plainRow, ratioRow } from "./verdict.ts";

export async function runS2(ctx: RunContext, sizes: Sizes["s2"]): Promise<ScenarioResult> {
  const shape = everyoneVotes(sizes.rooms, sizes.clientsPerRoom);
  // Quick runs keep B1 for S3 only, where Redis commands per vote are compared.
  const specs = twoNodeSpecs(ctx, !ctx.quick);
  const { app } = specs;
  const pairs = await runRampPairs(ctx, specs, shape, sizes.rates, sizes.timing);
  const first = pairs[0];
  const rate = first?.referenceRate ?? sizes.rates[0] ?? 100;
  const busiest = Math.max(rate, first?.app?.maxSustainedRate ?? 0);
  const profiles = app ? await profileTarget(ctx, "S2", app, shape, busiest, sizes.timing) : [];

  const crossP50 = atReference((step) => step.crossNode.p50);
  const crossP99 = atReference((step) => step.crossNode.p99);
  const sameP50 = atReference((step) => step.sameNode.p50);
  const sameP99 = atReference((step) => step.sameNode.p99);
  const redisCpu = atReference((step) => step.redis?.cpuPercent ?? Number.NaN);
  const serverCpu = atReference((step) => step.serverCpu.reduce((a, b) => a + b, 0));
  const appCrossP50 = pairMedian(pairs, "app", crossP50);
  const baseCrossP50 = pairMedian(pairs, "baseline", crossP50);
  const gap =
    appCrossP50 !== null && baseCrossP50 !== null ? round(appCrossP50 - baseCrossP50) : null;
  const ratios = {
    crossP99: pairRatio(pairs, crossP99),
    sameP99: pairRatio(pairs, sameP99),
    crossP50: pairRatio(pairs, crossP50),
    maxRate: pairRatio(pairs, maxRate),
    crossP99VsB1: pairRatio(pairs, crossP99, "extra"),
  };
  const rows = [
    plainRow(
      `cross-node p50 @ ${referenceLabel(pairs)}`,
      "ms",
      appCrossP50,
      baseCrossP50,
      null,
      null,
      ratios.crossP50,
    ),
    // The target is a difference (one Redis round trip), not a ratio: the gap is the App figure.
    plainRow(
      "cross-node p50 gap, app − B0",
      "ms",
      gap,
      null,
      "≤ 1 ms",
      gap === null ? null : gap <= 1,
    ),
    ratioRow(
      `cross-node p99 @ ${referenceLabel(pairs)}`,
      "ms",
      pairMedian(pairs, "app", crossP99),
      pairMedian(pairs, "baseline", crossP99),
      ratios.crossP99,
      { atMost: 1.5 },
    ),
    plainRow(
      `same-node p50 @ ${referenceLabel(pairs)}`,
      "ms",
      pairMedian(pairs, "app", sameP50),
      pairMedian(pairs, "baseline", sameP50),
      null,
      null,
      pairRatio(pairs, sameP50),
    ),
    plainRow(
      `same-node p99 @ ${referenceLabel(pairs)}`,
      "ms",
      pairMedian(pairs, "app", sameP99),
      pairMedian(pairs, "baseline", sameP99),
      null,
      null,
      ratios.sameP99,
    ),
    plainRow(
      `cross-node p99 vs B1 @ ${referenceLabel(pairs)}`,
      "ms",
      pairMedian(pairs, "app", crossP99),
      pairMedian(pairs, "extra", crossP99),
      null,
      null,
      ratios.crossP99VsB1,
    ),
    plainRow(
      "max sustainable rate",
      "votes/s",
      pairMedian(pairs, "app", (_p, r) => r.maxSustainedRate),
      pairMedian(pairs, "baseline", (_p, r) => r.maxSustainedRate),
      null,
      null,
      ratios.maxRate,
    ),
    plainRow(
      `Redis CPU @ ${referenceLabel(pairs)}`,
      "% core",
      pairMedian(pairs, "app", redisCpu),
      pairMedian(pairs, "baseline", redisCpu),
      null,
      null,
      pairRatio(pairs, redisCpu),
    ),
    plainRow(
      `servers' CPU (both nodes) @ ${referenceLabel(pairs)}`,
      "% core",
      pairMedian(pairs, "app", serverCpu),
      pairMedian(pairs, "baseline", serverCpu),
      null,
      null,
      pairRatio(pairs, serverCpu),
    ),
  ];
  const ramps = pairs.flatMap(rampsOf);
  const validity = rampsValidity(pairs);
  const generatorMax = Math.max(
    ...ramps.flatMap((ramp) => ramp.steps.flatMap((step) => step.generatorCpu)),
  );
  rows.push(
    plainRow(
      "generator CPU, busiest worker",
      "% core",
      generatorMax,
      null,
      "≤ 90 %",
      generatorMax <= 90,
    ),
  );
  return {
    id: "S2",
    name: `S2 two nodes on Redis (${sizes.rooms} rooms × ${sizes.clientsPerRoom}, each room split over the nodes)`,
    app: pairs.map((pair) => pair.app),
    baseline: pairs.map((pair) => ({ B0: pair.baseline, B1: pair.extra })),
    ratio: { ...ratios, crossP50GapMs: gap },
    rows,
    valid: validity.valid && app !== null,
    notes: [
      ...(app ? [] : ["The app's Redis engine is not there yet: baselines only."]),
      ...validity.notes,
    ],
    plots: [...rampPlots("S2", "S2 two nodes", first), ...crossPlot(first)],
    ramps: rampTables(pairs),
    profiles,
  };
}

function crossPlot(pair: RampPair | undefined): Plot[] {
  if (pair === undefined) return [];
  const series = rampsOf(pair).flatMap((ramp) => {
    const step = stepAt(ramp, pair.referenceRate);
    return step
      ? [
          { label: `${ramp.label} cross-node`, points: step.crossCdf },
          { label: `${ramp.label} same-node`, points: step.sameCdf, dashed: true },
        ]
      : [];
  });
  return [
    {
      file: "s2-cross-node-cdf.svg",
      title: `S2: same-node vs cross-node vote→seen at ${pair.referenceRate ?? "?"} votes/s`,
      xLabel: "latency (ms)",
      yLabel: "fraction of deliveries",
      xLog: true,
      yLog: false,
      series,
    },
  ];
}
