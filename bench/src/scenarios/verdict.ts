// Targets as the issue states them, and the small judgements every scenario makes.
import type { TableRow } from "./types.ts";

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
