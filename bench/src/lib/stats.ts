// Small numeric helpers for the report.

export function median(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = Math.floor(finite.length / 2);
  const upper = finite[mid] ?? Number.NaN;
  const lower = finite[mid - 1] ?? upper;
  return finite.length % 2 === 1 ? upper : (lower + upper) / 2;
}

/** app ÷ baseline; NaN when the baseline is zero or missing. */
export function ratio(app: number, baseline: number): number {
  if (!Number.isFinite(app) || !Number.isFinite(baseline) || baseline === 0) return Number.NaN;
  return app / baseline;
}

export const round = (value: number, digits = 3): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
