// S3 — many small rooms over two nodes (2,000 rooms × 4): what each delivered event costs
// the servers in CPU, and how many Redis commands each vote takes. App against B0 and B1.
import { round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import { everyoneVotes } from "./fleet.ts";
import { type RampResult, stepAt } from "./ramp.ts";
import {
  atReference,
  p99At,
  pairMedian,
  pairRatio,
  rampsOf,
  rampsValidity,
  rampTables,
  runRampPairs,
  twoNodeSpecs,
} from "./ramp-pairs.ts";
import type { RunContext, ScenarioResult } from "./types.ts";
import { plainRow } from "./verdict.ts";

/** Server CPU µs per delivered event: both nodes' CPU over the window ÷ deliveries in it. */
const cpuPerDelivery = atReference((step) => {
  const deliveries = step.deliveriesPerSecByNode.reduce((a, b) => a + b, 0);
  const cpuSeconds = step.serverCpu.reduce((a, b) => a + b, 0) / 100;
  return deliveries > 0 ? round((1e6 * cpuSeconds) / deliveries, 1) : Number.NaN;
});
const redisPerVote = atReference((step) => step.redis?.callsPerVote ?? Number.NaN);

export async function runS3(ctx: RunContext, sizes: Sizes["s3"]): Promise<ScenarioResult> {
  const shape = everyoneVotes(sizes.rooms, sizes.clientsPerRoom);
  const specs = twoNodeSpecs(ctx, true);
  const { app } = specs;
  const pairs = await runRampPairs(ctx, specs, shape, [sizes.rate], sizes.timing);
  const ramps = pairs.flatMap(rampsOf);
  const unsustained = ramps.filter((ramp) => ramp.maxSustainedRate === 0);
  const validity = rampsValidity(pairs);
  const generatorMax = Math.max(
    ...ramps.flatMap((ramp) => ramp.steps.flatMap((step) => step.generatorCpu)),
  );
  const rows = [
    plainRow(
      `server CPU per delivered event @ ${sizes.rate}/s`,
      "µs",
      pairMedian(pairs, "app", cpuPerDelivery),
      pairMedian(pairs, "baseline", cpuPerDelivery),
      null,
      null,
      pairRatio(pairs, cpuPerDelivery),
    ),
    plainRow(
      "  … against B1",
      "µs",
      pairMedian(pairs, "app", cpuPerDelivery),
      pairMedian(pairs, "extra", cpuPerDelivery),
      null,
      null,
      pairRatio(pairs, cpuPerDelivery, "extra"),
    ),
    plainRow(
      "Redis commands per vote",
      "cmds",
      pairMedian(pairs, "app", redisPerVote),
      pairMedian(pairs, "baseline", redisPerVote),
      null,
      null,
      pairRatio(pairs, redisPerVote),
    ),
    plainRow(
      "  … against B1",
      "cmds",
      pairMedian(pairs, "app", redisPerVote),
      pairMedian(pairs, "extra", redisPerVote),
      null,
      null,
      pairRatio(pairs, redisPerVote, "extra"),
    ),
    plainRow(
      `vote→seen p99 @ ${sizes.rate}/s`,
      "ms",
      pairMedian(pairs, "app", p99At),
      pairMedian(pairs, "baseline", p99At),
      null,
      null,
      pairRatio(pairs, p99At),
    ),
    plainRow(
      "generator CPU, busiest worker",
      "% core",
      generatorMax,
      null,
      "≤ 90 %",
      generatorMax <= 90,
    ),
  ];
  const calls = (ramp: RampResult | null) =>
    ramp ? (stepAt(ramp, sizes.rate)?.redis?.calls ?? null) : null;
  return {
    id: "S3",
    name: `S3 many small rooms (${sizes.rooms} rooms × ${sizes.clientsPerRoom} over two nodes, ${sizes.rate} votes/s)`,
    app: pairs.map((pair) => ({ ramp: pair.app, redisCalls: calls(pair.app) })),
    baseline: pairs.map((pair) => ({
      B0: pair.baseline,
      B1: pair.extra,
      redisCallsB1: calls(pair.extra),
    })),
    ratio: {
      cpuPerDelivery: pairRatio(pairs, cpuPerDelivery),
      redisPerVote: pairRatio(pairs, redisPerVote),
    },
    rows,
    valid: validity.valid && app !== null && unsustained.length === 0,
    notes: [
      ...(app ? [] : ["The app's Redis engine is not there yet: baselines only."]),
      ...unsustained.map(
        (ramp) =>
          `${ramp.label} did not sustain ${sizes.rate}/s (p99 > 100 ms or losses): its per-event figures include queueing.`,
      ),
      ...validity.notes,
    ],
    plots: [],
    ramps: rampTables(pairs),
    profiles: [],
  };
}
