// A separate run of one target under `--cpu-prof` (profiling slows it, so it never shares
// a run with the figures): one step at a given rate, then the profile cut to the measured
// window, in µs per vote of that window as well as in shares.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { findMainProfile, summariseProfile } from "../report/cpu-profile.ts";
import { startTarget, type TargetSpec, targetLabel } from "../targets/target.ts";
import { buildFleet, type FleetShape } from "./fleet.ts";
import { runStep, type StepTiming } from "./steps.ts";
import type { ProfileSummary, RunContext } from "./types.ts";

export async function profileTarget(
  ctx: RunContext,
  scenario: string,
  spec: TargetSpec,
  shape: FleetShape,
  rate: number,
  timing: StepTiming,
): Promise<ProfileSummary[]> {
  if (!ctx.profile) return [];
  const profileDir = join(ctx.profileDir, scenario);
  mkdirSync(profileDir, { recursive: true });
  await ctx.redis?.flush();
  const target = await startTarget({ ...spec, profileDir });
  const pool = ctx.pool;
  let window: { fromUs: number; toUs: number } | null = null;
  let votes: number | null = null;
  try {
    await buildFleet(pool, target, shape);
    const step = await runStep(ctx, pool, target, rate, timing, shape.clientsPerRoom);
    window = step.windowUs;
    // Votes of the whole window: a node's share on several nodes is not known.
    votes = target.nodes.length === 1 ? step.measuredVotes : null;
    ctx.log(`${scenario} ${targetLabel(spec)} profile @${rate}/s: p99 ${step.latency.p99} ms`);
  } finally {
    await pool.disconnectAll();
    await target.stop();
  }
  const label = targetLabel(spec);
  return target.nodes.flatMap((node, index) => {
    const file = findMainProfile(join(profileDir, `${label}-n${index}`));
    const summary = file
      ? summariseProfile(file, `${scenario} ${node.label} @${rate}/s`, window, votes)
      : null;
    return summary ? [summary] : [];
  });
}
