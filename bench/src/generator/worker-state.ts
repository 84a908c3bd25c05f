// What one generator worker holds between requests: its clients and the sink their
// events go to (each scenario step installs its own).
import { type BenchClient, type EventSink, IGNORE } from "./bench-client.ts";

export interface WorkerState {
  readonly index: number;
  clients: BenchClient[];
  sink: EventSink;
}

export const newWorkerState = (index: number): WorkerState => ({
  index,
  clients: [],
  sink: IGNORE,
});

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await task(item);
    }
  });
  await Promise.all(lanes);
}

/** CPU of this process over a window, percent of one core. */
export function cpuMeter(): () => number {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  return () => {
    const used = process.cpuUsage(cpu);
    const elapsedMs = performance.now() - wall;
    return elapsedMs > 0 ? (100 * (used.user + used.system)) / 1000 / elapsedMs : 0;
  };
}

export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : JSON.stringify(error);
