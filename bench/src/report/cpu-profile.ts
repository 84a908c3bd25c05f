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

interface CpuProfile {
  /** Microseconds on CLOCK_MONOTONIC: the same clock as the bench's nowUs(). */
  startTime: number;
  nodes: { id: number; callFrame: CallFrame }[];
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

/** The main thread's profile in a node's profile directory (tsx's loader thread is `.1.`). */
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

/** Only samples inside `window` count (the measured steps, not start-up and room setup). */
export function summariseProfile(
  file: string,
  label: string,
  window: { fromUs: number; toUs: number } | null,
  top = 15,
): ProfileSummary | null {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isCpuProfile(parsed)) return null;
  const frames = new Map(parsed.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, { frame: CallFrame; us: number }>();
  const byArea = new Map<string, number>();
  let totalUs = 0;
  let at = parsed.startTime;
  parsed.samples.forEach((id, index) => {
    const us = parsed.timeDeltas[index] ?? 0;
    at += us;
    const frame = frames.get(id);
    if (frame === undefined || us <= 0) return;
    if (window !== null && (at < window.fromUs || at > window.toUs)) return;
    totalUs += us;
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}`;
    const entry = byFunction.get(key) ?? { frame, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  });
  const idleUs = byArea.get("(idle)") ?? 0;
  const busyUs = Math.max(1, totalUs - idleUs);
  const percent = (us: number) => Math.round((1000 * us) / busyUs) / 10;
  const entries: ProfileEntry[] = [...byFunction.values()]
    .filter(({ frame }) => frame.functionName !== "(idle)")
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map(({ frame, us }) => ({
      functionName: frame.functionName || "(anonymous)",
      location: location(frame),
      selfMs: Math.round(us / 1000),
      selfPercent: percent(us),
    }));
  const areas = [...byArea.entries()]
    .filter(([area]) => area !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([area, us]) => ({ area, selfPercent: percent(us) }));
  return {
    label,
    totalMs: Math.round(totalUs / 1000),
    idlePercent: Math.round((1000 * idleUs) / Math.max(1, totalUs)) / 10,
    gcPercent: percent(byArea.get("(garbage collector)") ?? 0),
    top: entries,
    areas,
  };
}
