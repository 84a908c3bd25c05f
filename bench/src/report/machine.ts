// The machine a run was made on: the figures mean nothing without it.
import { cpus, loadavg, release, totalmem } from "node:os";

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  kernel: string;
  redis: string | null;
  /** 1-minute load average at start and end: other work on the machine shows here. */
  loadAverage: { start: number; end: number };
}

export function machineInfo(redisVersion: string | null, loadAtStart: number): MachineInfo {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernel: release(),
    redis: redisVersion,
    loadAverage: { start: loadAtStart, end: Number((loadavg()[0] ?? 0).toFixed(2)) },
  };
}

export const currentLoad = (): number => Number((loadavg()[0] ?? 0).toFixed(2));
