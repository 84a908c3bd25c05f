// S1 — fan-out on one node, embedded store: rooms of 20, vote rate rising step by step
// until p99 passes 100 ms. App against B0 (bare Socket.IO relay, in-memory adapter).
import { round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import type { TargetSpec } from "../targets/target.ts";
import { everyoneVotes } from "./fleet.ts";
import { profileApp } from "./profile-run.ts";
import { type RampResult, stepAt } from "./ramp.ts";
import {
  atReference,
  maxRate,
  p50At,
  p99At,
  pairMedian,
  pairRatio,
  type RampPair,
  rampPlots,
  rampsOf,
  rampsValidity,
  rampTables,
  referenceLabel,
  runRampPairs,
} from "./ramp-pairs.ts";
import type { RunContext, ScenarioResult } from "./types.ts";
import { plainRow, ratioRow } from "./verdict.ts";

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
  const profileRate = first?.referenceRate ?? sizes.rates[0] ?? 100;
  // Profile where the app works hardest while still keeping up: more samples, same paths.
  const busiest = Math.max(profileRate, first?.app?.maxSustainedRate ?? 0);
  const profiles = await profileApp(ctx, "S1", app, shape, busiest, sizes.timing);

  const deliveriesAtMax = (_pair: RampPair, ramp: RampResult) =>
    stepAt(ramp, ramp.maxSustainedRate)?.deliveriesPerSecByNode[0] ?? Number.NaN;
  const serverCpu = atReference((step) => step.serverCpu[0] ?? Number.NaN);
  const generatorMax = Math.max(
    ...pairs.flatMap(rampsOf).flatMap((ramp) => ramp.steps.flatMap((step) => step.generatorCpu)),
  );
  const validity = rampsValidity(pairs);
  const ratios = {
    p50: pairRatio(pairs, p50At),
    p99: pairRatio(pairs, p99At),
    maxRate: pairRatio(pairs, maxRate),
  };
  const rows = [
    ratioRow(
      `vote→seen p50 @ ${referenceLabel(pairs)}`,
      "ms",
      pairMedian(pairs, "app", p50At),
      pairMedian(pairs, "baseline", p50At),
      ratios.p50,
      { atMost: 1.2 },
    ),
    ratioRow(
      `vote→seen p99 @ ${referenceLabel(pairs)}`,
      "ms",
      pairMedian(pairs, "app", p99At),
      pairMedian(pairs, "baseline", p99At),
      ratios.p99,
      { atMost: 1.5 },
    ),
    ratioRow(
      "max sustainable rate (p99 ≤ 100 ms)",
      "votes/s",
      pairMedian(pairs, "app", maxRate),
      pairMedian(pairs, "baseline", maxRate),
      ratios.maxRate,
      { atLeast: 0.8 },
    ),
    plainRow(
      "deliveries/s per node at max rate",
      "/s",
      pairMedian(pairs, "app", deliveriesAtMax),
      pairMedian(pairs, "baseline", deliveriesAtMax),
    ),
    plainRow(
      `server CPU @ ${referenceLabel(pairs)}`,
      "% core",
      pairMedian(pairs, "app", serverCpu),
      pairMedian(pairs, "baseline", serverCpu),
      null,
      null,
      pairRatio(pairs, serverCpu),
    ),
    plainRow(
      "generator CPU, busiest worker",
      "% core",
      round(generatorMax, 0),
      null,
      "≤ 90 %",
      generatorMax <= 90,
    ),
  ];
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
    profiles,
  };
}
