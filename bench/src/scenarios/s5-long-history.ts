// S5 — joining a room with a long history (1k, 10k, 100k past events) while 20 voters keep
// voting: join → state ready, bytes the joiner receives, the first (cold) join that loads
// the room from disk, and the voters' p99 with and without joins going on. Voters vote
// from worker 0; worker 1 runs the joiners.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkerPool } from "../generator/pool.ts";
import type { ClientSpec, JoinsResult } from "../generator/protocol.ts";
import { nowUs } from "../lib/clock.ts";
import { type LatencySummary, mergeHistograms, summarise } from "../lib/histogram.ts";
import { median } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import { startTarget, type Target, type TargetSpec } from "../targets/target.ts";
import { s5Result } from "./s5-report.ts";
import { type SeededRoom, seedRooms } from "./s5-seed.ts";
import { runStep } from "./steps.ts";
import type { RunContext, ScenarioResult, StepMetrics } from "./types.ts";

export interface HistoryRun {
  history: number;
  coldJoinMs: number | null;
  join: LatencySummary;
  connectAndJoin: LatencySummary;
  bytesMedian: number;
  joinFailures: number;
  firstError: string | null;
  votersQuiet: StepMetrics;
  votersDuringJoins: StepMetrics;
}

export async function runS5(ctx: RunContext, sizes: Sizes["s5"]): Promise<ScenarioResult> {
  if (ctx.pool.size < 2) throw new Error("S5 needs 2 generator workers (voters, joiners)");
  const dataDir = await mkdtemp(join(tmpdir(), "stackboard-bench-s5-"));
  try {
    const started = performance.now();
    const seeded = await seedRooms(dataDir, sizes.histories, sizes.voters, 20);
    ctx.log(
      `S5: seeded ${seeded.map((room) => room.history).join(", ")} events in ${Math.round(performance.now() - started)} ms`,
    );
    const app = await measure(
      ctx,
      { kind: "app", nodes: 1, redisUrl: null, dataDir, env: ctx.appEnv },
      sizes,
      seeded,
    );
    const baseline = await measure(ctx, { kind: "B0", nodes: 1, redisUrl: null }, sizes, null);
    return s5Result(sizes, app, baseline);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measure(
  ctx: RunContext,
  spec: TargetSpec,
  sizes: Sizes["s5"],
  seeded: SeededRoom[] | null,
): Promise<HistoryRun[]> {
  const target = await startTarget(spec);
  const pool = ctx.pool;
  try {
    const rooms = seeded ?? [await relayRoom(target)];
    const runs: HistoryRun[] = [];
    for (const room of rooms) runs.push(await measureRoom(ctx, pool, target, sizes, room));
    return runs;
  } finally {
    await pool.disconnectAll();
    await target.stop();
  }
}

async function relayRoom(target: Target): Promise<SeededRoom> {
  const ref = await target.createRoom("S5 relay");
  return { roomId: ref.roomId, history: 0, facilitatorKey: "", voterTokens: [], joinerTokens: [] };
}

async function measureRoom(
  ctx: RunContext,
  pool: WorkerPool,
  target: Target,
  sizes: Sizes["s5"],
  room: SeededRoom,
): Promise<HistoryRun> {
  const protocol = target.spec.kind === "app" ? "app" : "relay";
  const url = target.nodes[0]?.url ?? "";
  const joins = (count: number, startAtUs: number) =>
    pool.request(
      1,
      {
        type: "joins",
        protocol,
        url,
        roomId: room.roomId,
        tokens: room.joinerTokens,
        count,
        intervalMs: sizes.joinIntervalMs,
        startAtUs,
      },
      count * sizes.joinIntervalMs + 120_000,
    );
  // The first join loads the room from disk (the server has not seen it since start).
  const cold = await joins(1, nowUs());
  const voters: ClientSpec[] = Array.from({ length: sizes.voters }, (_unused, index) => ({
    index,
    url,
    node: 0,
    roomId: room.roomId,
    facilitatorKey: null,
    participantToken: room.voterTokens[index] ?? null,
    voter: true,
    name: `Seed voter ${index}`,
  }));
  const up = await pool.request(
    0,
    { type: "connect", protocol, clients: voters, concurrency: 20 },
    60_000,
  );
  const timing = { warmupMs: 500, measureMs: sizes.phaseMs, drainMs: 500 };
  const stepOptions = { voterWorkers: 1 };
  const votersQuiet = await runStep(
    ctx,
    pool,
    target,
    sizes.voteRate,
    timing,
    up.joined,
    stepOptions,
  );
  const startAtUs = nowUs() + 400_000;
  const [votersDuringJoins, joined] = await Promise.all([
    runStep(ctx, pool, target, sizes.voteRate, timing, up.joined, { ...stepOptions, startAtUs }),
    joins(sizes.joins, startAtUs + timing.warmupMs * 1000),
  ]);
  await pool.request(0, { type: "disconnect" }, 30_000);
  const run = summariseJoins(room.history, cold, joined, votersQuiet, votersDuringJoins);
  ctx.log(
    `${target.label} history ${room.history}: cold join ${run.coldJoinMs} ms, join p50 ${run.join.p50} p99 ${run.join.p99} ms, ${run.bytesMedian} B; voters p99 ${votersQuiet.latency.p99} → ${votersDuringJoins.latency.p99} ms`,
  );
  return { ...run, firstError: run.firstError ?? up.firstError };
}

function summariseJoins(
  history: number,
  cold: JoinsResult,
  joined: JoinsResult,
  votersQuiet: StepMetrics,
  votersDuringJoins: StepMetrics,
): HistoryRun {
  const coldJoin = summarise(mergeHistograms([cold.joinToReady]));
  return {
    history,
    coldJoinMs: coldJoin.count > 0 ? coldJoin.max : null,
    join: summarise(mergeHistograms([joined.joinToReady])),
    connectAndJoin: summarise(mergeHistograms([joined.connectToReady])),
    bytesMedian: median(joined.bytes),
    joinFailures: joined.failed + cold.failed,
    firstError: cold.firstError ?? joined.firstError,
    votersQuiet,
    votersDuringJoins,
  };
}
