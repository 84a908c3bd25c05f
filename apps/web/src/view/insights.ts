// Sensitivity in plain terms: which weight, moved which way and how far, changes the winner.
import type { Criterion, Decision, Sensitivity } from "@stackboard/core";

export interface FlipSentence {
  criterion: string;
  direction: "below" | "above";
  weight: number;
  /** The option that would lead past that weight. */
  option: string;
  /** How far the weight must move from where it is. */
  distance: number;
}

/** The flip points of a score decision, nearest first. */
export function describeSensitivity(
  sensitivity: Sensitivity,
  criteria: readonly Criterion[],
  decision: Decision,
): FlipSentence[] {
  const label = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  const sentences: FlipSentence[] = [];
  for (const entry of sensitivity.criteria) {
    const name = criteria.find((criterion) => criterion.id === entry.criterionId)?.name;
    if (name === undefined) continue;
    if (entry.flipBelow) {
      sentences.push({
        criterion: name,
        direction: "below",
        weight: entry.flipBelow.weight,
        option: label(entry.flipBelow.optionId),
        distance: Math.abs(entry.weight - entry.flipBelow.weight),
      });
    }
    if (entry.flipAbove) {
      sentences.push({
        criterion: name,
        direction: "above",
        weight: entry.flipAbove.weight,
        option: label(entry.flipAbove.optionId),
        distance: Math.abs(entry.flipAbove.weight - entry.weight),
      });
    }
  }
  return sentences.sort((a, b) => a.distance - b.distance);
}
