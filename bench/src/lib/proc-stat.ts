// CPU and memory of any process on this machine, read from /proc, so that servers,
// generator workers and redis-server are measured the same way from the outside.
import { readFileSync } from "node:fs";

/** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every common kernel. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the process has used so far; NaN if it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return (utime + stime) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Resident set size in bytes; NaN if the process is gone. */
export function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return match?.[1] === undefined ? Number.NaN : Number(match[1]) * 1024;
  } catch {
    return Number.NaN;
  }
}

/** A window of CPU use for a set of processes: start it, later read percent of one core. */
export class CpuWindow {
  private readonly startCpu: Map<number, number>;
  private readonly startWall = performance.now();

  constructor(private readonly pids: readonly number[]) {
    this.startCpu = new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
  }

  /** Per pid: CPU seconds used in the window and percent of one core. */
  read(): Map<number, { seconds: number; percent: number }> {
    const wall = (performance.now() - this.startWall) / 1000;
    const out = new Map<number, { seconds: number; percent: number }>();
    for (const pid of this.pids) {
      const seconds = cpuSeconds(pid) - (this.startCpu.get(pid) ?? Number.NaN);
      out.set(pid, { seconds, percent: wall > 0 ? (100 * seconds) / wall : Number.NaN });
    }
    return out;
  }
}
