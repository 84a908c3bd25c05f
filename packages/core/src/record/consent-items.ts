// The consent findings of a record: the outcome, the counts, and every block and objection
// as dissent, by name (or alias, in an anonymous decision) and with the voter's reason.
import type { ConsentResult } from "../consent.ts";
import type { Decision, RoomState } from "../types.ts";
import { foldText } from "./escape.ts";
import { optionLabel, userText, voterLabel } from "./format.ts";

const OUTCOME_TEXT: Record<ConsentResult["outcome"], string> = {
  passes: "passes",
  "passes-with-objections": "passes with objections",
  blocked: "blocked",
  "no-consent": "no stance taken yet",
};

export function consentItems(
  state: RoomState,
  decision: Decision,
  consent: ConsentResult,
): string[] {
  const adopted = `"${optionLabel(decision, consent.proposalId)}"`;
  // A written proposal is quoted in the context section; one from before written
  // proposals was the first option, and reads as it always did.
  const on = consent.proposalText === "" ? adopted : `the proposal (adopting ${adopted})`;
  const items = [
    `- Consent on ${on}: ${OUTCOME_TEXT[consent.outcome]} ` +
      `(${consent.agree} agree, ${consent.object} object, ${consent.block} block).`,
  ];
  if (consent.concerns.length === 0) {
    items.push("- Dissent: none.");
    return items;
  }
  items.push("- Dissent:");
  for (const concern of consent.concerns) {
    const verb = concern.stance === "block" ? "blocked" : "objected";
    const reason = foldText(concern.reason);
    items.push(
      `  - ${voterLabel(state, decision, concern.participantId)} ${verb}` +
        (reason === "" ? " without a reason." : `: ${userText(reason, "")}`),
    );
  }
  return items;
}
