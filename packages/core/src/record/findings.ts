// The findings under a decision's tally: agreement (split in a tie, never strong), the
// tie and who settled it, dissent, unscored cells (score mode) and sensitivity.
import type { Agreement } from "../agreement.ts";
import type { Sensitivity } from "../sensitivity.ts";
import type { DecisionTally } from "../tally.ts";
import type { Decision, RoomState } from "../types.ts";
import { consentItems } from "./consent-items.ts";
import type { DecisionFacts } from "./facts.ts";
import {
  count,
  formatWeight,
  nameOf,
  optionLabel,
  percent,
  userText,
  voterLabel,
} from "./format.ts";
import { methodsItem } from "./methods-item.ts";
import { labelList } from "./runoff-items.ts";

export function findingsList(
  state: RoomState,
  decision: Decision,
  tally: DecisionTally,
  facts: DecisionFacts,
): string {
  const chosenId = decision.outcome?.optionId ?? null;
  const items: string[] = [];
  const agreement = facts.agreement;
  if (tally.consent !== null) {
    // Consent has no leader to agree with: its findings are the outcome and the dissent.
    items.push(...consentItems(state, decision, tally.consent));
  } else if (agreement === null) {
    items.push("- Agreement: not measurable, as no option leads.");
  } else {
    items.push(
      agreementItem(decision, agreement, chosenId),
      dissentItem(state, decision, agreement),
    );
  }
  const tie = tieItem(state, decision, tally);
  if (tie !== null) items.push(tie);
  if (chosenId !== null && tally.leaders.length > 0 && !tally.leaders.includes(chosenId)) {
    items.push("- The chosen option is not the one the tally ranks first.");
  }
  const unscored = unscoredItem(state, decision, tally);
  if (unscored !== null) items.push(unscored);
  if (facts.sensitivity !== null) {
    items.push(...sensitivityItems(state, decision, facts.sensitivity));
  }
  // Only a decided vote has a winner whose method could be questioned.
  if (facts.methods !== null && decision.status === "decided") {
    items.push(methodsItem(decision, facts.methods));
  }
  return items.join("\n");
}

function agreementItem(decision: Decision, agreement: Agreement, chosenId: string | null): string {
  if (agreement.tie) {
    const shares = agreement.leaders
      .map((leader) => `"${optionLabel(decision, leader.optionId)}" ${percent(leader.share)}`)
      .join(", ");
    return `- Agreement: split, a tie for first: ${shares} of voters.`;
  }
  const leaderId = agreement.leaders[0]?.optionId ?? "";
  const backed =
    chosenId !== null && leaderId === chosenId
      ? "the chosen option"
      : `the leading option "${optionLabel(decision, leaderId)}"`;
  return `- Agreement: ${percent(agreement.share)} of voters back ${backed} (${agreement.level}).`;
}

function dissentItem(state: RoomState, decision: Decision, agreement: Agreement): string {
  // Fully anonymous: how many dissent, never who (not even as aliases).
  const dissent =
    decision.anonymity === "full"
      ? agreement.dissenters.length === 0
        ? []
        : [count(agreement.dissenters.length, "anonymous voter", "anonymous voters")]
      : agreement.dissenters.map((id) => voterLabel(state, decision, id));
  return dissent.length === 0
    ? "- Dissent: none."
    : `- Dissent: ${dissent.join(", ")} (favoured another option).`;
}

/** A tie for first: settled by whom and how, or not yet. */
function tieItem(state: RoomState, decision: Decision, tally: DecisionTally): string | null {
  const outcome = decision.outcome;
  if (outcome !== null && outcome.settledTie.length > 1) {
    const chosen = `"${optionLabel(decision, outcome.optionId)}"`;
    return (
      `- Tie: ${labelList(decision, outcome.settledTie)} tied for first; ` +
      `${nameOf(state, outcome.decidedBy)} settled it by choosing ${chosen}.`
    );
  }
  if (tally.leaders.length < 2) return null;
  const tied = labelList(decision, tally.leaders);
  return outcome === null
    ? `- Tie: ${tied} tied for first; not settled yet.`
    : // Only weights changed since the decision can do this: the ballots are frozen.
      `- Tie: ${tied} tie for first under the current weights; one option led when the decision was taken.`;
}

/** Score mode: which options lack scores on some criteria, and what that means. */
function unscoredItem(state: RoomState, decision: Decision, tally: DecisionTally): string | null {
  if (decision.mode !== "score" || state.criteria.length === 0) return null;
  const total = state.criteria.length;
  const lacking = tally.options
    .filter((option) => option.unscored.length > 0)
    .map(
      (option) =>
        `"${optionLabel(decision, option.optionId)}" ${option.unscored.length} of ${count(total, "criterion", "criteria")}`,
    );
  if (lacking.length === 0) return null;
  return (
    `- Unscored: ${lacking.join(", ")}. ` +
    "A weighted score averages only the criteria that were scored."
  );
}

function sensitivityItems(
  state: RoomState,
  decision: Decision,
  sensitivity: Sensitivity,
): string[] {
  const flips: string[] = [];
  for (const result of sensitivity.criteria) {
    const criterion = state.criteria.find((candidate) => candidate.id === result.criterionId);
    const name = userText(criterion?.name ?? "", "Unnamed criterion");
    const now = formatWeight(result.weight);
    for (const [flip, side] of [
      [result.flipBelow, "below"],
      [result.flipAbove, "above"],
    ] as const) {
      if (flip === null) continue;
      flips.push(
        `  - The winner changes if ${name} weighs ${side} ${formatWeight(flip.weight)} ` +
          `(now ${now}; "${optionLabel(decision, flip.optionId)}" would lead).`,
      );
    }
  }
  if (flips.length === 0) {
    return ["- Sensitivity: no single weight change within 0..1 changes the winner."];
  }
  return ["- Sensitivity to the weights:", ...flips];
}
