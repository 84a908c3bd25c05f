// Tallies and ranking for every voting mode. Only ballots this replica can see count;
// sealed ballots are counted once revealed.
import { type ConsentResult, consentOf, proposalOf } from "./consent.ts";
import { instantRunoff, type Runoff } from "./irv.ts";
import { meanScores, unscoredCriteria, weightedScore } from "./score.ts";
import type { Ballot, Criterion, Decision, VotingMode } from "./types.ts";

export interface OptionTally {
  optionId: string;
  /**
   * pick: votes; dots: dots; score: weighted score on the 1-5 scale (score.ts; 0 when the
   * option has no score);
   * ranked: first-choice votes (the runoff decides the ranking); consent: agreements with
   * the proposal (objectors count among its supporters, blockers do not), 0 elsewhere.
   */
  value: number;
  /** How many ballots gave this option anything. */
  supporters: number;
  /** score mode: mean score per criterion id (absent when nobody scored it). */
  meanByCriterion: Record<string, number>;
  /** score mode: the room's criteria nobody scored for this option; empty in other modes. */
  unscored: string[];
}

export interface DecisionTally {
  decisionId: string;
  mode: VotingMode;
  /** Ballots whose content is known and backs options (abstentions excluded). */
  counted: number;
  /** Known abstentions: they count as participation, for no option. */
  abstained: number;
  /** Ballots cast but still sealed from this replica. */
  sealed: number;
  /** In the decision's option order. */
  options: OptionTally[];
  /** Option ids, best first; ties keep option order; ranked mode: the runoff's order. */
  ranking: string[];
  /**
   * The option(s) sharing the top value, when anything was counted; two or more are a tie
   * for first (ranked: the runoff's winner, or its tied final two; consent: the proposal
   * when it passes).
   */
  leaders: string[];
  /** Ranked mode: the instant-runoff rounds; null in other modes. */
  runoff: Runoff | null;
  /** Consent mode: the stances on the proposal and the outcome; null in other modes. */
  consent: ConsentResult | null;
}

export function tallyDecision(decision: Decision, criteria: readonly Criterion[]): DecisionTally {
  const visible = visibleBallots(decision);
  const optionIds = decision.options.map((option) => option.id);
  const values = optionValues(
    decision.mode,
    visible,
    optionIds,
    criteria,
    proposalOf(decision)?.optionId,
  );
  const options = optionIds.map((optionId): OptionTally => {
    const meanByCriterion = values.means.get(optionId) ?? {};
    return {
      optionId,
      value: values.value.get(optionId) ?? 0,
      supporters: values.supporters.get(optionId) ?? 0,
      meanByCriterion,
      unscored: decision.mode === "score" ? unscoredCriteria(meanByCriterion, criteria) : [],
    };
  });
  const abstained = decision.ballots.filter((entry) => entry.ballot?.mode === "abstain").length;
  const base = {
    decisionId: decision.id,
    mode: decision.mode,
    counted: visible.length,
    abstained,
    sealed: decision.ballots.length - visible.length - abstained,
    options,
  };
  if (decision.mode === "ranked") {
    const runoff = instantRunoff(rankingsOf(visible), optionIds);
    const leaders = runoff.winner === null ? runoff.tied : [runoff.winner];
    return { ...base, ranking: runoff.order, leaders, runoff, consent: null };
  }
  if (decision.mode === "consent") {
    const consent = consentOf(decision);
    const leaders = consent?.outcome.startsWith("passes") ? [consent.proposalId] : [];
    return { ...base, ranking: optionIds, leaders, runoff: null, consent };
  }
  return {
    ...base,
    ranking: rankOptions(options),
    leaders: leadersOf(options),
    runoff: null,
    consent: null,
  };
}

/** The options sharing the top value, in option order; none when nothing scores above 0. */
export function leadersOf(options: readonly { optionId: string; value: number }[]): string[] {
  let top = 0;
  for (const option of options) top = Math.max(top, option.value);
  if (top <= TIE_EPSILON) return [];
  return options.filter((option) => sameValue(option.value, top)).map((option) => option.optionId);
}

