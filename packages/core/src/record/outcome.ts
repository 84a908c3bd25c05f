// The "Decision Outcome" section: the choice and its rationale, then the tally table and
// the runoff, then the findings (findings.ts): agreement, ties, dissent, sensitivity.
import { type DecisionTally, sameValue } from "../tally.ts";
import type { Decision, RoomState } from "../types.ts";
import { type CommitmentsRecord, commitmentsLine } from "./commitments.ts";
import { foldText } from "./escape.ts";
import type { DecisionFacts } from "./facts.ts";
import { findingsList } from "./findings.ts";
import { count, formatValue, heading, optionLabel, userText, valueHeader } from "./format.ts";
import { privacyLine } from "./privacy-item.ts";
import { roundsList } from "./rounds-items.ts";
import { rulesList } from "./rules-items.ts";
import { runoffList } from "./runoff-items.ts";

/** Blocks (paragraphs, tables, lists) of the outcome section, below its own heading. */
export function outcomeBlocks(
  state: RoomState,
  decision: Decision,
  facts: DecisionFacts,
  level: number,
  commitments: CommitmentsRecord | null = null,
): string[] {
  const extras = [
    commitments === null ? null : commitmentsLine(commitments),
    rulesList(state, decision),
    roundsList(decision),
    privacyLine(state, decision),
  ].filter((block): block is string => block !== null);
  return [
    chosenLine(decision),
    heading(level, "Tally"),
    ...tallyBlocks(state, decision, facts),
    ...extras,
  ];
}

function chosenLine(decision: Decision): string {
  const outcome = decision.outcome;
  if (outcome === null) return "Not decided yet.";
  const chosen = `Chosen option: "${optionLabel(decision, outcome.optionId)}"`;
  const rationale = foldText(outcome.rationale);
  if (rationale === "") return `${chosen}. No rationale was recorded.`;
  // Keep the writer's own closing punctuation rather than doubling it.
  const stop = /[.!?]$/.test(rationale) ? "" : ".";
  return `${chosen}, because ${userText(rationale, "")}${stop}`;
}

function tallyBlocks(state: RoomState, decision: Decision, facts: DecisionFacts): string[] {
  if (facts.hidden) {
    return facts.cast === 0
      ? ["Ballots are sealed until the facilitator reveals them; none have been cast yet."]
      : [
          `${count(facts.cast, "ballot is", "ballots are")} sealed until the facilitator ` +
            "reveals them, so the tally is not shown.",
        ];
  }
  const tally = facts.tally;
  const abstained =
    tally !== null && tally.abstained > 0
      ? ` ${count(tally.abstained, "voter", "voters")} abstained.`
      : "";
  if (tally === null || tally.counted === 0) return [`No ballots were cast.${abstained}`];
  return [
    `${count(tally.counted, "ballot", "ballots")} counted.${abstained}`,
    tallyTable(state, decision, tally),
    ...(tally.runoff ? [runoffList(decision, tally.runoff)] : []),
    findingsList(state, decision, tally, facts),
  ];
}

/**
 * Competition ranking ("1, 1, 3"): options with equal values share a rank; ranked mode:
 * the runoff's order, its tied final two sharing first place.
 */
function rankOf(tally: DecisionTally, optionId: string, value: number): number {
  if (tally.runoff) {
    return tally.leaders.includes(optionId) ? 1 : 1 + tally.ranking.indexOf(optionId);
  }
  // Equal within TIE_EPSILON is equal, as in the tally's leaders: a weighted mean summed in
  // another order may differ in its last bits.
  return (
    1 +
    tally.options.filter((option) => option.value > value && !sameValue(option.value, value)).length
  );
}

function tallyTable(state: RoomState, decision: Decision, tally: DecisionTally): string {
  const criteria = decision.mode === "score" ? state.criteria : [];
  const header = [
    "Option",
    valueHeader(decision),
    ...criteria.map((criterion) => userText(criterion.name, "Unnamed criterion")),
    "Supporters",
    "Rank",
  ];
  const align = ["---", ...header.slice(1).map(() => "---:")];
  const rows = tally.options.map((option) => [
    optionLabel(decision, option.optionId),
    formatValue(decision, option.value),
    ...criteria.map((criterion) => {
      const mean = option.meanByCriterion[criterion.id];
      return mean === undefined ? "-" : mean.toFixed(2);
    }),
    String(option.supporters),
    String(rankOf(tally, option.optionId, option.value)),
  ]);
  return [header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
