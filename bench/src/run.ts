// `npm run bench`: runs the chosen scenarios against the app and its baselines, then
// writes the results (JSON, Markdown, SVG plots, docs/performance.md). Every run is
// bounded: each step has its own timeouts and a watchdog ends a run that overstays.
import { join } from "node:path";
import { parseCli } from "./cli.ts";
import { WorkerPool } from "./generator/pool.ts";
import { SCRATCH_DIR } from "./lib/paths.ts";
import { pruneScratch } from "./lib/scratch.ts";
import { measureRedisFloor, type RedisFloor } from "./redis/redis-floor.ts";
import { type BenchRedis, startBenchRedis } from "./redis/redis-server.ts";
import { withCarried } from "./report/carry.ts";
import { currentLoad, machineInfo } from "./report/machine.ts";
import { RESULTS_FORMAT, type RunResults } from "./report/results.ts";
import { resultsTable } from "./report/table.ts";
import { writeResults } from "./report/write.ts";
import { failedScenario, NEEDS_REDIS, SCENARIOS } from "./scenarios/index.ts";
import type { RunContext, ScenarioResult } from "./scenarios/types.ts";
import { FULL, QUICK, withOverrides } from "./sizes.ts";
import { runAppFrom } from "./targets/target.ts";

const QUICK_LIMIT_MS = 10 * 60_000;
const FULL_LIMIT_MS = 6 * 60 * 60_000;

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if (options.appRoot !== null) runAppFrom(options.appRoot);
  const watchdog = setTimeout(
    () => {
      console.error("bench: time limit reached; stopping");
      process.exit(2);
    },
    options.quick ? QUICK_LIMIT_MS : FULL_LIMIT_MS,
  );
  watchdog.unref();
  const started = new Date();
  const loadAtStart = currentLoad();
  pruneScratch();
  const log = (message: string) =>
    console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(1)}s] ${message}`);

  let redis: BenchRedis | null = null;
  let floor: RedisFloor | null = null;
  try {
    redis = await startBenchRedis();
    log(`bench redis-server ${redis.version} on ${redis.url}`);
    floor = await measureRedisFloor(redis, options.quick);
    log(`redis floor: PING p50 ${floor.pingMs.p50} ms, p99 ${floor.pingMs.p99} ms`);
  } catch (error) {
    log(
      `no bench Redis (${error instanceof Error ? error.message : String(error)}): S2, S3, S6 will not run`,
    );
  }
  const pool = WorkerPool.start(options.workers);
  const ctx: RunContext = {
    quick: options.quick,
    pool,
    pairs: options.pairs,
    appEnv: options.appEnv,
    redis,
    profile: options.profile,
    profileDir: join(SCRATCH_DIR, "profiles", started.toISOString().replace(/[:.]/g, "-")),
    log,
  };
  const sizes = withOverrides(options.quick ? QUICK : FULL, options);
  const scenarios: ScenarioResult[] = [];
  try {
    for (const id of options.only) {
      log(`${id}: start`);
      try {
        if (NEEDS_REDIS.has(id) && redis === null) throw new Error("needs redis-server");
        scenarios.push(await SCENARIOS[id](ctx, sizes));
      } catch (error) {
        log(
          `${id}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        scenarios.push(failedScenario(id, error));
      }
    }
  } finally {
    await pool.close();
    await redis?.stop();
  }
  const results: RunResults = {
    format: RESULTS_FORMAT,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    command: options.command,
    quick: options.quick,
    workers: options.workers,
    pairs: options.pairs,
    appEnv: options.appEnv,
    appRoot: options.appRoot,
    machine: machineInfo(redis?.version ?? null, loadAtStart),
    redisFloor: floor,
    scenarios,
  };
  const files = writeResults(
    withCarried(results, options.outDir),
    options.outDir,
    options.updateDocs,
  );
  console.log(`\n${resultsTable(scenarios)}\n`);
  log(`wrote ${files.length} files: ${files.slice(0, 3).join(", ")}, ...`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));
