// The Markdown of a run: one table row per figure, then the misses, the profiles and the
// floor. Used for bench/results/latest.md and the generated part of docs/performance.md.
import type { ScenarioResult, TableRow } from "../scenarios/types.ts";
import { formatNumber } from "./format.ts";
import { comparisonMarkdown, profilePair } from "./profile-compare.ts";
import type { RunResults } from "./results.ts";

const verdict = (row: TableRow, valid: boolean): string => {
  if (row.met === null) return "";
  if (!valid) return row.met ? "✅ (invalid run)" : "❌ (invalid run)";
  return row.met ? "✅" : "❌";
};

export function resultsTable(scenarios: readonly ScenarioResult[]): string {
  const lines = [
    "| Scenario | Figure | Unit | App | Baseline | Ratio | Target | Met |",
    "|---|---|---|---:|---:|---:|---|---|",
  ];
  for (const scenario of scenarios) {
    for (const row of scenario.rows) {
      lines.push(
        `| ${scenario.id} | ${row.metric} | ${row.unit} | ${formatNumber(row.app)} | ${formatNumber(row.baseline)} | ${row.ratio === null ? "—" : `${formatNumber(row.ratio)}`} | ${row.target ?? ""} | ${verdict(row, scenario.valid)} |`,
      );
    }
  }
  return lines.join("\n");
}

export function missesList(scenarios: readonly ScenarioResult[]): string[] {
  return scenarios.flatMap((scenario) =>
    scenario.rows
      .filter((row) => row.met === false)
      .map((row) => {
        const limit = Number(/([\d.]+)/.exec(row.target ?? "")?.[1] ?? Number.NaN);
        // A target in × judges the ratio; one in a unit (ms, KB) judges the app's own figure.
        const judged = /×/.test(row.target ?? "") ? (row.ratio ?? row.app) : row.app;
        const by =
          judged !== null && Number.isFinite(limit)
            ? ` (off by ${formatNumber(Math.abs(judged - limit))})`
            : "";
        return `${scenario.id} ${row.metric}: ${formatNumber(judged)} against ${row.target}${by}`;
      }),
  );
}

const kb = (bytes: number | null): string => (bytes === null ? "—" : formatNumber(bytes / 1024));

function rampSection(scenarios: readonly ScenarioResult[]): string[] {
  const out: string[] = [];
  for (const scenario of scenarios) {
    for (const ramp of scenario.ramps ?? []) {
      out.push(
        `#### ${scenario.id} ${ramp.label}`,
        "",
        "| votes/s | p50 ms | p99 ms | p99.9 ms | from send p50 / p99 / p99.9 ms | same-node p99 | cross-node p99 | missing | refused | deliveries/s per node | server CPU % | CPU µs/vote | KiB/vote | GC % | generator CPU % | others' CPU % | |",
        "|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---|---:|---:|---:|---|---:|---|",
        ...ramp.steps.map((step) => {
          const split = step.crossNode.count > 0;
          const flags = [
            step.sustained ? "sustained" : "**not sustained**",
            step.generatorSaturated ? "**generator saturated**" : "",
            step.machineBusy ? "**machine busy**" : "",
            step.firstTryP99 !== undefined
              ? `(repeat; first try p99 ${formatNumber(step.firstTryP99)})`
              : "",
          ].filter(Boolean);
          const sent = step.fromSent;
          return `| ${step.rate} | ${formatNumber(step.latency.p50)} | ${formatNumber(step.latency.p99)} | ${formatNumber(step.latency.p999)} | ${formatNumber(sent.p50)} / ${formatNumber(sent.p99)} / ${formatNumber(sent.p999)} | ${split ? formatNumber(step.sameNode.p99) : "—"} | ${split ? formatNumber(step.crossNode.p99) : "—"} | ${formatNumber(step.missingDeliveries)} | ${formatNumber(step.failedVotes)} | ${step.deliveriesPerSecByNode.map(formatNumber).join(" / ")} | ${step.serverCpu.join(" / ")} | ${formatNumber(step.serverCpuUsPerVote)} | ${kb(step.allocBytesPerVote)} | ${formatNumber(step.gcPercentOfCpu)} | ${step.generatorCpu.join(" / ")} | ${step.foreignCpu} | ${flags.join(" ")} |`;
        }),
        "",
      );
    }
  }
  return out;
}

/** app ÷ baseline as "a / b = r×". */
const versus = (app: number | null, base: number | null, digits = formatNumber): string => {
  if (app === null || base === null) return "—";
  const r = base === 0 ? null : app / base;
  return `${digits(app)} / ${digits(base)} = ${r === null ? "—" : `${formatNumber(r)}×`}`;
};

