// One server process under test: spawned with tsx from the repository root, its output
// kept in a log file, ready when its /healthz answers, stopped with SIGTERM (then SIGKILL)
// so that `--cpu-prof` gets to write its profile.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { settlesWithin, waitFor } from "../lib/clock.ts";
import { REPO_ROOT, SCRATCH_DIR } from "../lib/paths.ts";

export interface NodeProcess {
  readonly label: string;
  readonly url: string;
  /** Where its /metrics is read: the app's own metrics listener, or the relay's port. */
  readonly metricsUrl: string;
  readonly port: number;
  readonly pid: number;
  readonly logFile: string;
  /** Asks the process to collect garbage (the GC preload listens for SIGUSR2). */
  collectGarbage(): void;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  label: string;
  entry: string;
  port: number;
  /** The app serves /metrics on its own port (METRICS_PORT); the relay on `port`. */
  metricsPort?: number;
  env: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeFlags?: readonly string[];
  readyTimeoutMs?: number;
}

const GC_PRELOAD = join(REPO_ROOT, "bench/src/targets/gc-preload.ts");

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
  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), "--expose-gc", "--import", GC_PRELOAD, options.entry],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...options.env,
        PORT: String(options.port),
        HOST: "127.0.0.1",
        ...(options.metricsPort === undefined ? {} : { METRICS_PORT: String(options.metricsPort) }),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  trackChild(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
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
    stop: () => stopChild(child, exited),
  };
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
