// Tallies and ranking for every voting mode. Only ballots this replica can see count;
// sealed ballots are counted once revealed.
import { type ConsentResult, consentOf, proposalOf } from "./consent.ts";
import { instantRunoff, type Runoff } from "./irv.ts";
import type { Ballot, Criterion, Decision, VotingMode } from "./types.ts";

export interface OptionTally {
  optionId: string;
  /**
   * pick: votes; dots: dots; score: weighted mean on the 1-5 scale (0 when unscored);
   * ranked: first-choice votes (the runoff decides the ranking); consent: agreements with
   * the proposal (objectors count among its supporters, blockers do not), 0 elsewhere.
   */
  value: number;
  /** How many ballots gave this option anything. */
  supporters: number;
  /** score mode: mean score per criterion id (absent when nobody scored it). */
  meanByCriterion: Record<string, number>;
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
  /** The option(s) sharing the top value, when anything was counted (ranked: the winner). */
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
  const options = optionIds.map((optionId) => ({
    optionId,
    value: values.value.get(optionId) ?? 0,
    supporters: values.supporters.get(optionId) ?? 0,
    meanByCriterion: values.means.get(optionId) ?? {},
  }));
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
    const leaders = runoff.winner === null ? [] : [runoff.winner];
    return { ...base, ranking: runoff.order, leaders, runoff, consent: null };
  }
  if (decision.mode === "consent") {
    const consent = consentOf(decision);
    const leaders = consent?.outcome.startsWith("passes") ? [consent.proposalId] : [];
    return { ...base, ranking: optionIds, leaders, runoff: null, consent };
  }
  const ranking = rankOptions(options);
  const top = options.find((option) => option.optionId === ranking[0]);
  const leaders =
    top && top.value > TIE_EPSILON
      ? options
          .filter((option) => sameValue(option.value, top.value))
          .map((option) => option.optionId)
      : [];
  return { ...base, ranking, leaders, runoff: null, consent: null };
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
      result.value.set(optionId, weightedScore(perCriterion, criteria));
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

/** Mean score per option per criterion over the ballots that scored that cell. */
export function meanScores(
  ballots: readonly Ballot[],
  knownOptions: ReadonlySet<string>,
  criteria: readonly Criterion[],
): Map<string, Record<string, number>> {
  const knownCriteria = new Set(criteria.map((criterion) => criterion.id));
  const sums = new Map<string, Map<string, { total: number; count: number }>>();
  for (const ballot of ballots) {
    if (ballot.mode !== "score") continue;
    for (const { optionId, criterionId, score } of ballot.scores) {
      if (!knownOptions.has(optionId) || !knownCriteria.has(criterionId)) continue;
      const row = sums.get(optionId) ?? new Map<string, { total: number; count: number }>();
      const cell = row.get(criterionId) ?? { total: 0, count: 0 };
      row.set(criterionId, { total: cell.total + score, count: cell.count + 1 });
      sums.set(optionId, row);
    }
  }
  const means = new Map<string, Record<string, number>>();
  for (const [optionId, row] of sums) {
    const perCriterion: Record<string, number> = {};
    for (const [criterionId, cell] of row) perCriterion[criterionId] = cell.total / cell.count;
    means.set(optionId, perCriterion);
  }
  return means;
}

/** Σ weight × mean ÷ Σ weight; an unscored cell counts as 0. */
export function weightedScore(
  meanByCriterion: Readonly<Record<string, number>>,
  criteria: readonly Criterion[],
  weightOf: (criterion: Criterion) => number = (criterion) => criterion.weight,
): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const criterion of criteria) {
    const weight = weightOf(criterion);
    totalWeight += weight;
    const mean = Object.hasOwn(meanByCriterion, criterion.id) ? meanByCriterion[criterion.id] : 0;
    weighted += weight * (mean ?? 0);
  }
  return totalWeight > 0 ? weighted / totalWeight : 0;
}
