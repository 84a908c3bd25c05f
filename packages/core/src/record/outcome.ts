// The "Decision Outcome" section: the choice and its rationale, then the tally with
// agreement, dissent and (score mode) sensitivity to the weights.
import type { Runoff } from "../irv.ts";
import type { Sensitivity } from "../sensitivity.ts";
import type { DecisionTally } from "../tally.ts";
import type { Decision, RoomState } from "../types.ts";
import { consentItems } from "./consent-items.ts";
import { foldText } from "./escape.ts";
import type { DecisionFacts } from "./facts.ts";
import {
  count,
  formatValue,
  formatWeight,
  heading,
  optionLabel,
  percent,
  userText,
  valueHeader,
  voterLabel,
} from "./format.ts";
import { roundsList } from "./rounds-items.ts";
import { rulesList } from "./rules-items.ts";

/** Blocks (paragraphs, tables, lists) of the outcome section, below its own heading. */
export function outcomeBlocks(
  state: RoomState,
  decision: Decision,
  facts: DecisionFacts,
  level: number,
): string[] {
  const extras = [rulesList(state, decision), roundsList(decision)].filter(
    (block): block is string => block !== null,
  );
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

/** Competition ranking ("1, 1, 3"): options with equal values share a rank; ranked mode: the runoff's order. */
function rankOf(tally: DecisionTally, optionId: string, value: number): number {
  if (tally.runoff) return 1 + tally.ranking.indexOf(optionId);
  return 1 + tally.options.filter((option) => option.value > value).length;
}

function runoffList(decision: Decision, runoff: Runoff): string {
  const lines = runoff.rounds.map((round, index) => {
    const counts = round.counts
      .map((entry) => `"${optionLabel(decision, entry.optionId)}" ${entry.votes}`)
      .join(", ");
    const exhausted = round.exhausted > 0 ? `; ${round.exhausted} exhausted` : "";
    const out =
      round.eliminated === null ? "" : `; "${optionLabel(decision, round.eliminated)}" eliminated`;
    return `  - Round ${index + 1}: ${counts}${exhausted}${out}.`;
  });
  const winner =
    runoff.winner === null ? "no winner" : `"${optionLabel(decision, runoff.winner)}" wins`;
  return [`- Instant runoff (${winner}):`, ...lines].join("\n");
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

function findingsList(
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
    const leaders = tally.leaders;
    const backed =
      chosenId !== null && leaders.length === 1 && leaders[0] === chosenId
        ? "the chosen option"
        : `the leading option${leaders.length === 1 ? "" : "s"} ${leaders
            .map((id) => `"${optionLabel(decision, id)}"`)
            .join(" and ")}`;
    items.push(
      `- Agreement: ${percent(agreement.share)} of voters back ${backed} (${agreement.level}).`,
    );
    // Fully anonymous: how many dissent, never who (not even as aliases).
    const dissent =
      decision.anonymity === "full"
        ? agreement.dissenters.length === 0
          ? []
          : [count(agreement.dissenters.length, "anonymous voter", "anonymous voters")]
        : agreement.dissenters.map((id) => voterLabel(state, decision, id));
    items.push(
      dissent.length === 0
        ? "- Dissent: none."
        : `- Dissent: ${dissent.join(", ")} (favoured another option).`,
    );
  }
  if (chosenId !== null && tally.leaders.length > 0 && !tally.leaders.includes(chosenId)) {
    items.push("- The chosen option is not the one the tally ranks first.");
  }
  if (facts.sensitivity !== null)
    items.push(...sensitivityItems(state, decision, facts.sensitivity));
  return items.join("\n");
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
