// The record's line on method robustness: the same winner under every method that fits
// the ballots, or plainly "the winner depends on the method", with each method's result.
import type { CountingMethod, MethodOutcome, MethodRobustness } from "../methods/robustness.ts";
import type { Decision } from "../types.ts";
import { labelList } from "./runoff-items.ts";

export const METHOD_NAMES: Record<CountingMethod, string> = {
  plurality: "plurality",
  "two-round": "a two-round vote",
  "instant-runoff": "instant runoff",
  borda: "Borda",
  schulze: "Schulze (Condorcet)",
  "weighted-mean": "the weighted mean",
  "majority-judgement": "majority judgement (median)",
};

export function methodsItem(decision: Decision, methods: MethodRobustness): string {
  const names = methods.outcomes.map((outcome) => METHOD_NAMES[outcome.method]);
  const [first] = methods.outcomes;
  switch (methods.verdict) {
    case "same":
      return `- Method robustness: ${resultText(decision, first)} under ${sentenceList(names)} alike.`;
    case "depends":
      return (
        "- Method robustness: the winner depends on the method: " +
        `${methods.outcomes.map((outcome) => `${METHOD_NAMES[outcome.method]}: ${resultText(decision, outcome)}`).join("; ")}.`
      );
    case "open": {
      const runoff = methods.outcomes.find((outcome) => outcome.runoff.length > 0);
      return (
        `- Method robustness: no option has a majority, so a two-round vote would go to a runoff between ` +
        `${labelList(decision, runoff?.runoff ?? [])}, which these ballots cannot settle; ` +
        "the winner may depend on the method."
      );
    }
  }
}

function resultText(decision: Decision, outcome: MethodOutcome | undefined): string {
  const leaders = outcome?.leaders ?? [];
  if (leaders.length === 0) return "no winner";
  if (leaders.length === 1) return `${labelList(decision, leaders)} wins`;
  return `a tie between ${labelList(decision, leaders)}`;
}

function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
