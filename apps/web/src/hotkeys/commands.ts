// What a decision-level shortcut sends, if anything. Mirrors what the buttons offer to the
// same person, so a key never does what the UI would not; the server still authorises.
import type { CommandBody, Decision, Role } from "@stackboard/core";
import { mayVote } from "../view/permissions.ts";

export type DecisionAction =
  | { type: "pick"; index: number }
  | { type: "open" }
  | { type: "lock" }
  | { type: "reveal" };

export function commandFor(
  action: DecisionAction,
  // Only what the rule needs, so new fields on Decision do not ripple into callers' tests.
  decision: Pick<Decision, "id" | "mode" | "status" | "options" | "sealed">,
  role: Role | null,
): CommandBody | null {
  const on = { decisionId: decision.id };
  switch (action.type) {
    case "pick": {
      const option = decision.options[action.index];
      if (!option || !mayVote(role) || decision.mode !== "pick") return null;
      if (decision.status !== "voting") return null;
      return { type: "ballot.cast", ...on, ballot: { mode: "pick", optionId: option.id } };
    }
    case "open":
      return role === "facilitator" && decision.status === "draft" && decision.options.length > 0
        ? { type: "decision.open", ...on }
        : null;
    case "lock":
      return role === "facilitator" && decision.status === "voting"
        ? { type: "decision.lock", ...on }
        : null;
    case "reveal":
      return role === "facilitator" && decision.status === "locked" && decision.sealed
        ? { type: "decision.reveal", ...on }
        : null;
  }
}
