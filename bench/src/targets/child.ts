// One server process under test: spawned with plain node from the repository root, its
// output kept in a log file, ready when its /healthz answers, stopped with SIGTERM (then
// SIGKILL) so that `--cpu-prof` gets to write its profile. A preload of the bench's own
// (server-preload.ts) answers for the heap: a full GC, and allocation and GC counters.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { settlesWithin, waitFor } from "../lib/clock.ts";
import { REPO_ROOT, SCRATCH_DIR } from "../lib/paths.ts";
import type { HeapCounters } from "./server-preload.ts";

export interface NodeProcess {
  readonly label: string;
  readonly url: string;
  /** Where its /metrics is read: the app's own metrics listener, or the relay's port. */
  readonly metricsUrl: string;
  readonly port: number;
  readonly pid: number;
  readonly logFile: string;
  /** Asks the process to collect garbage (the preload listens for SIGUSR2). */
  collectGarbage(): void;
  /** The process's cumulative allocation and GC counters now; null if it did not answer. */
  heapCounters(): Promise<HeapCounters | null>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  label: string;
  entry: string;
  port: number;
  /** The app serves /metrics on its own port (METRICS_PORT); the relay on `port`. */
  metricsPort?: number;
  env: Record<string, string>;
  /** Where it runs (default: this checkout's root). */
  cwd?: string;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeFlags?: readonly string[];
  readyTimeoutMs?: number;
}

const PRELOAD = join(REPO_ROOT, "bench/src/targets/server-preload.ts");

/** Every child still running: killed if the bench exits early (error, Ctrl-C, watchdog). */
const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

export function trackChild(child: ChildProcess): void {
  live.add(child);
  child.once("exit", () => live.delete(child));
}

export async function spawnServer(options: SpawnOptions): Promise<NodeProcess> {
  const logDir = join(SCRATCH_DIR, "logs");
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${options.label}-${options.port}.log`);
  const statsFile = join(logDir, `${options.label}-${options.port}.heap.jsonl`);
  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), "--expose-gc", "--import", PRELOAD, options.entry],
    {
      cwd: options.cwd ?? REPO_ROOT,
      env: {
        ...process.env,
        ...options.env,
        PORT: String(options.port),
        HOST: "127.0.0.1",
        ...(options.metricsPort === undefined ? {} : { METRICS_PORT: String(options.metricsPort) }),
        BENCH_STATS_FILE: statsFile,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  trackChild(child);
  // Two streams into one file: neither may end it while the other still writes.
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once("close", () => log.end());
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const ready = await waitFor(
    async () => child.exitCode === null && (await healthy(url)),
    options.readyTimeoutMs ?? 20_000,
    50,
  );
  if (!ready || child.pid === undefined) {
    child.kill("SIGKILL");
    throw new Error(`${options.label} did not start on ${url}; see ${logFile}`);
  }
  const pid = child.pid;
  return {
    label: options.label,
    url,
    metricsUrl: `http://127.0.0.1:${options.metricsPort ?? options.port}`,
    port: options.port,
    pid,
    logFile,
    collectGarbage: () => child.kill("SIGUSR2"),
    heapCounters: () => readHeapCounters(child, statsFile),
    stop: () => stopChild(child, exited),
  };
}

/** Signals the preload and waits (briefly) for the line it appends. */
async function readHeapCounters(
  child: ChildProcess,
  statsFile: string,
): Promise<HeapCounters | null> {
  const lines = () => (existsSync(statsFile) ? readFileSync(statsFile, "utf8").split("\n") : []);
  const before = lines().length;
  if (!child.kill("SIGWINCH")) return null;
  // A busy process answers late; an answer that never comes leaves the figure out (null).
  const answered = await waitFor(() => lines().length > before, 10_000, 5);
  const last = lines()
    .filter((line) => line !== "")
    .at(-1);
  return answered && last ? (JSON.parse(last) as HeapCounters) : null;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  if (!(await settlesWithin(exited, 15_000))) {
    child.kill("SIGKILL");
    await exited;
  }
}
