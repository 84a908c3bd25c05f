// "Robustness of the Winners": per score decision, the smallest single weight change that
// changes the winner, so a reader sees at a glance which outcomes hinge on the weights.
import type { RoomState } from "../types.ts";
import { decisionFacts } from "./facts.ts";
import { decisionTitle, formatWeight, heading, optionLabel, userText } from "./format.ts";
import { labelList } from "./runoff-items.ts";

export function robustnessBlocks(state: RoomState, level: number): string[] {
  const items: string[] = [];
  for (const decision of state.decisions) {
    const facts = decisionFacts(decision, state.criteria);
    const sensitivity = facts.sensitivity;
    const leaders = facts.tally?.leaders ?? [];
    if (decision.mode === "score" && leaders.length > 1) {
      items.push(
        `- ${decisionTitle(decision)}: a tie for first between ${labelList(decision, leaders)}; ` +
          "no single winner for a weight to unseat.",
      );
      continue;
    }
    if (sensitivity === null) continue;
    const winner = `"${optionLabel(decision, sensitivity.winnerId)}"`;
    const lead = `- ${decisionTitle(decision)}: ${winner}`;
    if (sensitivity.margin === null) {
      items.push(`${lead} stays ahead under any single weight between 0 and 1 (robust).`);
      continue;
    }
    const margin = sensitivity.margin;
    // The criterion (and side) that reaches a flip first: what the margin is made of.
    const nearest = sensitivity.criteria
      .flatMap((entry) =>
        (["below", "above"] as const).map((side) => ({
          entry,
          side,
          flip: side === "below" ? entry.flipBelow : entry.flipAbove,
        })),
      )
      .find(({ entry, flip }) => flip !== null && Math.abs(entry.weight - flip.weight) === margin);
    const criterion = state.criteria.find((c) => c.id === nearest?.entry.criterionId);
    const how =
      nearest?.flip && criterion
        ? ` (${userText(criterion.name, "Unnamed criterion")} ${nearest.side} ${formatWeight(nearest.flip.weight)})`
        : "";
    items.push(
      `${lead} stops leading if one weight moves by ${formatWeight(margin)}${how}; ${robustnessWord(margin)}.`,
    );
  }
  if (items.length === 0) return [];
  return [heading(level, "Robustness of the Winners"), items.join("\n")];
}

/** Weights run 0..1: a flip within 0.1 is one nudge away. */
function robustnessWord(margin: number): string {
  if (margin < 0.1) return "fragile";
  if (margin < 0.25) return "moderately robust";
  return "robust";
}
