// Runs one open-loop step on a prepared fleet and merges the workers' results: latency
// histograms, deliveries, and CPU of every process involved over the measured window.

import type { WorkerPool } from "../generator/pool.ts";
import { nowUs, sleepUntil } from "../lib/clock.ts";
import { cdfPoints, mergeHistograms, summarise } from "../lib/histogram.ts";
import { CpuWindow } from "../lib/proc-stat.ts";
import { round, sum } from "../lib/stats.ts";
import { type RedisCounters, readRedisCounters, redisDelta } from "../redis/redis-info.ts";
import type { HeapCounters } from "../targets/server-preload.ts";
import type { Target } from "../targets/target.ts";
import type { RunContext, StepMetrics } from "./types.ts";

export interface StepTiming {
  warmupMs: number;
  measureMs: number;
  drainMs: number;
}

/** A generator worker above this share of one core is the bottleneck: the run is invalid. */
export const GENERATOR_CPU_LIMIT = 90;
export const SUSTAINED_P99_MS = 100;
/**
 * Other processes using more than this share of one core during a window (tests of other
 * engineers on a shared machine): the window's figures measure the machine, not the app.
 */
export const FOREIGN_CPU_LIMIT = 30;

export interface StepOptions {
  /** Voting workers, the first N (default all): S5 keeps one worker for its joiners. */
  voterWorkers?: number;
  /** When the schedule starts (default 0.4 s from now), to line up other work with it. */
  startAtUs?: number;
}

