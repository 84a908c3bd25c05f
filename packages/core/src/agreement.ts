// How split the room is: the share of voters whose own favourite is the room's leader.
import { proposalOf } from "./consent.ts";
import { meanScores, sameValue, tallyDecision, visibleBallots, weightedScore } from "./tally.ts";
import type { Ballot, Criterion, Decision } from "./types.ts";

export type AgreementLevel = "strong" | "moderate" | "split";

export interface Agreement {
  /** 0..1: 1 when every voter's favourite is the leader. */
  share: number;
  level: AgreementLevel;
  /** Voters whose favourite is not a leader, by participant id (who dissents). */
  dissenters: string[];
}

export function agreementOf(decision: Decision, criteria: readonly Criterion[]): Agreement | null {
  const leaders = new Set(tallyDecision(decision, criteria).leaders);
  const visible = decision.ballots.filter((entry) => entry.ballot !== null);
  if (leaders.size === 0 || visible.length === 0 || visibleBallots(decision).length === 0) {
    return null;
  }
  const optionIds = new Set(decision.options.map((option) => option.id));
  let credit = 0;
  let counted = 0;
  const dissenters: string[] = [];
  for (const entry of visible) {
    if (entry.ballot === null || entry.ballot.mode !== decision.mode) continue;
    counted += 1;
    const tops = favouritesOf(entry.ballot, optionIds, criteria, proposalOf(decision)?.optionId);
    const backing = tops.filter((optionId) => leaders.has(optionId)).length;
    const share = tops.length === 0 ? 0 : backing / tops.length;
    credit += share;
    if (share === 0) dissenters.push(entry.participantId);
  }
  if (counted === 0) return null;
  const share = credit / counted;
  return { share, level: levelOf(share), dissenters };
}

export function levelOf(share: number): AgreementLevel {
  if (share >= 0.75) return "strong";
  if (share >= 0.5) return "moderate";
  return "split";
}

/** A voter's own top option(s) under the room's weights. */
export function favouritesOf(
  ballot: Ballot,
  optionIds: ReadonlySet<string>,
  criteria: readonly Criterion[],
  /** Consent mode: the option the proposal adopts. */
  proposal?: string,
): string[] {
  const values = new Map<string, number>();
  if (ballot.mode === "pick") {
    if (optionIds.has(ballot.optionId)) values.set(ballot.optionId, 1);
  } else if (ballot.mode === "dots") {
    for (const { optionId, dots } of ballot.allocations) {
      if (optionIds.has(optionId) && dots > 0) {
        values.set(optionId, (values.get(optionId) ?? 0) + dots);
      }
    }
  } else if (ballot.mode === "consent") {
    // Only agreeing backs the proposal; objectors and blockers are the dissent.
    if (ballot.stance === "agree" && proposal !== undefined && optionIds.has(proposal)) {
      values.set(proposal, 1);
    }
  } else if (ballot.mode === "ranked") {
    const first = ballot.ranking.find((optionId) => optionIds.has(optionId));
    if (first !== undefined) values.set(first, 1);
  } else if (ballot.mode === "score") {
    for (const [optionId, perCriterion] of meanScores([ballot], optionIds, criteria)) {
      values.set(optionId, weightedScore(perCriterion, criteria));
    }
  }
  let best = 0;
  for (const value of values.values()) best = Math.max(best, value);
  if (best <= 0) return [];
  return [...values].filter(([, value]) => sameValue(value, best)).map(([optionId]) => optionId);
}
