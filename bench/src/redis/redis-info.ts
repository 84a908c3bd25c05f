// Redis's own accounting, read before and after a measured window: CPU seconds of the
// server (INFO cpu) and calls per command (INFO commandstats).
import type { Redis } from "ioredis";

export interface RedisCounters {
  cpuSeconds: number;
  calls: Map<string, number>;
}

export async function readRedisCounters(client: Redis): Promise<RedisCounters> {
  const [cpu, stats] = await Promise.all([client.info("cpu"), client.info("commandstats")]);
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(cpu)?.[1] ?? 0);
  const calls = new Map<string, number>();
  for (const match of stats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    calls.set(match[1] ?? "", Number(match[2]));
  }
  return { cpuSeconds: field("used_cpu_sys") + field("used_cpu_user"), calls };
}

export interface RedisDelta {
  cpuSeconds: number;
  /** Calls per command in the window, without the bench's own INFO calls. */
  calls: Record<string, number>;
  totalCalls: number;
}

export function redisDelta(before: RedisCounters, after: RedisCounters): RedisDelta {
  const calls: Record<string, number> = {};
  let totalCalls = 0;
  for (const [name, count] of after.calls) {
    const delta = count - (before.calls.get(name) ?? 0);
    if (delta <= 0 || name === "info") continue;
    calls[name] = delta;
    totalCalls += delta;
  }
  return { cpuSeconds: after.cpuSeconds - before.cpuSeconds, calls, totalCalls };
}
