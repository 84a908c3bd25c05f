// Disagreement at reveal: how each option's votes spread, and who voted far from the
// room, so the facilitator can ask them to speak first (their reasons are the ones the
// tally hides). Score mode uses each voter's weighted score per option (1-5); dots mode
// the dots each voter gave the option (0..budget, a voter who gave none counts as 0).
import { ballotsHidden } from "./record/facts.ts";
import { voterScores } from "./score.ts";
import type { Criterion, Decision } from "./types.ts";

export interface VoterValue {
  participantId: string;
  value: number;
}

export interface Outlier extends VoterValue {
  optionId: string;
  /** value − median: positive when the voter rates the option higher than the room. */
  deviation: number;
}

export interface OptionSpread {
  optionId: string;
  values: VoterValue[];
  /** Count per bin, bins as in `DecisionSpread.bins` (values rounded to the nearest bin). */
  histogram: number[];
  median: number;
  /** Median absolute deviation: 0 when most voters agree exactly. */
  mad: number;
  outliers: Outlier[];
}

export interface DecisionSpread {
  decisionId: string;
  mode: "score" | "dots";
  bins: number[];
  /** How far from the median a vote must be to count as an outlier. */
  threshold: number;
  options: OptionSpread[];
  /** Outlying voters, furthest first, each once: who to ask to speak first. */
  speakFirst: Outlier[];
}

/** Two points on a 1-5 scale is "a different opinion", not noise. */
export const SCORE_OUTLIER_DISTANCE = 2;

export function spreadOf(
  decision: Decision,
  criteria: readonly Criterion[],
): DecisionSpread | null {
  if (decision.mode !== "score" && decision.mode !== "dots") return null;
  if (ballotsHidden(decision)) return null;
  const entries = decision.ballots.filter(
    (entry) => entry.ballot !== null && entry.ballot.mode === decision.mode,
  );
  if (entries.length < 2) return null;

  const valuesByOption = new Map<string, VoterValue[]>();
  for (const option of decision.options) valuesByOption.set(option.id, []);
  for (const entry of entries) {
    const ballot = entry.ballot;
    if (ballot === null) continue;
    if (ballot.mode === "score") {
      // The voter's own weighted score (score.ts), over the options they scored.
      for (const [optionId, value] of voterScores(ballot, decision, criteria)) {
        valuesByOption.get(optionId)?.push({ participantId: entry.participantId, value });
      }
    } else if (ballot.mode === "dots") {
      for (const option of decision.options) {
        const dots = ballot.allocations
          .filter((allocation) => allocation.optionId === option.id)
          .reduce((sum, allocation) => sum + allocation.dots, 0);
        valuesByOption.get(option.id)?.push({ participantId: entry.participantId, value: dots });
      }
    }
  }

  const mode = decision.mode;
  const bins =
    mode === "score"
      ? [1, 2, 3, 4, 5]
      : Array.from({ length: decision.dotsPerVoter + 1 }, (_, index) => index);
  // Dots budgets vary (3..20): half the budget away from the room is a different opinion.
  const threshold =
    mode === "score"
      ? SCORE_OUTLIER_DISTANCE
      : Math.max(SCORE_OUTLIER_DISTANCE, Math.ceil(decision.dotsPerVoter / 2));

  const options = decision.options.map((option): OptionSpread => {
    const values = valuesByOption.get(option.id) ?? [];
    const median = medianOf(values.map((entry) => entry.value));
    const mad = medianOf(values.map((entry) => Math.abs(entry.value - median)));
    const histogram = bins.map(() => 0);
    for (const { value } of values) {
      const index = Math.min(bins.length - 1, Math.max(0, Math.round(value) - (bins[0] ?? 0)));
      histogram[index] = (histogram[index] ?? 0) + 1;
    }
    const outliers =
      values.length < 3
        ? []
        : values
            .filter((entry) => Math.abs(entry.value - median) >= threshold - 1e-9)
            .map((entry) => ({ ...entry, optionId: option.id, deviation: entry.value - median }));
    return { optionId: option.id, values, histogram, median, mad, outliers };
  });

  const furthest = new Map<string, Outlier>();
  for (const outlier of options.flatMap((option) => option.outliers)) {
    const seen = furthest.get(outlier.participantId);
    if (!seen || Math.abs(outlier.deviation) > Math.abs(seen.deviation)) {
      furthest.set(outlier.participantId, outlier);
    }
  }
  const speakFirst = [...furthest.values()].sort(
    (a, b) => Math.abs(b.deviation) - Math.abs(a.deviation),
  );
  return { decisionId: decision.id, mode, bins, threshold, options, speakFirst };
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
