// Loaded into every server under test (app and relay alike) with `--import`, next to
// `--expose-gc`; the servers' own code is unchanged. Two things, each on a signal:
// - SIGUSR2 runs a full GC, so the memory scenario reads RSS and heap after collection;
// - SIGWINCH appends one line of cumulative heap counters to $BENCH_STATS_FILE: bytes
//   allocated so far (heap growth plus what every GC freed, from V8's GCProfiler), GC
//   count and main-thread GC time. The bench signals at the start and the end of a
//   measured window and takes the difference: allocation per vote and GC share.
import { appendFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";

const collect: unknown = (globalThis as { gc?: unknown }).gc;
const statsFile = process.env.BENCH_STATS_FILE;

process.on("SIGUSR2", () => {
  if (typeof collect === "function") collect();
});

interface HeapCounters {
  /** process.hrtime in µs, CLOCK_MONOTONIC like the bench's clock. */
  atUs: number;
  allocatedBytes: number;
  gcCount: number;
  /** Main-thread time spent in GC (V8's `cost` per collection), µs. */
  gcUs: number;
}

if (statsFile) {
  let profiler = new GCProfiler();
  profiler.start();
  const totals = { freedBytes: 0, gcCount: 0, gcUs: 0 };
  const baseUsed = getHeapStatistics().used_heap_size;

  process.on("SIGWINCH", () => {
    const report = profiler.stop();
    profiler = new GCProfiler();
    profiler.start();
    for (const gc of report?.statistics ?? []) {
      totals.gcCount += 1;
      totals.gcUs += gc.cost;
      totals.freedBytes += Math.max(
        0,
        gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
      );
    }
    const counters: HeapCounters = {
      atUs: Number(process.hrtime.bigint() / 1000n),
      // Whatever is in the heap now beyond the start, plus everything collected meanwhile.
      allocatedBytes: getHeapStatistics().used_heap_size - baseUsed + totals.freedBytes,
      gcCount: totals.gcCount,
      gcUs: totals.gcUs,
    };
    appendFileSync(statsFile, `${JSON.stringify(counters)}\n`);
  });
}

export type { HeapCounters };
