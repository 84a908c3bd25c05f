// S4 — memory of idle connections: 10 per room, in levels (5k then 10k), RSS and heap per
// 1k connections after GC and a settle time. App (embedded store) against B0.

import { sleep } from "../lib/clock.ts";
import { median, ratio, round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import { type MemoryReading, memoryAfterGc } from "../targets/memory.ts";
import { startTarget, type TargetSpec, targetLabel } from "../targets/target.ts";
import { bringUp, makeRooms, planClients } from "./fleet.ts";
import type { RunContext, ScenarioResult } from "./types.ts";
import { plainRow, ratioRow } from "./verdict.ts";

interface Level {
  connections: number;
  joined: number;
  failed: number;
  memory: MemoryReading;
  /** (reading − empty server) per 1k joined connections, MiB. */
  rssPerThousandMiB: number;
  heapPerThousandMiB: number;
}

interface MemoryRun {
  label: string;
  empty: MemoryReading;
  levels: Level[];
  firstError: string | null;
}

const MiB = 2 ** 20;

async function measure(ctx: RunContext, spec: TargetSpec, sizes: Sizes["s4"]): Promise<MemoryRun> {
  const target = await startTarget(spec);
  const pool = ctx.pool;
  const label = targetLabel(spec);
  try {
    const node = target.nodes[0];
    if (node === undefined) throw new Error("no node");
    await sleep(sizes.settleMs);
    const empty = await memoryAfterGc(node);
    const levels: Level[] = [];
    let connected = 0;
    let joined = 0;
    let failed = 0;
    let firstError: string | null = null;
    for (const level of sizes.levels) {
      const rooms = await makeRooms(target, Math.ceil((level - connected) / sizes.perRoom));
      const shape = { rooms: rooms.length, clientsPerRoom: sizes.perRoom, votersPerRoom: 0 };
      const byWorker = planClients(target, rooms, shape, pool.size, connected);
      const up = await bringUp(pool, target, byWorker, false);
      connected = level;
      joined += up.joined;
      failed += up.failed;
      firstError ??= up.firstError;
      await sleep(sizes.settleMs);
      const memory = await memoryAfterGc(node);
      const perThousand = (bytes: number) => round((1000 * bytes) / Math.max(1, joined) / MiB, 2);
      levels.push({
        connections: level,
        joined,
        failed,
        memory,
        rssPerThousandMiB: perThousand(memory.rssBytes - empty.rssBytes),
        heapPerThousandMiB: perThousand(memory.heapUsedBytes - empty.heapUsedBytes),
      });
      ctx.log(
        `${label} @${level} connections: RSS ${round(memory.rssBytes / MiB, 1)} MiB, heap ${round(memory.heapUsedBytes / MiB, 1)} MiB (${failed} failed)`,
      );
    }
    return { label, empty, levels, firstError };
  } finally {
    await pool.disconnectAll();
    await target.stop();
  }
}

export async function runS4(ctx: RunContext, sizes: Sizes["s4"]): Promise<ScenarioResult> {
  const appSpec: TargetSpec = { kind: "app", nodes: 1, redisUrl: null, env: ctx.appEnv };
  const baseSpec: TargetSpec = { kind: "B0", nodes: 1, redisUrl: null };
  const pairs: { app: MemoryRun; baseline: MemoryRun }[] = [];
  for (let pair = 0; pair < ctx.pairs; pair += 1) {
    const baseline = await measure(ctx, baseSpec, sizes);
    const app = await measure(ctx, appSpec, sizes);
    pairs.push({ app, baseline });
  }
  const rows = sizes.levels.flatMap((level, index) => {
    const figure = (pick: (l: Level) => number) => {
      const of = (run: MemoryRun) => {
        const reading = run.levels[index];
        return reading ? pick(reading) : Number.NaN;
      };
      return {
        app: round(median(pairs.map((p) => of(p.app))), 2),
        baseline: round(median(pairs.map((p) => of(p.baseline))), 2),
        ratio: round(median(pairs.map((p) => ratio(of(p.app), of(p.baseline)))), 3),
      };
    };
    const rss = figure((l) => l.rssPerThousandMiB);
    const heap = figure((l) => l.heapPerThousandMiB);
    const last = index === sizes.levels.length - 1;
    return [
      ratioRow(
        `RSS per 1k connections @ ${level}`,
        "MiB",
        rss.app,
        rss.baseline,
        rss.ratio,
        last ? { atMost: 1.3 } : null,
      ),
      plainRow(
        `heap per 1k connections @ ${level}`,
        "MiB",
        heap.app,
        heap.baseline,
        null,
        null,
        heap.ratio,
      ),
    ];
  });
  const failures = pairs
    .flatMap((p) => [p.app, p.baseline])
    .filter((run) => run.levels.some((l) => l.failed > 0));
  return {
    id: "S4",
    name: `S4 memory of idle connections (${sizes.levels.join(" then ")}, ${sizes.perRoom} per room)`,
    app: pairs.map((p) => p.app),
    baseline: pairs.map((p) => p.baseline),
    ratio: { rssPerThousand: rows[rows.length - 2]?.ratio ?? null },
    rows,
    valid: failures.length === 0,
    notes: failures.map((run) => `${run.label}: some connections failed (${run.firstError}).`),
    plots: [],
    profiles: [],
  };
}