export async function runStep(
  ctx: RunContext,
  pool: WorkerPool,
  target: Target,
  rate: number,
  timing: StepTiming,
  roomSize: number,
  options: StepOptions = {},
): Promise<StepMetrics> {
  const voterWorkers = options.voterWorkers ?? pool.size;
  const startAtUs = options.startAtUs ?? nowUs() + 400_000;
  const measureFrom = startAtUs + timing.warmupMs * 1000;
  const endUs = measureFrom + timing.measureMs * 1000;
  const redis = target.spec.redisUrl !== null ? ctx.redis : null;
  const serverPids = target.nodes.map((node) => node.pid);
  // Everything of the bench: what the machine spends beyond this is someone else's work.
  const watched = [...serverPids, ...(redis ? [redis.pid] : []), ...pool.pids, process.pid];

  const window = (async () => {
    await sleepUntil(measureFrom);
    const cpu = new CpuWindow(watched);
    const heapBefore = await Promise.all(target.nodes.map((node) => node.heapCounters()));
    const before: RedisCounters | null = redis ? await readRedisCounters(redis.client) : null;
    await sleepUntil(endUs);
    const used = cpu.read();
    const heapAfter = await Promise.all(target.nodes.map((node) => node.heapCounters()));
    const foreign = cpu.foreignPercent(used);
    const foreignShares = foreign > FOREIGN_CPU_LIMIT ? cpu.foreignShares(foreign) : null;
    const after = redis ? await readRedisCounters(redis.client) : null;
    return {
      used,
      foreign,
      foreignShares,
      heap: heapDelta(heapBefore, heapAfter),
      delta: before && after ? redisDelta(before, after) : null,
    };
  })();

  const results = await pool.all(
    (index) => ({
      type: "load",
      ratePerSec: index < voterWorkers ? rate / voterWorkers : 0,
      startAtUs,
      warmupMs: timing.warmupMs,
      measureMs: timing.measureMs,
      drainMs: timing.drainMs,
      offsetFraction: index / voterWorkers,
    }),
    timing.warmupMs + timing.measureMs + timing.drainMs + 120_000,
  );
  const { used, foreign, foreignShares, heap, delta } = await window;

  const all = mergeHistograms(results.map((one) => one.latency.all));
  const same = mergeHistograms(results.map((one) => one.latency.sameNode));
  const cross = mergeHistograms(results.map((one) => one.latency.crossNode));
  const fromSent = mergeHistograms(results.map((one) => one.latency.fromSent));
  const measuredVotes = sum(results.map((one) => one.measuredVotes));
  const seconds = timing.measureMs / 1000;
  const deliveriesPerSecByNode = target.nodes.map(
    (_node, node) => sum(results.map((one) => one.deliveriesByNode[node] ?? 0)) / seconds,
  );
  // Every other client of the room sees each vote; the sender's own copy is not counted.
  const expected = measuredVotes * (roomSize - 1);
  const missingDeliveries = Math.max(0, expected - all.totalCount);
  const failedVotes = sum(results.map((one) => one.failed));
  const latency = summarise(all);
  const generatorCpu = results.map((one) => Math.round(one.cpuPercent));
  const generatorSaturated = generatorCpu.some((cpu) => cpu > GENERATOR_CPU_LIMIT);
  const serverCpu = serverPids.map((pid) => Math.round(used.get(pid)?.percent ?? Number.NaN));
  const redisCpu = redis ? (used.get(redis.pid)?.percent ?? Number.NaN) : Number.NaN;
  const serverCpuSeconds = sum(serverPids.map((pid) => used.get(pid)?.seconds ?? Number.NaN));
  return {
    rate,
    windowUs: { fromUs: measureFrom, toUs: endUs },
    measuredVotes,
    latency,
    fromSent: summarise(fromSent),
    sameNode: summarise(same),
    crossNode: summarise(cross),
    ack: summarise(mergeHistograms(results.map((one) => one.ack))),
    sendLag: summarise(mergeHistograms(results.map((one) => one.sendLag))),
    deliveriesPerSecByNode: deliveriesPerSecByNode.map(Math.round),
    missingDeliveries,
    failedVotes,
    firstError: results.find((one) => one.firstError !== null)?.firstError ?? null,
    serverCpu,
    serverCpuUsPerVote:
      measuredVotes > 0 ? round((serverCpuSeconds * 1e6) / measuredVotes, 1) : null,
    // Per vote of the open-loop schedule, which is what the server got while it kept up.
    allocBytesPerVote: heap ? Math.round(heap.allocatedBytesPerSec / rate) : null,
    gcPercentOfCpu:
      heap && serverCpuSeconds > 0
        ? round((100 * heap.gcUsPerSec) / 1e6 / (serverCpuSeconds / seconds), 1)
        : null,
    generatorCpu,
    redis: delta
      ? {
          cpuPercent: Math.round(redisCpu),
          callsPerVote: measuredVotes > 0 ? delta.totalCalls / measuredVotes : 0,
          calls: delta.calls,
        }
      : null,
    generatorSaturated,
    foreignCpu: Math.round(foreign),
    machineBusy: foreign > FOREIGN_CPU_LIMIT,
    ...(foreignShares === null ? {} : { foreignShares }),
    // What the server kept up with, measured by a generator that kept up with itself.
    sustained:
      measuredVotes > 0 &&
      latency.p99 <= SUSTAINED_P99_MS &&
      missingDeliveries === 0 &&
      failedVotes === 0 &&
      !generatorSaturated,
    cdf: cdfPoints(all),
    crossCdf: cdfPoints(cross),
    sameCdf: cdfPoints(same),
  };
}

/**
 * Allocation and GC time of every node per second of its own window (from its answer at
 * the start to its answer at the end: a busy server answers late, so its window is its
 * own, not the bench's); null if a node did not answer.
 */
function heapDelta(
  before: readonly (HeapCounters | null)[],
  after: readonly (HeapCounters | null)[],
): { allocatedBytesPerSec: number; gcUsPerSec: number } | null {
  let allocatedBytesPerSec = 0;
  let gcUsPerSec = 0;
  for (const [index, start] of before.entries()) {
    const end = after[index];
    const seconds = start && end ? (end.atUs - start.atUs) / 1e6 : 0;
    if (!start || !end || seconds <= 0) return null;
    allocatedBytesPerSec += (end.allocatedBytes - start.allocatedBytes) / seconds;
    gcUsPerSec += (end.gcUs - start.gcUs) / seconds;
  }
  return { allocatedBytesPerSec, gcUsPerSec };
}
