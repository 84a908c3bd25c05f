// A run of some scenarios (`--only`) keeps the others' latest figures: latest.json and the
// docs table then hold the newest result of every scenario, each saying which run made it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RESULTS_FORMAT, type RunResults } from "./results.ts";

/** Scenarios of the previous latest.json this run did not measure, marked with their run. */
export function carriedScenarios(results: RunResults, outDir: string): RunResults["scenarios"] {
  const file = join(outDir, "latest.json");
  if (!existsSync(file)) return [];
  let previous: RunResults;
  try {
    previous = JSON.parse(readFileSync(file, "utf8")) as RunResults;
  } catch {
    return [];
  }
  // Quick figures never stand in for full ones, nor the other way round, nor figures that
  // were measured another way.
  if (previous.format !== RESULTS_FORMAT) return [];
  if (previous.quick !== results.quick || !Array.isArray(previous.scenarios)) return [];
  const measured = new Set(results.scenarios.map((scenario) => scenario.id));
  return previous.scenarios
    .filter((scenario) => !measured.has(scenario.id))
    .map((scenario) => ({
      ...scenario,
      carriedFrom: scenario.carriedFrom ?? {
        startedAt: previous.startedAt,
        command: previous.command,
      },
    }));
}

/** Merged in scenario order (S1, S2, ...). */
export function withCarried(results: RunResults, outDir: string): RunResults {
  const carried = carriedScenarios(results, outDir);
  if (carried.length === 0) return results;
  const scenarios = [...results.scenarios, ...carried].sort((a, b) => a.id.localeCompare(b.id));
  return { ...results, scenarios };
}
