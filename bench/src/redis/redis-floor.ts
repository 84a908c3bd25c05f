// The physical floor on this machine: what a Redis round trip and Redis's own throughput
// for the app's kind of commands cost, measured on the bench's Redis before anything else.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { nowUs } from "../lib/clock.ts";
import { newHistogram, summarise } from "../lib/histogram.ts";
import type { BenchRedis } from "./redis-server.ts";

const run = promisify(execFile);

export interface RedisFloor {
  /** `redis-cli --latency`: min/avg/max ms over its samples. */
  cliLatency: { minMs: number; avgMs: number; maxMs: number; samples: number } | null;
  /** Sequential PINGs through ioredis (the app's client): ms. */
  pingMs: { p50: number; p99: number; max: number };
  /** `redis-benchmark -q` with a 300-byte value, as the app's event JSON. */
  benchmark: { command: string; requestsPerSec: number; p50Ms: number }[];
}

const PAYLOAD = "x".repeat(300);

export async function measureRedisFloor(redis: BenchRedis, quick: boolean): Promise<RedisFloor> {
  const pings = newHistogram();
  for (let i = 0; i < (quick ? 500 : 5000); i += 1) {
    const started = nowUs();
    await redis.client.ping();
    pings.recordValue(Math.max(1, nowUs() - started));
  }
  const ping = summarise(pings);
  const benchmark: RedisFloor["benchmark"] = [];
  for (const args of [
    ["XADD", "bench:floor:stream", "*", "e", PAYLOAD],
    ["PUBLISH", "bench:floor:channel", PAYLOAD],
  ]) {
    const { stdout } = await run(
      "redis-benchmark",
      ["-p", String(redis.port), "-n", quick ? "5000" : "20000", "-q", ...args],
      { timeout: 60_000 },
    );
    const last = stdout.split("\r").at(-1) ?? "";
    const match = /([\d.]+) requests per second, p50=([\d.]+) msec/.exec(last);
    benchmark.push({
      command: args[0] ?? "",
      requestsPerSec: Number(match?.[1] ?? Number.NaN),
      p50Ms: Number(match?.[2] ?? Number.NaN),
    });
  }
  await redis.client.del("bench:floor:stream");
  return {
    cliLatency: await cliLatency(redis.port, quick ? 2000 : 5000),
    pingMs: { p50: ping.p50, p99: ping.p99, max: ping.max },
    benchmark,
  };
}

/** `redis-cli --latency` runs until stopped; without a TTY it prints one summary line. */
function cliLatency(port: number, ms: number): Promise<RedisFloor["cliLatency"]> {
  return new Promise((resolve) => {
    const child = spawn("redis-cli", ["-p", String(port), "--latency"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGINT"), ms);
    child.once("error", () => resolve(null));
    child.once("exit", () => {
      clearTimeout(timer);
      const last = output.trim().split(/\r|\n/).at(-1) ?? "";
      const [min, max, avg, samples] = last.trim().split(/\s+/).map(Number);
      resolve(
        samples !== undefined && Number.isFinite(samples)
          ? { minMs: min ?? 0, avgMs: avg ?? 0, maxMs: max ?? 0, samples }
          : null,
      );
    });
  });
}
