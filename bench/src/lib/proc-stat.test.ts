import { spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { CpuWindow } from "./proc-stat.ts";

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
