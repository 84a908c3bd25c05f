// The bench's own redis-server on a free loopback port: INFO cpu and commandstats deltas
// then count only the bench's work (the shared Redis on 6379 serves other engineers'
// tests), and FLUSHALL between runs touches nothing of theirs. No persistence: the bench
// measures the app's Redis round trips, not disk.
import { type ChildProcess, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { settlesWithin, waitFor } from "../lib/clock.ts";
import { freePort } from "../lib/free-port.ts";
import { trackChild } from "../targets/child.ts";

export interface BenchRedis {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly client: Redis;
  readonly version: string;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  trackChild(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("error", () => undefined);
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  client.on("error", () => undefined);
  const up = await waitFor(async () => {
    try {
      if (client.status !== "ready") await client.connect();
      return (await client.ping()) === "PONG";
    } catch {
      return false;
    }
  }, 10_000);
  if (!up || child.pid === undefined) {
    child.kill("SIGKILL");
    client.disconnect();
    throw new Error("redis-server did not start (is it on PATH?)");
  }
  const info = await client.info("server");
  const version = /redis_version:(\S+)/.exec(info)?.[1] ?? "unknown";
  const pid = child.pid;
  return {
    url,
    port,
    pid,
    client,
    version,
    flush: async () => {
      await client.flushall();
    },
    stop: async () => {
      client.disconnect();
      child.kill("SIGTERM");
      if (!(await settlesWithin(exited, 5_000))) child.kill("SIGKILL");
    },
  };
}