export function pairSection(scenarios: readonly ScenarioResult[]): string[] {
  const out: string[] = [];
  for (const scenario of scenarios) {
    for (const table of scenario.pairTables ?? []) {
      out.push(
        `#### ${scenario.id} ${table.label}`,
        "",
        "App / baseline at each rate both ran (✗: that side did not sustain the step).",
        "",
        "| votes/s | p50 ms | p99 ms | p99.9 ms | from send p50 ms | from send p99 ms | CPU µs/vote | KiB/vote | GC % |",
        "|---:|---|---|---|---|---|---|---|---|",
        ...table.rows.map(({ rate, app, baseline }) => {
          const mark = `${app.sustained ? "" : " ✗app"}${baseline.sustained ? "" : " ✗B"}`;
          return `| ${rate}${mark} | ${versus(app.latency.p50, baseline.latency.p50)} | ${versus(app.latency.p99, baseline.latency.p99)} | ${versus(app.latency.p999, baseline.latency.p999)} | ${versus(app.fromSent.p50, baseline.fromSent.p50)} | ${versus(app.fromSent.p99, baseline.fromSent.p99)} | ${versus(app.serverCpuUsPerVote, baseline.serverCpuUsPerVote)} | ${versus(app.allocBytesPerVote, baseline.allocBytesPerVote, kb)} | ${versus(app.gcPercentOfCpu, baseline.gcPercentOfCpu)} |`;
        }),
        "",
      );
    }
  }
  return out;
}

function profileSection(scenarios: readonly ScenarioResult[]): string[] {
  const out: string[] = [];
  for (const scenario of scenarios) {
    const pair = profilePair(scenario.profiles);
    if (pair) out.push(...comparisonMarkdown(pair.baseline, pair.app));
  }
  for (const profile of scenarios.flatMap((scenario) => scenario.profiles)) {
    out.push(
      `#### ${profile.label}`,
      "",
      `Busy ${formatNumber(100 - profile.idlePercent)} % of the measured window; GC ${formatNumber(profile.gcPercent)} % of busy time.`,
      "",
      `By area: ${profile.areas.map((area) => `${area.area} ${formatNumber(area.selfPercent)} %`).join(", ")}.`,
      "",
      "| Self % | Self ms | Function | Where |",
      "|---:|---:|---|---|",
      ...profile.top.map(
        (entry) =>
          `| ${formatNumber(entry.selfPercent)} | ${entry.selfMs} | \`${entry.functionName}\` | ${entry.location} |`,
      ),
      "",
    );
  }
  return out;
}

export function runMarkdown(results: RunResults, svgPrefix: string): string {
  const { machine } = results;
  const invalid = results.scenarios.filter((scenario) => !scenario.valid);
  const misses = missesList(results.scenarios);
  const floor = results.redisFloor;
  return [
    `Run of ${results.startedAt} with \`${results.command}\` (${results.quick ? "quick: reduced sizes, noisy" : "full"}; ${results.workers} generator workers, ${results.pairs} baseline/app pair(s)).`,
    "",
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Redis ${machine.redis ?? "—"}; load average ${machine.loadAverage.start} at start, ${machine.loadAverage.end} at end.`,
    "",
    resultsTable(results.scenarios),
    "",
    invalid.length > 0
      ? `**Invalid figures** (generator saturated, machine busy with other work, clients failed, or the scenario could not run): ${invalid.map((s) => s.id).join(", ")}. The notes say which.`
      : "Every scenario valid (no generator worker above 90 % of a core).",
    "",
    ...results.scenarios.flatMap((scenario) => [
      ...(scenario.carriedFrom
        ? [
            `- ${scenario.id}: not measured by this run; figures from the run of ${scenario.carriedFrom.startedAt} (\`${scenario.carriedFrom.command}\`).`,
          ]
        : []),
      ...scenario.notes.map((note) => `- ${scenario.id}: ${note}`),
    ]),
    "",
    "### Targets missed",
    "",
    ...(misses.length > 0 ? misses.map((miss) => `- ${miss}`) : ["None."]),
    "",
    "### Physical floor (the bench's Redis)",
    "",
    floor
      ? `redis-cli --latency: avg ${floor.cliLatency?.avgMs ?? "—"} ms, max ${floor.cliLatency?.maxMs ?? "—"} ms; ioredis PING p50 ${floor.pingMs.p50} ms, p99 ${floor.pingMs.p99} ms; ${floor.benchmark.map((b) => `redis-benchmark ${b.command} ${formatNumber(b.requestsPerSec)}/s (p50 ${b.p50Ms} ms)`).join("; ")}.`
      : "Not measured (no redis-server).",
    "",
    "### Pair by pair",
    "",
    ...pairSection(results.scenarios),
    "### Every step",
    "",
    ...rampSection(results.scenarios),
    "### Plots",
    "",
    ...results.scenarios.flatMap((scenario) =>
      scenario.plots.map((plot) => `![${plot.title}](${svgPrefix}${plot.file})`),
    ),
    "",
    "### Where the app's CPU goes (self time, measured window only)",
    "",
    ...profileSection(results.scenarios),
  ].join("\n");
}