/** True when two or more options share first place. */
export const isTie = (tally: Pick<DecisionTally, "leaders">): boolean => tally.leaders.length > 1;

/** The options tied for first in this replica's tally, or none when one (or no) option leads. */
export function tieOf(decision: Decision, criteria: readonly Criterion[]): string[] {
  const { leaders } = tallyDecision(decision, criteria);
  return leaders.length > 1 ? leaders : [];
}

function rankingsOf(ballots: readonly Ballot[]): string[][] {
  return ballots.flatMap((ballot) => (ballot.mode === "ranked" ? [ballot.ranking] : []));
}

export function visibleBallots(decision: Decision): Ballot[] {
  const ballots: Ballot[] = [];
  for (const entry of decision.ballots) {
    if (entry.ballot !== null && entry.ballot.mode === decision.mode) ballots.push(entry.ballot);
  }
  return ballots;
}

/** Values closer than this are a tie: weighted means carry floating-point noise. */
export const TIE_EPSILON = 1e-9;

export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= TIE_EPSILON;

/** Best first; equal values keep the given order, so every replica ranks ties alike. */
export function rankOptions(options: readonly { optionId: string; value: number }[]): string[] {
  return options
    .map((option, index) => ({ ...option, index }))
    .sort((a, b) => (sameValue(a.value, b.value) ? a.index - b.index : b.value - a.value))
    .map((option) => option.optionId);
}

interface OptionValues {
  value: Map<string, number>;
  supporters: Map<string, number>;
  means: Map<string, Record<string, number>>;
}

function optionValues(
  mode: VotingMode,
  ballots: readonly Ballot[],
  optionIds: readonly string[],
  criteria: readonly Criterion[],
  /** Consent mode: the option the proposal adopts. */
  proposal: string | undefined,
): OptionValues {
  const known = new Set(optionIds);
  const result: OptionValues = { value: new Map(), supporters: new Map(), means: new Map() };
  const add = (map: Map<string, number>, key: string, amount: number) =>
    map.set(key, (map.get(key) ?? 0) + amount);

  if (mode === "score") {
    const means = meanScores(ballots, known, criteria);
    for (const optionId of optionIds) {
      const perCriterion = means.get(optionId) ?? {};
      result.means.set(optionId, perCriterion);
      result.value.set(optionId, weightedScore(perCriterion, criteria) ?? 0);
    }
    for (const ballot of ballots) {
      if (ballot.mode !== "score") continue;
      const scored = new Set(ballot.scores.map((score) => score.optionId));
      for (const optionId of scored) if (known.has(optionId)) add(result.supporters, optionId, 1);
    }
    return result;
  }

  for (const ballot of ballots) {
    if (ballot.mode === "pick" && known.has(ballot.optionId)) {
      add(result.value, ballot.optionId, 1);
      add(result.supporters, ballot.optionId, 1);
    } else if (ballot.mode === "ranked") {
      const first = ballot.ranking.find((optionId) => known.has(optionId));
      if (first !== undefined) add(result.value, first, 1);
      for (const optionId of new Set(ballot.ranking)) {
        if (known.has(optionId)) add(result.supporters, optionId, 1);
      }
    } else if (ballot.mode === "consent") {
      // Objecting is still consenting (with concerns); only a block withholds support.
      if (proposal !== undefined && known.has(proposal) && ballot.stance !== "block") {
        add(result.value, proposal, ballot.stance === "agree" ? 1 : 0);
        add(result.supporters, proposal, 1);
      }
    } else if (ballot.mode === "dots") {
      for (const { optionId, dots } of ballot.allocations) {
        if (!known.has(optionId) || dots <= 0) continue;
        add(result.value, optionId, dots);
        add(result.supporters, optionId, 1);
      }
    }
  }
  return result;
}
