// Targets as the issue states them, and the small judgements every scenario makes.
import type { StepMetrics, TableRow } from "./types.ts";

/** A ratio target: `app ÷ baseline` at most (or at least) `limit`. */
export function ratioRow(
  metric: string,
  unit: string,
  app: number | null,
  baseline: number | null,
  value: number | null,
  target: { atMost?: number; atLeast?: number } | null,
): TableRow {
  const met =
    value === null || target === null
      ? null
      : target.atMost !== undefined
        ? value <= target.atMost
        : value >= (target.atLeast ?? Number.NEGATIVE_INFINITY);
  const text =
    target === null
      ? null
      : target.atMost !== undefined
        ? `≤ ${target.atMost}×`
        : `≥ ${target.atLeast ?? 0}×`;
  return { metric, unit, app, baseline, ratio: value, target: text, met };
}

/** A row with a target of its own (not a ratio to the baseline). */
export function plainRow(
  metric: string,
  unit: string,
  app: number | null,
  baseline: number | null,
  target: string | null = null,
  met: boolean | null = null,
  value: number | null = null,
): TableRow {
  return { metric, unit, app, baseline, ratio: value, target, met };
}

/**
 * Whether a run's steps can be trusted: no generator worker above 90 % of a core, and the
 * machine not busy with other processes. Notes say which steps failed which check.
 */
export function stepsValidity(
  label: string,
  steps: readonly StepMetrics[],
): { valid: boolean; notes: string[] } {
  const saturated = steps.filter((step) => step.generatorSaturated).map((step) => step.rate);
  const busy = steps.filter((step) => step.machineBusy);
  const notes: string[] = [];
  if (saturated.length > 0) {
    notes.push(
      `${label}: a generator worker passed 90 % of a core at ${saturated.join(", ")} votes/s — invalid.`,
    );
  }
  if (busy.length > 0) {
    const worst = busy.reduce((a, b) => (b.foreignCpu > a.foreignCpu ? b : a));
    const who = worst.foreignShares ? ` (at ${worst.rate}/s: ${worst.foreignShares})` : "";
    notes.push(
      `${label}: other processes used up to ${worst.foreignCpu} % of a core during ${busy.length} of ${steps.length} steps${who} (shared machine) — invalid.`,
    );
  }
  return { valid: notes.length === 0, notes };
}
