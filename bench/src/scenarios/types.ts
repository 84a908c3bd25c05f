// What every scenario gets and gives back: the shared run context, and a result that the
// report turns into JSON, a Markdown table and plots.
import type { WorkerPool } from "../generator/pool.ts";
import type { LatencySummary } from "../lib/histogram.ts";
import type { BenchRedis } from "../redis/redis-server.ts";

export type ScenarioId = "S1" | "S2" | "S3" | "S4" | "S5" | "S6" | "S7";

export interface RunContext {
  quick: boolean;
  /** The generator's worker processes, shared by every scenario of the run. */
  pool: WorkerPool;
  /** Pairs of (baseline, app) runs; ratios are taken pair by pair, then the median. */
  pairs: number;
  /** The bench's own redis-server; null when Redis scenarios cannot run. */
  redis: BenchRedis | null;
  /** Extra environment for every app node (`--app-env KEY=VALUE`), to try a setting. */
  appEnv: Record<string, string>;
  /** Whether S1/S2 make their profiled runs (`--no-profile` skips them). */
  profile: boolean;
  /** Where the CPU profiles of those runs go. */
  profileDir: string;
  log(message: string): void;
}

/** One line of the report table. Numbers stay numbers; the report formats them. */
export interface TableRow {
  metric: string;
  unit: string;
  app: number | null;
  baseline: number | null;
  /** app ÷ baseline (median of pair ratios), or another ratio the target names. */
  ratio: number | null;
  target: string | null;
  /** null: no target, or not measurable in this run. */
  met: boolean | null;
}

export interface Series {
  label: string;
  points: [number, number][];
  dashed?: boolean;
}

export interface Plot {
  file: string;
  title: string;
  xLabel: string;
  yLabel: string;
  xLog: boolean;
  yLog: boolean;
  series: Series[];
}

export interface ProfileEntry {
  functionName: string;
  location: string;
  selfMs: number;
  selfPercent: number;
}

export interface ProfileSummary {
  label: string;
  totalMs: number;
  /** Share of the whole profile; the other percentages are shares of busy (non-idle) time. */
  idlePercent: number;
  gcPercent: number;
  top: ProfileEntry[];
  /** Self time per package or area (our source folders, each npm package, Node, GC). */
  areas: { area: string; selfPercent: number }[];
  /**
   * The same, in µs of the main thread per vote of the window (null: votes not known).
   * `socketWritesUs` is the native `writev` alone: the kernel's send of every socket frame,
   * which on loopback also delivers it to the receiving client.
   */
  perVote?: {
    votes: number;
    busyUs: number;
    socketWritesUs: number;
    areas: Record<string, number>;
  } | null;
}

/** One pair's baseline and app steps at the same rates, for the report's pair table. */
export interface PairTable {
  label: string;
  rows: { rate: number; baseline: StepMetrics; app: StepMetrics }[];
}

/** One ramp's steps, for the per-step table of the report. */
export interface RampTable {
  label: string;
  steps: StepMetrics[];
}

export interface ScenarioResult {
  id: ScenarioId;
  name: string;
  /** Scenario-specific figures of the app and of the baseline(s). */
  app: unknown;
  baseline: unknown;
  ratio: Record<string, number | null>;
  rows: TableRow[];
  /** False when a figure is not trustworthy (generator saturated, clients failed, ...). */
  valid: boolean;
  notes: string[];
  plots: Plot[];
  profiles: ProfileSummary[];
  /** S1-S3: every step of every ramp (the table shows the reference figures only). */
  ramps?: RampTable[];
  /** S1: baseline against app at each rate, pair by pair. */
  pairTables?: PairTable[];
  /** Not measured by this run: kept from the run that did (see report/carry.ts). */
  carriedFrom?: { startedAt: string; command: string };
}

/** Figures of one open-loop step (latencies in ms). */
export interface StepMetrics {
  rate: number;
  /** The measured window on the monotonic clock (to cut a CPU profile to it). */
  windowUs: { fromUs: number; toUs: number };
  measuredVotes: number;
  /** Vote scheduled → seen by another client of the room (every such delivery). */
  latency: LatencySummary;
  /** The same deliveries from the moment the vote was actually sent. */
  fromSent: LatencySummary;
  sameNode: LatencySummary;
  crossNode: LatencySummary;
  ack: LatencySummary;
  sendLag: LatencySummary;
  deliveriesPerSecByNode: number[];
  missingDeliveries: number;
  failedVotes: number;
  firstError: string | null;
  /** Percent of one core, per server node / per generator worker. */
  serverCpu: number[];
  /** Server CPU (all nodes, all threads) per measured vote, µs; null without votes. */
  serverCpuUsPerVote: number | null;
  /** Bytes the servers' JS heaps allocated per measured vote (server-preload.ts). */
  allocBytesPerVote: number | null;
  /** Main-thread GC time as a share of the servers' CPU time, percent. */
  gcPercentOfCpu: number | null;
  generatorCpu: number[];
  redis: { cpuPercent: number; callsPerVote: number; calls: Record<string, number> } | null;
  generatorSaturated: boolean;
  /** CPU used by processes outside the bench during the window, percent of one core. */
  foreignCpu: number;
  /** foreignCpu above the limit: the window's figures are not trustworthy. */
  machineBusy: boolean;
  /** On a busy window: the busiest other processes, and what no live process accounts for. */
  foreignShares?: string;
  /** p99 ≤ 100 ms, nothing lost, nothing refused, and no generator worker above 90 %. */
  sustained: boolean;
  /** Set when the step failed once and these figures are from its one repeat. */
  firstTryP99?: number;
  cdf: [number, number][];
  crossCdf: [number, number][];
  sameCdf: [number, number][];
}
