// S5's table: join times per history size against the 1k room, bytes per join, the cold
// first join, and the voters' p99 with joins against without.
import { ratio, round } from "../lib/stats.ts";
import type { Sizes } from "../sizes.ts";
import type { HistoryRun } from "./s5-long-history.ts";
import type { ScenarioResult, TableRow } from "./types.ts";
import { plainRow, ratioRow, stepsValidity } from "./verdict.ts";

export function s5Result(
  sizes: Sizes["s5"],
  app: HistoryRun[],
  baseline: HistoryRun[],
): ScenarioResult {
  const base = baseline[0];
  const smallest = app[0];
  const largest = app.at(-1);
  const rows: TableRow[] = [];
  for (const run of app) {
    rows.push(
      plainRow(
        `join→ready p50, ${run.history} events`,
        "ms",
        run.join.p50,
        base?.join.p50 ?? null,
        null,
        null,
        smallest ? round(ratio(run.join.p50, smallest.join.p50)) : null,
      ),
      plainRow(
        `join→ready p99, ${run.history} events`,
        "ms",
        run.join.p99,
        base?.join.p99 ?? null,
        null,
        null,
        smallest ? round(ratio(run.join.p99, smallest.join.p99)) : null,
      ),
      plainRow(
        `bytes to the joiner, ${run.history} events`,
        "B",
        run.bytesMedian,
        base?.bytesMedian ?? null,
      ),
      plainRow(`first (cold) join, ${run.history} events`, "ms", run.coldJoinMs, null),
    );
  }
  if (smallest && largest && largest !== smallest) {
    rows.push(
      ratioRow(
        `join p50: ${largest.history} ÷ ${smallest.history} events`,
        "×",
        largest.join.p50,
        smallest.join.p50,
        round(ratio(largest.join.p50, smallest.join.p50)),
        { atMost: 1.5 },
      ),
      ratioRow(
        `join p99: ${largest.history} ÷ ${smallest.history} events`,
        "×",
        largest.join.p99,
        smallest.join.p99,
        round(ratio(largest.join.p99, smallest.join.p99)),
        { atMost: 1.5 },
      ),
    );
  }
  for (const run of app) {
    const quiet = run.votersQuiet.latency.p99;
    const busy = run.votersDuringJoins.latency.p99;
    rows.push(
      ratioRow(
        `voters' p99 during ÷ without joins, ${run.history} events`,
        "ms",
        busy,
        quiet,
        round(ratio(busy, quiet)),
        { atMost: 1.2 },
      ),
    );
  }
  const everyStep = [...app, ...baseline].flatMap((run) => [
    run.votersQuiet,
    run.votersDuringJoins,
  ]);
  const validity = stepsValidity("voters", everyStep);
  const failures = [...app, ...baseline].filter((run) => run.joinFailures > 0);
  return {
    id: "S5",
    name: `S5 join a long history (${sizes.histories.join(" / ")} events) with ${sizes.voters} voters at ${sizes.voteRate}/s`,
    app,
    baseline,
    ratio: {
      joinP50LargestOverSmallest:
        rows.find((row) => row.metric.startsWith("join p50:"))?.ratio ?? null,
      joinP99LargestOverSmallest:
        rows.find((row) => row.metric.startsWith("join p99:"))?.ratio ?? null,
    },
    rows,
    valid: validity.valid && failures.length === 0,
    notes: [
      "Baseline column: the relay's join (no history, empty catch-up) — the floor of a join.",
      "Ratio column of the join rows: against the smallest history.",
      ...validity.notes,
      ...failures.map(
        (run) => `history ${run.history}: ${run.joinFailures} joins failed (${run.firstError}).`,
      ),
    ],
    plots: [],
    profiles: [],
  };
}
