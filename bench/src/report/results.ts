// The shape of a run's results file (bench/results/<date>.json and latest.json).
import type { RedisFloor } from "../redis/redis-floor.ts";
import type { ScenarioResult } from "../scenarios/types.ts";
import type { MachineInfo } from "./machine.ts";

/**
 * Bumped when what a figure means changes (2: latency counts only other clients' receipts,
 * from the schedule and from the send; CPU, allocation and GC per vote): figures of another
 * format are never carried into a report of this one.
 */
export const RESULTS_FORMAT = 2;

export interface RunResults {
  format: number;
  startedAt: string;
  finishedAt: string;
  /** The exact command that made these figures. */
  command: string;
  quick: boolean;
  workers: number;
  pairs: number;
  /** App settings tried with --app-env (empty: the app as configured by the bench). */
  appEnv: Record<string, string>;
  /** The checkout the app ran from when not this one (`--app-root`). */
  appRoot?: string | null;
  machine: MachineInfo;
  redisFloor: RedisFloor | null;
  scenarios: ScenarioResult[];
}
