// Where things are: the repository root (children run from it), the results folder and its git-ignored scratch space.
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const BENCH_SRC = resolve(import.meta.dirname, "..");
export const RESULTS_DIR = join(REPO_ROOT, "bench/results");
/** Git-ignored (`bench/results/tmp/`): logs and CPU profiles of the last run. */
export const SCRATCH_DIR = join(RESULTS_DIR, "tmp");
