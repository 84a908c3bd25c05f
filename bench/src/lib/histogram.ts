// Latency histograms (HdrHistogram, values in microseconds). Workers record into their
// own, send them to the parent compressed, and the parent merges them: percentiles of a
// merged histogram are exact to 3 significant digits, unlike averaged percentiles.
import * as hdr from "hdr-histogram-js";

export type Histogram = hdr.Histogram;

/** Up to one hour, 3 significant digits. */
export const newHistogram = (): Histogram =>
  hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });

export const encodeHistogram = (histogram: Histogram): string =>
  hdr.encodeIntoCompressedBase64(histogram);

export function decodeHistogram(encoded: string): Histogram {
  return hdr.decodeFromCompressedBase64(encoded);
}

export function mergeHistograms(encoded: readonly string[]): Histogram {
  const merged = newHistogram();
  for (const one of encoded) merged.add(decodeHistogram(one));
  return merged;
}

/** Milliseconds, as reported. */
export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

const ms = (us: number): number => Math.round(us) / 1000;

export function summarise(histogram: Histogram): LatencySummary {
  if (histogram.totalCount === 0) {
    return { count: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: 0, mean: 0 };
  }
  return {
    count: histogram.totalCount,
    p50: ms(histogram.getValueAtPercentile(50)),
    p90: ms(histogram.getValueAtPercentile(90)),
    p99: ms(histogram.getValueAtPercentile(99)),
    p999: ms(histogram.getValueAtPercentile(99.9)),
    max: ms(histogram.maxValue),
    mean: ms(histogram.mean),
  };
}

/** Percentiles at which a CDF is sampled for the plots: dense in the tail. */
const CDF_PERCENTILES = [
  0, 1, 5, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 92.5, 95, 97, 98, 99, 99.5, 99.9, 99.95,
  99.99, 100,
];

/** [latency ms, cumulative fraction] points, for a CDF plot. */
export function cdfPoints(histogram: Histogram): [number, number][] {
  if (histogram.totalCount === 0) return [];
  return CDF_PERCENTILES.map((p) => [
    ms(p === 100 ? histogram.maxValue : histogram.getValueAtPercentile(p)),
    p / 100,
  ]);
}
