import { spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { CpuWindow, parseMachineCpu } from "./proc-stat.ts";

/** A process outside the bench that keeps a core busy for `ms`, then exits. */
function burner(ms: number) {
  return spawn(process.execPath, [
    "-e",
    `const end = Date.now() + ${ms}; while (Date.now() < end);`,
  ]);
}

describe("a window's foreign CPU", () => {
  it("names the other process that used it, and says what no live process accounts for", async () => {
    const alive = burner(5_000);
    const gone = burner(400);
    try {
      const window = new CpuWindow([process.pid]);
      await once(gone, "exit");
      await sleep(800);
      const foreign = window.foreignPercent(window.read());
      const shares = window.foreignShares(foreign);
      const named = new RegExp(`\\(${alive.pid}\\) (\\d+) %`).exec(shares);
      expect(named, shares).not.toBeNull();
      expect(Number(named?.[1])).toBeGreaterThan(10);
      expect(shares).not.toContain(`(${gone.pid})`);
      // The one that exited: its CPU is in no process alive at the end.
      const unnamed = /in no process alive at the end (\d+) %$/.exec(shares);
      expect(Number(unnamed?.[1]), shares).toBeGreaterThan(5);
    } finally {
      alive.kill();
      gone.kill();
    }
  });
});

/** A /proc/stat of two cores; ticks of 1/100 s in the order user nice system idle iowait
 * irq softirq steal guest guest_nice. */
const procStat = (ticks: string) =>
  `cpu  ${ticks} 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\ncpu1 0 0 0 0 0 0 0 0 0 0\nintr 0\n`;

describe("the machine's busy time in a window", () => {
  it("reads idle and I/O wait time and the number of cores", () => {
    expect(parseMachineCpu(procStat("1000 50 300 90000 700 20 180 5"))).toEqual({
      idle: 907,
      cores: 2,
    });
    expect(parseMachineCpu("").idle).toBeNaN();
  });

  it("is the wall clock less idle time, not the kernel's sampled busy states", () => {
    // Read off a relay's window at 250 votes/s (2 cores, 16 s): the sampled states say the
    // machine was busy for 86 % of a core, yet its cores were idle for all but 48 %, and
    // the bench's own processes used 45 % (the bench flagged it as 41 % foreign).
    let now = 0;
    let stat = procStat("1000 0 500 5000 0 0 100 0");
    const window = new CpuWindow([], { machine: () => parseMachineCpu(stat), now: () => now });
    now = 16_000;
    stat = procStat("1996 0 745 7427 0 0 231 1");
    const ours = new Map([[1, { seconds: 0.45 * 16 }]]);
    expect(window.foreignPercent(ours)).toBeCloseTo(3.3, 1);
    // Someone else's process at 40 % of a core shows: the cores were idle for less.
    const busier = new CpuWindow([], { machine: () => parseMachineCpu(stat), now: () => now });
    now = 32_000;
    stat = procStat("3636 0 745 9267 0 0 231 1");
    expect(busier.foreignPercent(ours)).toBeCloseTo(40, 1);
  });
});
