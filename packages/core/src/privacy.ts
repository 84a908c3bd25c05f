// The small-group privacy guard: when anonymity cannot hold whatever the room does, say
// so before the reveal (docs/counting.md, "When anonymity cannot hold"). Anonymity hides
// who cast which ballot, but the totals themselves can give it away:
// - with fewer than 3 voters, each voter can subtract their own ballot from the totals
//   and read the other's;
// - when all voters but one (or all of them) favour the same option, the one left (or
//   everybody) learns what everyone else chose.
// Before a sealed reveal the guard reads the number of ballots, never their content, even
// where it has it (the server's state): a warning must not say what the seal hides.
import { favouritesOf } from "./agreement.ts";
import { canVote } from "./lookup.ts";
import { ballotsHidden } from "./record/facts.ts";
import type { Decision, RoomState } from "./types.ts";

export type PrivacyRisk = "few-voters" | "near-unanimous";

/** Below this many voters, totals tell each voter the others' ballots. */
export const MIN_PRIVATE_VOTERS = 3;

export interface PrivacyGuard {
  /** Why anonymity cannot hold; empty when nothing visible says so. */
  risks: PrivacyRisk[];
  /** Ballots cast, or while none are, the participants who may vote. */
  voters: number;
  /** near-unanimous: the option all (or all but one) voters favour. */
  optionId: string | null;
}

/** Null for a decision that is not anonymous: its ballots are open anyway. */
export function privacyGuard(decision: Decision, state: RoomState): PrivacyGuard | null {
  if (decision.anonymity === "off" || decision.mode === "consent") return null;
  const cast = decision.ballots.length;
  const voters = cast > 0 ? cast : state.participants.filter((p) => canVote(state, p.id)).length;
  const risks: PrivacyRisk[] = [];
  if (voters < MIN_PRIVATE_VOTERS) risks.push("few-voters");
  const optionId =
    cast >= MIN_PRIVATE_VOTERS && !ballotsHidden(decision)
      ? nearUnanimous(decision, state, cast)
      : null;
  if (optionId !== null) risks.push("near-unanimous");
  return { risks, voters, optionId };
}

/** The option favoured by at least all voters but one, by the ballots this replica sees. */
function nearUnanimous(decision: Decision, state: RoomState, cast: number): string | null {
  const favoured = new Map<string, number>();
  for (const entry of decision.ballots) {
    if (entry.ballot === null || entry.ballot.mode !== decision.mode) continue;
    for (const optionId of favouritesOf(entry.ballot, decision, state.criteria)) {
      favoured.set(optionId, (favoured.get(optionId) ?? 0) + 1);
    }
  }
  for (const option of decision.options) {
    if ((favoured.get(option.id) ?? 0) >= cast - 1) return option.id;
  }
  return null;
}
