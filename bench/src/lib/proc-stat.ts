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

/** CPU seconds the whole machine has been busy (all cores; /proc/stat, not idle/iowait). */
export function machineBusySeconds(): number {
  try {
    const first = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    const [user, nice, system, , , irq, softirq, steal] = first
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (
      ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) /
      TICKS_PER_SECOND
    );
  } catch {
    return Number.NaN;
  }
}

/**
 * A window of CPU use for a set of processes: start it, later read percent of one core —
 * and how much of the machine went to processes outside the set (other people's work on a
 * shared machine), which makes figures from that window worthless.
 */
export class CpuWindow {
  private readonly startCpu: Map<number, number>;
  private readonly startWall = performance.now();
  private readonly startMachine = machineBusySeconds();

  private readonly pids: readonly number[];

  constructor(pids: readonly number[]) {
    this.pids = pids;
    this.startCpu = new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
  }

  /** Percent of one core used by processes not in the set (and not this process). */
  foreignPercent(used: Map<number, { seconds: number }>): number {
    const wall = (performance.now() - this.startWall) / 1000;
    const ours = [...used.values()].reduce(
      (total, one) => total + (Number.isFinite(one.seconds) ? one.seconds : 0),
      0,
    );
    const machine = machineBusySeconds() - this.startMachine;
    return wall > 0 ? Math.max(0, (100 * (machine - ours)) / wall) : Number.NaN;
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
