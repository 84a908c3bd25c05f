// S6 — countdown burst: one room, every client votes within 200 ms when the timer ends,
// round after round, over two nodes; once more with 10 % of the clients dropped for 2 s
// mid-burst (they rejoin with their token and lastSeq and re-send unacked votes). A room
// holds at most 200 participants (core LIMITS), so the app's 300 clients are 150 people
// with two tabs each, one tab per node; every tab votes.

import type { WorkerPool } from "../generator/pool.ts";
import type { ClientSpec, Protocol } from "../generator/protocol.ts";
import { nowUs } from "../lib/clock.ts";
import { CpuWindow } from "../lib/proc-stat.ts";
import { median, sum } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import {
  appRedisAvailable,
  startTarget,
  type Target,
  type TargetSpec,
  targetLabel,
} from "../targets/target.ts";
import { s6Result } from "./s6-report.ts";
import { GENERATOR_CPU_LIMIT } from "./steps.ts";
import type { RunContext, ScenarioResult } from "./types.ts";

export interface BurstRun {
  label: string;
  drop: boolean;
  clients: number;
  votesPerRound: number;
  /** Per round: ms from the round's start until the last client had seen every vote. */
  completionMs: (number | null)[];
  completionP50: number | null;
  completionMax: number | null;
  incompleteRounds: number;
  lost: number;
  duplicated: number;
  retried: number;
  redelivered: number;
  failed: number;
  firstError: string | null;
  generatorCpu: number[];
  generatorSaturated: boolean;
  serverCpu: number[];
  /** CPU of processes outside the bench while the rounds ran, percent of one core. */
  foreignCpu: number;
  /** Time to connect and join every client (room creation and setup included). */
  fillMs: number;
  snapshotCatchUps: number;
}

export async function runS6(ctx: RunContext, sizes: Sizes["s6"]): Promise<ScenarioResult> {
  const redisUrl = ctx.redis?.url ?? null;
  const twoNodes = appRedisAvailable() && redisUrl !== null;
  const app: TargetSpec = twoNodes
    ? { kind: "app", nodes: 2, redisUrl, env: ctx.appEnv }
    : { kind: "app", nodes: 1, redisUrl: null, env: ctx.appEnv };
  const baseline: TargetSpec = twoNodes
    ? { kind: "B0", nodes: 2, redisUrl }
    : { kind: "B0", nodes: 1, redisUrl: null };
  const runs: { app: BurstRun[]; baseline: BurstRun[] } = { app: [], baseline: [] };
  for (let pair = 0; pair < ctx.pairs; pair += 1) {
    runs.baseline.push(await burstOn(ctx, baseline, sizes, false));
    runs.app.push(await burstOn(ctx, app, sizes, false));
  }
  const appDrop = await burstOn(ctx, app, sizes, true);
  const baselineDrop = ctx.quick ? null : await burstOn(ctx, baseline, sizes, true);
  return s6Result(sizes, runs, appDrop, baselineDrop, twoNodes);
}

