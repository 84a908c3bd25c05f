// The app of a checkout as a user's server runs it: plain `node` on its server's `main`
// (no bench preload), serving a built web app, on a fresh data directory. Start time is
// from the spawn to the first `/readyz` 200.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { settlesWithin } from "../lib/clock.ts";
import { freePort } from "../lib/free-port.ts";
import { trackChild } from "../targets/child.ts";

export interface AppServer {
  url: string;
  /** Milliseconds from the spawn to the first `/readyz` 200. */
  startMs: number;
  stop(): Promise<void>;
}

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  if (!(await settlesWithin(exited, 15_000))) {
    child.kill("SIGKILL");
    await exited;
  }
}

/** The server's entry point, as its package manifest names it (`main`). */
function serverEntry(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, "apps/server/package.json"), "utf8")) as {
    main?: string;
  };
  if (!manifest.main) throw new Error(`${root}: apps/server/package.json names no main`);
  return join(root, "apps/server", manifest.main);
}

export async function startAppServer(root: string, webDist: string): Promise<AppServer> {
  const dataDir = await mkdtemp(join(tmpdir(), "stackboard-s7-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [serverEntry(root)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      LOG_LEVEL: "warn",
      METRICS_PORT: "0",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  trackChild(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = async () => {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = started + 30_000;
  while (!(await ready(url))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      await stop();
      throw new Error(`${root}: the server did not become ready: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { url, startMs: performance.now() - started, stop };
}
