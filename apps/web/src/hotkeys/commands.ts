// What a decision-level shortcut sends, if anything: the command the key means, only when
// the room would take it from me now (`may`, core's `allowed`), so a key never does what
// the buttons would not offer; the server still decides.
import { assertNever, type CommandBody, type Decision } from "@stackboard/core";

export type DecisionAction =
  | { type: "pick"; index: number }
  | { type: "open" }
  | { type: "lock" }
  | { type: "reveal" };

export function commandFor(
  action: DecisionAction,
  // Only what the key needs, so new fields on Decision do not ripple into callers' tests.
  decision: Pick<Decision, "id" | "mode" | "options">,
  may: (command: CommandBody) => boolean,
): CommandBody | null {
  const command = meaning(action, decision);
  return command !== null && may(command) ? command : null;
}

/** What the key asks for on this decision, allowed or not. */
function meaning(
  action: DecisionAction,
  decision: Pick<Decision, "id" | "mode" | "options">,
): CommandBody | null {
  const on = { decisionId: decision.id };
  switch (action.type) {
    case "pick": {
      const option = decision.options[action.index];
      if (!option || decision.mode !== "pick") return null;
      return { type: "ballot.cast", ...on, ballot: { mode: "pick", optionId: option.id } };
    }
    case "open":
      return { type: "decision.open", ...on };
    case "lock":
      return { type: "decision.lock", ...on };
    case "reveal":
      return { type: "decision.reveal", ...on };
    default:
      return assertNever(action);
  }
}
