// Test support: child processes that tests start and must stop again whatever happens,
// and the tools they need (nginx) with the same install-or-skip rule as redis-server.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

export function installed(command: string, versionFlag = "-v"): boolean {
  return spawnSync(command, [versionFlag], { stdio: "ignore" }).status === 0;
}

export interface Child {
  readonly process: ChildProcess;
  /** Everything the child wrote to stderr so far (for failure messages). */
  readonly stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startChild(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Child {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8_000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    process: child,
    stderr: () => stderr,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers `status`, or throws with what the child said. */
export async function waitForHttp(
  url: string,
  child: Child,
  status = 200,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`${url}: process exited (${child.process.exitCode}): ${child.stderr()}`);
    }
    const answered = await fetch(url).then(
      async (response) => {
        await response.body?.cancel();
        return response.status;
      },
      () => null,
    );
    if (answered === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms: ${child.stderr()}`);
}
