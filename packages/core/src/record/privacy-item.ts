// The record's privacy warning for an anonymous decision whose totals give voters away.
import { MIN_PRIVATE_VOTERS, privacyGuard } from "../privacy.ts";
import type { Decision, RoomState } from "../types.ts";
import { optionLabel } from "./format.ts";

export function privacyLine(state: RoomState, decision: Decision): string | null {
  const guard = privacyGuard(decision, state);
  if (guard === null || guard.risks.length === 0) return null;
  const reasons: string[] = [];
  if (guard.risks.includes("few-voters")) {
    reasons.push(
      `fewer than ${MIN_PRIVATE_VOTERS} voters took part, so each can read the others' ballots from the totals`,
    );
  }
  if (guard.risks.includes("near-unanimous") && guard.optionId !== null) {
    reasons.push(
      `all voters but at most one favour "${optionLabel(decision, guard.optionId)}", so the totals show how nearly everyone voted`,
    );
  }
  const shown =
    decision.anonymity === "full" ? " Only totals are shown, no voter and no single ballot." : "";
  return `Privacy: this decision is anonymous, but anonymity cannot hold: ${reasons.join("; and ")}.${shown}`;
}
