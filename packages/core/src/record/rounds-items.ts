// Earlier rounds of a decision in the record: each round's tally, so a reader sees how the
// room moved between rounds, not only where it ended.
import type { Decision } from "../types.ts";
import { formatValue, optionLabel } from "./format.ts";
import { labelList } from "./runoff-items.ts";

export function roundsList(decision: Decision): string | null {
  if (decision.rounds.length === 0) return null;
  const lines = decision.rounds.map((round) => {
    const values = round.tally
      .map(
        (entry) =>
          `"${optionLabel(decision, entry.optionId)}" ` +
          formatValue({ ...decision, mode: round.mode }, entry.value),
      )
      .join(", ");
    const abstained = round.abstained > 0 ? `, ${round.abstained} abstained` : "";
    const leaders =
      round.leaders.length === 0
        ? "no leader"
        : round.leaders.length === 1
          ? `led by "${optionLabel(decision, round.leaders[0] ?? "")}"`
          : `a tie between ${labelList(decision, round.leaders)}`;
    const ballots = `${round.ballotsCount} ballot${round.ballotsCount === 1 ? "" : "s"}`;
    return `  - Round ${round.round} (${round.mode}, ${ballots}${abstained}; ${leaders}): ${values}.`;
  });
  return ["- Earlier rounds:", ...lines].join("\n");
}
