// The git-ignored scratch space (bench/results/tmp): server logs of the last run only, and
// the CPU profiles of the last few runs, so repeated runs do not fill the disk.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { SCRATCH_DIR } from "./paths.ts";

export function pruneScratch(keepProfileRuns = 3): void {
  rmSync(join(SCRATCH_DIR, "logs"), { recursive: true, force: true });
  const profiles = join(SCRATCH_DIR, "profiles");
  mkdirSync(profiles, { recursive: true });
  // Run folders are named by ISO start time, so name order is age order.
  const runs = readdirSync(profiles).sort();
  for (const old of runs.slice(0, Math.max(0, runs.length - keepProfileRuns))) {
    rmSync(join(profiles, old), { recursive: true, force: true });
  }
}
