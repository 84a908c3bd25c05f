// Whether a decision meets its own rules: enough of the room took part (quorum), and the
// result is clear enough (threshold). Pure, so board, facilitator and record agree.
import { canVote } from "./lookup.ts";
import { tallyDecision } from "./tally.ts";
import type { Decision, RoomState } from "./types.ts";

export interface RulesStatus {
  /** Ballots cast, abstentions and sealed ballots included. */
  voters: number;
  /** Participants who may vote (voters and the facilitator). */
  eligible: number;
  quorumMet: boolean;
  /**
   * pick: the leader's share of the counted ballots ≥ threshold; consent: the share of
   * stances that agree ≥ threshold and nobody blocks. null where the threshold does not
   * apply (other modes) or cannot be known yet (sealed ballots).
   */
  thresholdMet: boolean | null;
}

export function rulesStatus(decision: Decision, state: RoomState): RulesStatus {
  const eligible = state.participants.filter((participant) =>
    canVote(state, participant.id),
  ).length;
  const voters = decision.ballots.length;
  const { quorum, threshold } = decision.rules;
  const quorumMet = quorum === 0 || (eligible > 0 && voters / eligible >= quorum);
  return { voters, eligible, quorumMet, thresholdMet: thresholdMet(decision, state, threshold) };
}

function thresholdMet(decision: Decision, state: RoomState, threshold: number): boolean | null {
  if (decision.mode !== "pick" && decision.mode !== "consent") return null;
  const tally = tallyDecision(decision, state.criteria);
  if (tally.sealed > 0) return null;
  if (tally.consent) {
    const { agree, object, block } = tally.consent;
    const stances = agree + object + block;
    return block === 0 && (threshold === 0 || (stances > 0 && agree / stances >= threshold));
  }
  const leader = tally.options.find((option) => option.optionId === tally.leaders[0]);
  if (threshold === 0) return true;
  // A tie is not a clear enough result, whatever its share.
  if (leader === undefined || tally.leaders.length !== 1 || tally.counted === 0) return false;
  return leader.value / tally.counted >= threshold;
}
