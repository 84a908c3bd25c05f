// S6's table: completion of a round (app ÷ baseline), votes lost and duplicated with and
// without dropped clients.
import { median, ratio, round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import type { BurstRun } from "./s6-burst.ts";
import { FOREIGN_CPU_LIMIT } from "./steps.ts";
import type { ScenarioResult, TableRow } from "./types.ts";
import { plainRow, ratioRow } from "./verdict.ts";

const medianOf = (
  runs: readonly BurstRun[],
  pick: (run: BurstRun) => number | null,
): number | null => {
  const value = median(runs.map((run) => pick(run) ?? Number.NaN));
  return Number.isFinite(value) ? round(value, 1) : null;
};

export function s6Result(
  sizes: Sizes["s6"],
  runs: { app: BurstRun[]; baseline: BurstRun[] },
  appDrop: BurstRun,
  baselineDrop: BurstRun | null,
  twoNodes: boolean,
): ScenarioResult {
  const pairRatios = runs.app.map((app, index) =>
    ratio(app.completionP50 ?? Number.NaN, runs.baseline[index]?.completionP50 ?? Number.NaN),
  );
  const completionRatio = Number.isFinite(median(pairRatios)) ? round(median(pairRatios)) : null;
  const zero = (value: number) => value === 0;
  const sumOf = (list: readonly BurstRun[], pick: (run: BurstRun) => number) =>
    list.reduce((total, run) => total + pick(run), 0);
  const rows: TableRow[] = [
    ratioRow(
      "round completion, median round",
      "ms",
      medianOf(runs.app, (r) => r.completionP50),
      medianOf(runs.baseline, (r) => r.completionP50),
      completionRatio,
      { atMost: 1.25 },
    ),
    plainRow(
      "round completion, slowest round",
      "ms",
      medianOf(runs.app, (r) => r.completionMax),
      medianOf(runs.baseline, (r) => r.completionMax),
    ),
    plainRow(
      "votes lost",
      "votes",
      sumOf(runs.app, (r) => r.lost),
      sumOf(runs.baseline, (r) => r.lost),
      "0",
      zero(sumOf(runs.app, (r) => r.lost)),
    ),
    plainRow(
      "votes duplicated",
      "votes",
      sumOf(runs.app, (r) => r.duplicated),
      sumOf(runs.baseline, (r) => r.duplicated),
      "0",
      zero(sumOf(runs.app, (r) => r.duplicated)),
    ),
    plainRow(
      "10% dropped: round completion, median round",
      "ms",
      appDrop.completionP50,
      baselineDrop?.completionP50 ?? null,
    ),
    plainRow(
      "10% dropped: slowest round (the drop's)",
      "ms",
      appDrop.completionMax,
      baselineDrop?.completionMax ?? null,
    ),
    plainRow(
      "10% dropped: votes lost",
      "votes",
      appDrop.lost,
      baselineDrop?.lost ?? null,
      "0",
      zero(appDrop.lost),
    ),
    plainRow(
      "10% dropped: votes duplicated",
      "votes",
      appDrop.duplicated,
      baselineDrop?.duplicated ?? null,
      "0",
      zero(appDrop.duplicated),
    ),
    plainRow(
      `time to fill the room (${sizes.clients} clients join)`,
      "ms",
      medianOf(runs.app, (r) => r.fillMs),
      medianOf(runs.baseline, (r) => r.fillMs),
    ),
    plainRow(
      "generator CPU during bursts, busiest worker",
      "% core",
      Math.max(...[...runs.app, ...runs.baseline, appDrop].flatMap((r) => r.generatorCpu)),
      null,
      "≤ 90 %",
    ),
  ];
  const all = [...runs.app, ...runs.baseline, appDrop, ...(baselineDrop ? [baselineDrop] : [])];
  const generatorRow = rows.at(-1);
  if (generatorRow) generatorRow.met = (generatorRow.app ?? 0) <= 90;
  const saturated = all.filter((run) => run.generatorSaturated);
  const busy = all.filter((run) => run.foreignCpu > FOREIGN_CPU_LIMIT);
  return {
    id: "S6",
    name: `S6 countdown burst (${sizes.clients} clients in one room, ${twoNodes ? "two nodes" : "ONE node: the app's Redis engine is not there yet"}, ${sizes.rounds} rounds)`,
    app: { runs: runs.app, dropped: appDrop },
    baseline: { runs: runs.baseline, dropped: baselineDrop },
    ratio: { completion: completionRatio },
    rows,
    valid: saturated.length === 0 && busy.length === 0 && twoNodes,
    notes: [
      "The app's room holds at most 200 participants, so its clients are people with two tabs each (one per node); every tab votes.",
      "Baseline with dropped clients: a bare relay has no log to catch up from, so what a dropped client missed stays lost.",
      ...(twoNodes
        ? []
        : ["Ran on one node (no Redis engine in the app yet): not the scenario as specified."]),
      ...saturated.map(
        (run) => `${run.label}: a generator worker passed 90 % of a core during bursts — invalid.`,
      ),
      ...busy.map(
        (run) =>
          `${run.label}: other processes used ${run.foreignCpu} % of a core (shared machine) — invalid.`,
      ),
      ...all
        .filter((run) => run.snapshotCatchUps > 0)
        .map(
          (run) =>
            `${run.label}: ${run.snapshotCatchUps} rejoins got a snapshot, whose votes count as lost here.`,
        ),
      ...all
        .filter((run) => run.failed > 0)
        .map((run) => `${run.label}: ${run.failed} failures (${run.firstError}).`),
    ],
    plots: [],
    profiles: [],
  };
}
