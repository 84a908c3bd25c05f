// `npm run bench -- [--quick] [--only S1,S5] [--workers 2] [--pairs 2] [--out dir] [--no-docs]
//  [--app-env KEY=VALUE ...] [--rates 1000,2000] [--measure 8] [--no-profile] [--app-root dir]`
// --app-env tries an app setting (e.g. UV_THREADPOOL_SIZE=16); --rates replaces the S1/S2
// ramps' rates and --measure their measured seconds per step (probes: short, no docs);
// --app-root runs the app from another checkout (e.g. before a change) with this bench; S7
// (first load in Chromium) then measures both that checkout and this one.
import { parseArgs } from "node:util";
import { RESULTS_DIR } from "./lib/paths.ts";
import type { ScenarioId } from "./scenarios/types.ts";

export const ALL_SCENARIOS: readonly ScenarioId[] = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"];

export interface CliOptions {
  quick: boolean;
  only: ScenarioId[];
  workers: number;
  pairs: number;
  outDir: string;
  updateDocs: boolean;
  appEnv: Record<string, string>;
  /** Replaces the rates of the S1 and S2 ramps. */
  rates: number[] | null;
  /** Replaces the measured seconds of every S1-S3 step. */
  measureSeconds: number | null;
  profile: boolean;
  /** Another checkout to run the app from; null: this one. */
  appRoot: string | null;
  command: string;
}

const isScenario = (value: string): value is ScenarioId =>
  (ALL_SCENARIOS as readonly string[]).includes(value);

export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      workers: { type: "string", default: "2" },
      pairs: { type: "string" },
      out: { type: "string" },
      "no-docs": { type: "boolean", default: false },
      "app-env": { type: "string", multiple: true, default: [] },
      rates: { type: "string" },
      measure: { type: "string" },
      "no-profile": { type: "boolean", default: false },
      "app-root": { type: "string" },
    },
    strict: true,
  });
  const only = (values.only ?? ALL_SCENARIOS.join(","))
    .split(",")
    .map((id) => id.trim().toUpperCase())
    .filter((id) => id !== "");
  const unknown = only.filter((id) => !isScenario(id));
  if (unknown.length > 0) throw new Error(`Unknown scenario(s): ${unknown.join(", ")}`);
  const workers = Number(values.workers);
  const pairs = Number(values.pairs ?? (values.quick ? 1 : 2));
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new Error("--workers: 1-16");
  if (!Number.isInteger(pairs) || pairs < 1 || pairs > 10) throw new Error("--pairs: 1-10");
  const appEnv: Record<string, string> = {};
  for (const pair of values["app-env"]) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (!match?.[1]) throw new Error(`--app-env: KEY=VALUE, not ${pair}`);
    appEnv[match[1]] = match[2] ?? "";
  }
  const rates = values.rates === undefined ? null : values.rates.split(",").map(Number);
  if (rates?.some((rate) => !Number.isInteger(rate) || rate < 1)) {
    throw new Error("--rates: positive whole votes per second, comma-separated");
  }
  const measureSeconds = values.measure === undefined ? null : Number(values.measure);
  if (measureSeconds !== null && !(measureSeconds >= 1 && measureSeconds <= 600)) {
    throw new Error("--measure: 1-600 seconds");
  }
  const viaNpm = process.env.npm_lifecycle_event === "bench";
  return {
    quick: values.quick,
    only: only.filter(isScenario),
    workers,
    pairs,
    outDir: values.out ?? RESULTS_DIR,
    updateDocs: !values["no-docs"],
    appEnv,
    rates,
    measureSeconds,
    profile: !values["no-profile"],
    appRoot: values["app-root"] ?? null,
    command: `${viaNpm ? "npm run bench --" : "node bench/src/run.ts"}${argv.length > 0 ? ` ${argv.join(" ")}` : ""}`,
  };
}
