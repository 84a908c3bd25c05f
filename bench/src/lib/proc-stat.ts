// CPU and memory of any process on this machine, read from /proc, so that servers,
// generator workers and redis-server are measured the same way from the outside.
import { readdirSync, readFileSync } from "node:fs";

/** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every common kernel. */
const TICKS_PER_SECOND = 100;

/** A process's name and CPU seconds (user + system) so far; null if it is gone. */
function processCpu(pid: number | string): { name: string; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its ")" are fixed.
    const close = stat.lastIndexOf(")");
    const fields = stat.slice(close + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    return { name: stat.slice(stat.indexOf("(") + 1, close), seconds };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) the process has used so far; NaN if it is gone. */
export function cpuSeconds(pid: number): number {
  return processCpu(pid)?.seconds ?? Number.NaN;
}

/** CPU seconds (user + system) of every process alive now, with its name, by pid. */
export function everyProcessCpu(): Map<number, { name: string; seconds: number }> {
  const out = new Map<number, { name: string; seconds: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cpu = processCpu(entry); // null: gone between the listing and the read
    if (cpu !== null) out.set(Number(entry), cpu);
  }
  return out;
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

/** What the machine's cores did so far, from /proc/stat. */
export interface MachineCpu {
  /** Seconds, over all cores, in which a core had nothing to run (idle or I/O wait). */
  idle: number;
  /** Cores the kernel reports (its `cpuN` lines). */
  cores: number;
}

/** What a /proc/stat that cannot be read gives: every figure from it is NaN, not 0. */
const UNREADABLE: MachineCpu = { idle: Number.NaN, cores: Number.NaN };

/**
 * /proc/stat read for a window's busy time. The kernel measures idle time exactly but
 * samples the busy states (user, system, irq, softirq) once per tick, and on the bench's
 * machines (KVM guests) those samples are far off in low-rate windows: beside a ramp at
 * 250-500 votes/s, every 4 s, the wall clock on both cores less idle time matched the sum
 * of every process's CPU to within 1-3 % of a core, while the sampled states ran from 41 %
 * below it to 65 % above. So busy time is the wall clock less idle time, never the sum
 * of the busy states (which flagged quiet windows as busy, and hid real load as 0).
 */
export function parseMachineCpu(procStat: string): MachineCpu {
  const lines = procStat.split("\n");
  const fields = (lines[0] ?? "").trim().split(/\s+/);
  const idle = Number(fields[4]) + Number(fields[5]);
  const cores = lines.filter((line) => /^cpu\d+\s/.test(line)).length;
  if (fields[0] !== "cpu" || !Number.isFinite(idle) || cores === 0) return UNREADABLE;
  return { idle: idle / TICKS_PER_SECOND, cores };
}

function machineCpu(): MachineCpu {
  try {
    return parseMachineCpu(readFileSync("/proc/stat", "utf8"));
  } catch {
    return UNREADABLE;
  }
}

/** Where a window reads the machine and the time (tests give their own). */
export interface MachineClock {
  machine: () => MachineCpu;
  /** Milliseconds, like `performance.now()`. */
  now: () => number;
}

/**
 * A window of CPU use for a set of processes: start it, later read percent of one core —
 * and how much of the machine went to processes outside the set (other people's work on a
 * shared machine), which makes figures from that window worthless.
 */
export class CpuWindow {
  private readonly startCpu: Map<number, number>;
  private readonly clock: MachineClock;
  private readonly startWall: number;
  private readonly startMachine: MachineCpu;
  /** Every process at the start, to name where foreign CPU went. */
  private readonly startAll = everyProcessCpu();

  private readonly pids: readonly number[];

  constructor(
    pids: readonly number[],
    clock: MachineClock = { machine: machineCpu, now: () => performance.now() },
  ) {
    this.pids = pids;
    this.clock = clock;
    this.startCpu = new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
    this.startMachine = clock.machine();
    this.startWall = clock.now();
  }

  /** Percent of one core used by everything outside the set (steps put the bench in it). */
  foreignPercent(used: Map<number, { seconds: number }>): number {
    const end = this.clock.machine();
    const wall = (this.clock.now() - this.startWall) / 1000;
    const ours = [...used.values()].reduce(
      (total, one) => total + (Number.isFinite(one.seconds) ? one.seconds : 0),
      0,
    );
    const machine = end.cores * wall - (end.idle - this.startMachine.idle);
    return wall > 0 ? Math.max(0, (100 * (machine - ours)) / wall) : Number.NaN;
  }

  /**
   * Where CPU outside the set went, for a note on a busy window: the busiest other
   * processes, and what no process alive at the end accounts for (one that came and went
   * within the window, or interrupt work the kernel did on a core with nothing to run).
   */
  foreignShares(foreignPercent: number, top = 3): string {
    const wall = (this.clock.now() - this.startWall) / 1000;
    if (!(wall > 0)) return "";
    const watched = new Set(this.pids);
    const others: { name: string; percent: number }[] = [];
    for (const [pid, now] of everyProcessCpu()) {
      if (watched.has(pid)) continue;
      const seconds = now.seconds - (this.startAll.get(pid)?.seconds ?? 0);
      if (seconds > 0)
        others.push({ name: `${now.name} (${pid})`, percent: (100 * seconds) / wall });
    }
    others.sort((a, b) => b.percent - a.percent);
    const named = others.reduce((total, one) => total + one.percent, 0);
    const shares = others.slice(0, top).map((one) => `${one.name} ${Math.round(one.percent)} %`);
    shares.push(
      `in no process alive at the end ${Math.max(0, Math.round(foreignPercent - named))} %`,
    );
    return shares.join(", ");
  }

  /** Per pid: CPU seconds used in the window and percent of one core. */
  read(): Map<number, { seconds: number; percent: number }> {
    const wall = (this.clock.now() - this.startWall) / 1000;
    const out = new Map<number, { seconds: number; percent: number }>();
    for (const pid of this.pids) {
      const seconds = cpuSeconds(pid) - (this.startCpu.get(pid) ?? Number.NaN);
      out.set(pid, { seconds, percent: wall > 0 ? (100 * seconds) / wall : Number.NaN });
    }
    return out;
  }
}
