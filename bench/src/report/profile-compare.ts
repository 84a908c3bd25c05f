// The relay's and the app's profiles at the same rate, side by side in µs per vote: the
// areas only the app has are its command path; the areas both have (Socket.IO, ws, the
// socket writes) show how far the same work moved between the two processes.
import type { ProfileSummary } from "../scenarios/types.ts";
import { formatNumber } from "./format.ts";

export interface ProfileComparisonRow {
  area: string;
  baselineUs: number;
  appUs: number;
}

/** A profiled run idle less than this share (%) of its window did not keep up. */
const SATURATED_IDLE = 15;

/** Areas under this in both profiles are left out of the table (summed in "the rest"). */
const SHOWN_FROM_US = 1;

/**
 * Rows for busy time, the socket writes and every area above SHOWN_FROM_US µs per vote in
 * either profile (largest difference first), then the rest; null unless both have votes.
 */
export function compareProfiles(
  baseline: ProfileSummary,
  app: ProfileSummary,
): ProfileComparisonRow[] | null {
  const base = baseline.perVote;
  const ours = app.perVote;
  if (!base || !ours) return null;
  const names = new Set([...Object.keys(base.areas), ...Object.keys(ours.areas)]);
  const areas = [...names].map((area) => ({
    area,
    baselineUs: base.areas[area] ?? 0,
    appUs: ours.areas[area] ?? 0,
  }));
  const shown = areas
    .filter((row) => Math.max(row.baselineUs, row.appUs) >= SHOWN_FROM_US)
    .sort((a, b) => b.appUs - b.baselineUs - (a.appUs - a.baselineUs));
  const rest = areas.filter((row) => !shown.includes(row));
  return [
    { area: "busy (main thread)", baselineUs: base.busyUs, appUs: ours.busyUs },
    {
      area: "of which socket writes (`writev`)",
      baselineUs: base.socketWritesUs,
      appUs: ours.socketWritesUs,
    },
    ...shown,
    {
      area: `the rest (${rest.length} areas)`,
      baselineUs: round(rest.reduce((sum, row) => sum + row.baselineUs, 0)),
      appUs: round(rest.reduce((sum, row) => sum + row.appUs, 0)),
    },
  ];
}

const round = (us: number): number => Math.round(us * 10) / 10;

/** The baseline's and the app's profile of one scenario, if it has both. */
export function profilePair(
  profiles: readonly ProfileSummary[],
): { baseline: ProfileSummary; app: ProfileSummary } | null {
  const target = (profile: ProfileSummary) => profile.label.split(" ")[1] ?? "";
  const baseline = profiles.find((profile) => /^B\d/.test(target(profile)));
  const app = profiles.find((profile) => target(profile).startsWith("app"));
  return baseline && app ? { baseline, app } : null;
}

/** The Markdown table of `compareProfiles`. */
export function comparisonMarkdown(baseline: ProfileSummary, app: ProfileSummary): string[] {
  const rows = compareProfiles(baseline, app);
  if (rows === null) return [];
  const saturated = [baseline, app].filter((profile) => profile.idlePercent < SATURATED_IDLE);
  // One decimal throughout, so that the columns line up and small areas still show.
  const us = (value: number) => round(value).toFixed(1);
  return [
    `#### Per vote, ${baseline.label} against ${app.label}`,
    "",
    `Main-thread µs per vote of each profiled run (${formatNumber(baseline.perVote?.votes ?? null)} and ${formatNumber(app.perVote?.votes ?? null)} votes), by area; native frames (\`writev\`, a file write) are charged to the nearest caller in a package or in our code.`,
    "",
    ...(saturated.length > 0
      ? [
          `**Saturated:** ${saturated.map((profile) => `${profile.label} was idle ${formatNumber(profile.idlePercent)} % of the window`).join(", ")}; a process that cannot keep up is busy all the time, so its µs per vote say how long the window was, not what a vote costs.`,
          "",
        ]
      : []),
    "| Area | Baseline µs | App µs | App − baseline µs |",
    "|---|---:|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.area} | ${us(row.baselineUs)} | ${us(row.appUs)} | ${us(row.appUs - row.baselineUs)} |`,
    ),
    "",
  ];
}
