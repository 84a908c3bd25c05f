// A server's memory from the outside: RSS from /proc, heap from its /metrics (the app's
// prom-client gauge on its metrics listener, or the relay's gauge of the same name), both
// after a full GC.
import { sleep } from "../lib/clock.ts";
import { rssBytes } from "../lib/proc-stat.ts";
import type { NodeProcess } from "./child.ts";

export interface MemoryReading {
  rssBytes: number;
  heapUsedBytes: number;
}

export async function readHeapUsed(metricsUrl: string): Promise<number> {
  const response = await fetch(`${metricsUrl}/metrics`, { signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]);
}

export async function memoryAfterGc(node: NodeProcess): Promise<MemoryReading> {
  // Twice: the first collection can leave what finalisers free for the second.
  for (let i = 0; i < 2; i += 1) {
    node.collectGarbage();
    await sleep(400);
  }
  const heapUsedBytes = await readHeapUsed(node.metricsUrl);
  return { rssBytes: rssBytes(node.pid), heapUsedBytes };
}