async function burstOn(
  ctx: RunContext,
  spec: TargetSpec,
  sizes: Sizes["s6"],
  drop: boolean,
): Promise<BurstRun> {
  await ctx.redis?.flush();
  const target = await startTarget(spec);
  const pool = ctx.pool;
  const label = `${targetLabel(spec)}${drop ? " (10% dropped)" : ""}`;
  try {
    const upStarted = performance.now();
    const { joined, failed, firstError } = await bringUpTabs(pool, target, sizes.clients);
    // Filling one room: the app's presence roster goes to every socket on every join.
    const fillMs = Math.round(performance.now() - upStarted);
    const victims = Array.from({ length: sizes.clients }, (_unused, index) => index).filter(
      (index) => index % 10 === 5,
    );
    const startAtUs = nowUs() + 1_000_000;
    const lastRoundEnd = sizes.rounds * sizes.periodMs + sizes.dropMs;
    const settleMs = Math.max(3000, sizes.periodMs);
    const serverPids = target.nodes.map((node) => node.pid);
    const cpu = new CpuWindow([
      ...serverPids,
      ...pool.pids,
      process.pid,
      ...(ctx.redis ? [ctx.redis.pid] : []),
    ]);
    const results = await pool.all(
      () => ({
        type: "burst",
        startAtUs,
        rounds: sizes.rounds,
        periodMs: sizes.periodMs,
        spreadMs: sizes.spreadMs,
        votesPerRound: joined,
        drop: drop
          ? { clients: victims, round: Math.floor(sizes.rounds / 2), dropMs: sizes.dropMs }
          : null,
        settleMs,
      }),
      lastRoundEnd + settleMs + 120_000,
    );
    const used = cpu.read();
    const foreignCpu = Math.round(cpu.foreignPercent(used));
    const serverCpu = serverPids.map((pid) => Math.round(used.get(pid)?.percent ?? Number.NaN));
    const completionMs = Array.from({ length: sizes.rounds }, (_unused, round) => {
      const perWorker = results.map((result) => result.rounds[round]?.completeUs ?? null);
      return perWorker.some((us) => us === null)
        ? null
        : Math.max(...(perWorker as number[])) / 1000;
    });
    const complete = completionMs.filter((ms): ms is number => ms !== null);
    const generatorCpu = results.map((result) => Math.round(result.cpuPercent));
    const run: BurstRun = {
      label,
      drop,
      clients: sizes.clients,
      votesPerRound: joined,
      completionMs,
      completionP50: complete.length > 0 ? median(complete) : null,
      completionMax: complete.length === completionMs.length ? Math.max(...complete) : null,
      incompleteRounds: completionMs.length - complete.length,
      lost: sum(results.flatMap((result) => result.rounds.map((round) => round.lost))),
      duplicated: sum(results.flatMap((result) => result.rounds.map((round) => round.duplicated))),
      retried: sum(results.map((result) => result.votesRetried)),
      redelivered: sum(results.map((result) => result.redelivered)),
      failed: failed + sum(results.map((result) => result.failed)),
      firstError: firstError ?? results.find((result) => result.firstError)?.firstError ?? null,
      generatorCpu,
      generatorSaturated: generatorCpu.some((percent) => percent > GENERATOR_CPU_LIMIT),
      serverCpu,
      foreignCpu,
      fillMs,
      snapshotCatchUps: sum(results.map((result) => result.snapshotCatchUps)),
    };
    ctx.log(
      `${label}: room filled in ${fillMs} ms; completion p50 ${run.completionP50} max ${run.completionMax} ms, lost ${run.lost}, duplicated ${run.duplicated}, retried ${run.retried}, generator ${generatorCpu.join("/")}%`,
    );
    return run;
  } finally {
    await pool.disconnectAll();
    await target.stop();
  }
}

/** App: first tabs join as new people, second tabs with the first tab's token (other node). */
async function bringUpTabs(
  pool: WorkerPool,
  target: Target,
  clients: number,
): Promise<{ joined: number; failed: number; firstError: string | null }> {
  const app = target.spec.kind === "app";
  const protocol: Protocol = app ? "app" : "relay";
  const room = await target.createRoom("S6 countdown");
  const nodes = target.nodes.length;
  const people = app ? Math.ceil(clients / 2) : clients;
  const spec = (index: number, node: number, token: string | null): ClientSpec => ({
    index,
    url: target.nodes[node]?.url ?? "",
    node,
    roomId: room.roomId,
    facilitatorKey: index === 0 ? room.facilitatorKey : null,
    participantToken: token,
    voter: true,
    name: `Voter ${index % people}`,
  });
  const byWorker = (specs: ClientSpec[]) => (worker: number) => ({
    type: "connect" as const,
    protocol,
    clients: specs.filter((one) => one.index % pool.size === worker),
    concurrency: 16,
    returnTokens: app,
  });
  const first = Array.from({ length: people }, (_unused, index) =>
    spec(index, index % nodes, null),
  );
  const firstUp = await pool.all(byWorker(first), 300_000);
  if (app) await pool.all(() => ({ type: "setup" }), 60_000);
  const tokens = new Map(firstUp.flatMap((result) => result.tokens));
  const second = Array.from({ length: clients - people }, (_unused, tab) =>
    spec(people + tab, (tab + 1) % nodes, tokens.get(tab) ?? null),
  );
  const secondUp = second.length > 0 ? await pool.all(byWorker(second), 300_000) : [];
  const all = [...firstUp, ...secondUp];
  return {
    joined: sum(all.map((result) => result.joined)),
    failed: sum(all.map((result) => result.failed)),
    firstError: all.find((result) => result.firstError)?.firstError ?? null,
  };
}
