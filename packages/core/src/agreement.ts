// How split the room is: the one definition of agreement, used by the board, the record,
// the Markdown and the JSON (docs/counting.md, "Agreement").
//
// A leader's share is the share of the counted ballots (abstentions and sealed ballots
// aside) whose own favourite it is; a voter with several equal favourites gives each an
// equal part. With one leader, agreement is its share: strong from 75 %, moderate from
// 50 %, else split. Two or more options tied for first are always "split", whatever their
// shares: a room that cannot name one option has not agreed on one. Consent measures the
// agreeing share of the stances on the proposal.
import { voterScores } from "./score.ts";
import { type DecisionTally, sameValue, tallyDecision } from "./tally.ts";
import type { Ballot, Criterion, Decision } from "./types.ts";

export type AgreementLevel = "strong" | "moderate" | "split";

export interface LeaderShare {
  optionId: string;
  /** 0..1: the share of counted ballots whose favourite this option is. */
  share: number;
}

export interface Agreement {
  /** 0..1: the leader's share; in a tie, the largest share among the tied options. */
  share: number;
  /** Never "strong" (nor "moderate") in a tie. */
  level: AgreementLevel;
  /** Two or more options share first place. */
  tie: boolean;
  /** Each leading option (the tied ones, in a tie) with its share, in option order. */
  leaders: LeaderShare[];
  /** Voters whose favourite is none of the leaders, by participant id (who dissents). */
  dissenters: string[];
}

export function agreementOf(
  decision: Decision,
  criteria: readonly Criterion[],
  tally: DecisionTally = tallyDecision(decision, criteria),
): Agreement | null {
  if (tally.leaders.length === 0 || tally.counted === 0) return null;
  if (tally.consent !== null) return consentAgreement(tally);
  const leaders = tally.leaders;
  const credit = new Map(leaders.map((id) => [id, 0]));
  let counted = 0;
  const dissenters: string[] = [];
  for (const entry of decision.ballots) {
    if (entry.ballot === null || entry.ballot.mode !== decision.mode) continue;
    counted += 1;
    const tops = favouritesOf(entry.ballot, decision, criteria);
    let backsALeader = false;
    for (const optionId of tops) {
      const current = credit.get(optionId);
      if (current === undefined) continue;
      credit.set(optionId, current + 1 / tops.length);
      backsALeader = true;
    }
    if (!backsALeader) dissenters.push(entry.participantId);
  }
  if (counted === 0) return null;
  const shares = leaders.map((optionId) => ({
    optionId,
    share: (credit.get(optionId) ?? 0) / counted,
  }));
  const share = Math.max(...shares.map((leader) => leader.share));
  const tie = leaders.length > 1;
  return { share, level: tie ? "split" : levelOf(share), tie, leaders: shares, dissenters };
}

/** Consent has one proposal, so no tie: the agreeing share of the stances taken. */
function consentAgreement(tally: DecisionTally): Agreement | null {
  const consent = tally.consent;
  const proposal = tally.leaders[0];
  if (consent === null || proposal === undefined) return null;
  const stances = consent.agree + consent.object + consent.block;
  if (stances === 0) return null;
  const share = consent.agree / stances;
  return {
    share,
    level: levelOf(share),
    tie: false,
    leaders: [{ optionId: proposal, share }],
    dissenters: consent.concerns.map((concern) => concern.participantId),
  };
}

/** The level of a single leader's share. */
export function levelOf(share: number): AgreementLevel {
  if (share >= 0.75) return "strong";
  if (share >= 0.5) return "moderate";
  return "split";
}

/**
 * A voter's own top option(s): pick, their choice; dots, where most of their dots went;
 * ranked, their first choice; score, their best own weighted score (score.ts).
 */
export function favouritesOf(
  ballot: Ballot,
  decision: Pick<Decision, "options">,
  criteria: readonly Criterion[],
): string[] {
  const optionIds = new Set(decision.options.map((option) => option.id));
  const values = new Map<string, number>();
  if (ballot.mode === "pick") {
    if (optionIds.has(ballot.optionId)) values.set(ballot.optionId, 1);
  } else if (ballot.mode === "dots") {
    for (const { optionId, dots } of ballot.allocations) {
      if (optionIds.has(optionId) && dots > 0) {
        values.set(optionId, (values.get(optionId) ?? 0) + dots);
      }
    }
  } else if (ballot.mode === "ranked") {
    const first = ballot.ranking.find((optionId) => optionIds.has(optionId));
    if (first !== undefined) values.set(first, 1);
  } else if (ballot.mode === "score") {
    for (const [optionId, score] of voterScores(ballot, decision, criteria)) {
      values.set(optionId, score);
    }
  }
  let best = 0;
  for (const value of values.values()) best = Math.max(best, value);
  if (best <= 0) return [];
  return [...values].filter(([, value]) => sameValue(value, best)).map(([optionId]) => optionId);
}
