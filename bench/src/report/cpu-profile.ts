// Reads a V8 .cpuprofile (from `node --cpu-prof`) and sums self time per function and
// per area (our packages, each npm package, Node internals, GC), without DevTools.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../lib/paths.ts";
import type { ProfileEntry, ProfileSummary } from "../scenarios/types.ts";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  /** Microseconds on CLOCK_MONOTONIC: the same clock as the bench's nowUs(). */
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function isCpuProfile(value: unknown): value is CpuProfile {
  const v = value as Partial<CpuProfile> | null;
  return (
    typeof v?.startTime === "number" &&
    Array.isArray(v.nodes) &&
    Array.isArray(v.samples) &&
    Array.isArray(v.timeDeltas)
  );
}

/** The main thread's profile in a node's profile directory (a loader thread, if any, is `.1.`). */
export function findMainProfile(dir: string): string | null {
  try {
    const files = readdirSync(dir).filter((file) => file.endsWith(".cpuprofile"));
    const main = files.find((file) => /\.\d+\.0\.\d+\.cpuprofile$/.test(file)) ?? files[0];
    return main === undefined ? null : join(dir, main);
  } catch {
    return null;
  }
}

const SPECIAL = new Set(["(idle)", "(program)", "(garbage collector)", "(root)"]);

function location(frame: CallFrame): string {
  if (frame.url === "") return "";
  const path = frame.url.replace(/^file:\/\//, "").replace(`${REPO_ROOT}/`, "");
  return `${path}:${frame.lineNumber + 1}`;
}

/**
 * Areas charged for each profile node: a frame of Node itself or native code (writev, a
 * file write) is charged to the nearest caller in our code or in a package, so that a
 * socket write shows up under ws/engine.io and a log write under apps/server/store.
 */
function areasByNode(nodes: readonly ProfileNode[]): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const areas = new Map<number, string>();
  const owner = (id: number): string => {
    const known = areas.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    if (node === undefined) return "(native)";
    const own = areaOf(node.callFrame);
    const up = parent.get(id);
    const area =
      (own === "node internals" || own === "(native)") &&
      up !== undefined &&
      byId.get(up)?.callFrame.functionName !== "(root)"
        ? owner(up)
        : own;
    areas.set(id, area === "(root)" ? own : area);
    return areas.get(id) ?? own;
  };
  for (const node of nodes) owner(node.id);
  return areas;
}

/** Which package or area a frame belongs to. */
export function areaOf(frame: CallFrame): string {
  if (SPECIAL.has(frame.functionName) && frame.url === "") return frame.functionName;
  const url = frame.url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith("node:")) return "node internals";
  const ours = /(apps\/[^/]+|packages\/[^/]+|bench)\/src\/([^/]+)/.exec(url);
  if (ours?.[1]) return `${ours[1]}/${ours[2]?.replace(/\.ts$/, "") ?? ""}`;
  return url === "" ? "(native)" : "other";
}

/**
 * Self time per function from the sample *counts*, not the time deltas. V8 samples by
 * signal: while the process waits for a CPU (a shared 2-core machine), no extra samples
 * pile up, but the next sample's delta grows and would charge the whole wait to whatever
 * runs next. Counts times the nominal interval stay close to CPU time. Only samples inside
 * `window` count (the measured steps, not start-up and room setup). With the votes of that
 * window, busy time and each area's are also given in µs per vote, so that two targets'
 * profiles at the same rate can be set side by side.
 */
export function summariseProfile(
  file: string,
  label: string,
  window: { fromUs: number; toUs: number } | null,
  votes: number | null = null,
  top = 15,
): ProfileSummary | null {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isCpuProfile(parsed)) return null;
  return summarise(parsed, label, window, votes, top);
}

/** `summariseProfile` of a parsed profile. */
export function summarise(
  parsed: CpuProfile,
  label: string,
  window: { fromUs: number; toUs: number } | null,
  votes: number | null,
  top: number,
): ProfileSummary {
  const frames = new Map(parsed.nodes.map((node) => [node.id, node.callFrame]));
  const nodeAreas = areasByNode(parsed.nodes);
  const byFunction = new Map<string, { frame: CallFrame; samples: number }>();
  const byArea = new Map<string, number>();
  let total = 0;
  let at = parsed.startTime;
  parsed.samples.forEach((id, index) => {
    at += parsed.timeDeltas[index] ?? 0;
    const frame = frames.get(id);
    if (frame === undefined) return;
    if (window !== null && (at < window.fromUs || at > window.toUs)) return;
    total += 1;
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}`;
    const entry = byFunction.get(key) ?? { frame, samples: 0 };
    entry.samples += 1;
    byFunction.set(key, entry);
    const area = nodeAreas.get(id) ?? areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + 1);
  });
  const intervalMs = nominalIntervalMs(parsed.timeDeltas);
  const idle = byArea.get("(idle)") ?? 0;
  const busy = Math.max(1, total - idle);
  const percent = (samples: number) => Math.round((1000 * samples) / busy) / 10;
  const entries: ProfileEntry[] = [...byFunction.values()]
    .filter(({ frame }) => frame.functionName !== "(idle)")
    .sort((a, b) => b.samples - a.samples)
    .slice(0, top)
    .map(({ frame, samples }) => ({
      functionName: frame.functionName || "(anonymous)",
      location: location(frame),
      selfMs: Math.round(samples * intervalMs),
      selfPercent: percent(samples),
    }));
  const areas = [...byArea.entries()]
    .filter(([area]) => area !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([area, samples]) => ({ area, selfPercent: percent(samples) }));
  return {
    label,
    totalMs: Math.round(total * intervalMs),
    idlePercent: Math.round((1000 * idle) / Math.max(1, total)) / 10,
    gcPercent: percent(byArea.get("(garbage collector)") ?? 0),
    top: entries,
    areas,
    perVote: votes !== null && votes > 0 ? perVote(byArea, byFunction, intervalMs, votes) : null,
  };
}

/** Busy time, each area's and the socket writes' in µs per vote (0.1 µs). */
function perVote(
  byArea: ReadonlyMap<string, number>,
  byFunction: ReadonlyMap<string, { frame: CallFrame; samples: number }>,
  intervalMs: number,
  votes: number,
): NonNullable<ProfileSummary["perVote"]> {
  const us = (samples: number) => Math.round((10_000 * samples * intervalMs) / votes) / 10;
  let busy = 0;
  const areas: Record<string, number> = {};
  for (const [area, samples] of byArea) {
    if (area === "(idle)") continue;
    busy += samples;
    areas[area] = us(samples);
  }
  let writev = 0;
  for (const { frame, samples } of byFunction.values()) {
    if (frame.functionName === "writev" && frame.url === "") writev += samples;
  }
  return { votes, busyUs: us(busy), socketWritesUs: us(writev), areas };
}

/** The sampling interval the profiler aimed at: the median gap between samples. */
function nominalIntervalMs(deltas: readonly number[]): number {
  const sorted = deltas.filter((delta) => delta > 0).sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length / 2)] ?? 1000) / 1000;
}
