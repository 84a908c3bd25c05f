// Consent decisions: the room does not pick among options, it consents (or not) to one
// proposal, the decision's first option. Outcome rules, in order:
// - "blocked" when anyone blocks (a block is a principled veto; it is recorded as dissent);
// - else "passes-with-objections" when anyone objects (concerns recorded, no veto);
// - else "passes" when at least one voter agrees;
// - "no-consent" when nobody has taken a stance yet (only abstentions, or nothing).
// Abstentions count as taking part and change none of the above.
import type { Ballot, ConsentStance, Decision } from "./types.ts";

export type ConsentOutcome = "passes" | "passes-with-objections" | "blocked" | "no-consent";

export interface ConsentStand {
  participantId: string;
  stance: ConsentStance;
  reason: string;
}

export interface ConsentResult {
  /** The option the room consents to: the decision's first option. */
  proposalId: string;
  agree: number;
  object: number;
  block: number;
  outcome: ConsentOutcome;
  /** Objections and blocks, in ballot order, with their reasons (the record's dissent). */
  concerns: ConsentStand[];
}

export function consentOf(decision: Decision): ConsentResult | null {
  const proposalId = decision.options[0]?.id;
  if (decision.mode !== "consent" || proposalId === undefined) return null;
  const result: ConsentResult = {
    proposalId,
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
