// Consent decisions: the room does not pick among options, it consents (or not) to one
// proposal the facilitator wrote, which adopts one of the decision's options. (Decisions
// from before written proposals stand on their first option, as they did then.) Outcome
// rules, in order:
// - "blocked" when anyone blocks (a block is a principled veto; it is recorded as dissent);
// - else "passes-with-objections" when anyone objects (concerns recorded, no veto);
// - else "passes" when at least one voter agrees;
// - "no-consent" when nobody has taken a stance yet (only abstentions, or nothing).
// Abstentions count as taking part and change none of the above.
import { type Rejection, reject } from "./rejection.ts";
import type { Ballot, ConsentProposal, ConsentStance, Decision } from "./types.ts";

export type ConsentOutcome = "passes" | "passes-with-objections" | "blocked" | "no-consent";

export interface ConsentStand {
  participantId: string;
  stance: ConsentStance;
  reason: string;
}

export interface ConsentResult {
  /** The option the proposal adopts. */
  proposalId: string;
  /** The proposal as the facilitator wrote it; "" for a decision from before written proposals. */
  proposalText: string;
  agree: number;
  object: number;
  block: number;
  outcome: ConsentOutcome;
  /** Objections and blocks, in ballot order, with their reasons (the record's dissent). */
  concerns: ConsentStand[];
}

/**
 * What a consent decision's voters stand on: the written proposal, or, for a decision from
 * before written proposals (no text), its first option; null while there is neither.
 */
export function proposalOf(decision: Decision): ConsentProposal | null {
  if (decision.proposal !== null) return decision.proposal;
  const first = decision.options[0];
  return first === undefined ? null : { text: "", optionId: first.id };
}

/** A new consent ballot: a block must say why (Loomio's practice); an objection may not. */
export function checkConsentReason(ballot: Ballot): Rejection | null {
  return ballot.mode === "consent" && ballot.stance === "block" && ballot.reason.trim() === ""
    ? reject("REASON_REQUIRED", "A block needs a reason: say what would have to change.")
    : null;
}

export function consentOf(decision: Decision): ConsentResult | null {
  const proposal = proposalOf(decision);
  if (decision.mode !== "consent" || proposal === null) return null;
  const result: ConsentResult = {
    proposalId: proposal.optionId,
    proposalText: proposal.text,
    agree: 0,
    object: 0,
    block: 0,
    outcome: "no-consent",
    concerns: [],
  };
  for (const entry of decision.ballots) {
    const ballot: Ballot | null = entry.ballot;
    if (ballot?.mode !== "consent") continue;
    result[ballot.stance] += 1;
    if (ballot.stance !== "agree") {
      result.concerns.push({
        participantId: entry.participantId,
        stance: ballot.stance,
        reason: ballot.reason,
      });
    }
  }
  result.outcome =
    result.block > 0
      ? "blocked"
      : result.object > 0
        ? "passes-with-objections"
        : result.agree > 0
          ? "passes"
          : "no-consent";
  return result;
}
