// Pure helpers for building a ballot from the one the voter already has, so a click sends
// the whole new ballot (the server keeps one ballot per voter and decision).
import {
  type Ballot,
  type CommandBody,
  type Decision,
  type DotAllocation,
  type OptionScore,
  SCORE_MAX,
  SCORE_MIN,
} from "@stackboard/core";

export const dotsOf = (ballot: Ballot | null, optionId: string): number =>
  ballot?.mode === "dots"
    ? (ballot.allocations.find((allocation) => allocation.optionId === optionId)?.dots ?? 0)
    : 0;

export const dotsUsed = (ballot: Ballot | null): number =>
  ballot?.mode === "dots" ? ballot.allocations.reduce((sum, { dots }) => sum + dots, 0) : 0;

/** The dots ballot with `delta` more (or fewer) dots on an option, or null when it cannot. */
export function withDots(
  ballot: Ballot | null,
  decision: Decision,
  optionId: string,
  delta: number,
): Ballot | null {
  const current = dotsOf(ballot, optionId);
  const next = current + delta;
  if (next < 0) return null;
  if (delta > 0 && dotsUsed(ballot) + delta > decision.dotsPerVoter) return null;
  const known = new Set(decision.options.map((option) => option.id));
  const allocations: DotAllocation[] = (ballot?.mode === "dots" ? ballot.allocations : [])
    .filter((allocation) => allocation.optionId !== optionId && known.has(allocation.optionId))
    .filter((allocation) => allocation.dots > 0);
  if (next > 0) allocations.push({ optionId, dots: next });
  return { mode: "dots", allocations };
}

export const scoreOf = (
  ballot: Ballot | null,
  optionId: string,
  criterionId: string,
): number | null =>
  ballot?.mode === "score"
    ? (ballot.scores.find((cell) => cell.optionId === optionId && cell.criterionId === criterionId)
        ?.score ?? null)
    : null;

/** The score ballot with one cell set (or cleared with null). */
export function withScore(
  ballot: Ballot | null,
  decision: Decision,
  criteriaIds: readonly string[],
  optionId: string,
  criterionId: string,
  score: number | null,
): Ballot {
  const knownOptions = new Set(decision.options.map((option) => option.id));
  const knownCriteria = new Set(criteriaIds);
  const scores: OptionScore[] = (ballot?.mode === "score" ? ballot.scores : []).filter(
    (cell) =>
      !(cell.optionId === optionId && cell.criterionId === criterionId) &&
      knownOptions.has(cell.optionId) &&
      knownCriteria.has(cell.criterionId),
  );
  if (score !== null) {
    const clamped = Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(score)));
    scores.push({ optionId, criterionId, score: clamped });
  }
  return { mode: "score", scores };
}

/**
 * The ballot the voter sees as theirs: the latest unacknowledged cast or retract for this
 * decision wins over the replica (it is on its way), so rapid clicks build on each other.
 */
export function effectiveBallot(
  decisionId: string,
  own: Ballot | null,
  pending: readonly { command: CommandBody }[],
): { ballot: Ballot | null; pending: boolean } {
  for (let index = pending.length - 1; index >= 0; index -= 1) {
    const command = pending[index]?.command;
    if (command === undefined || !("decisionId" in command)) continue;
    if (command.decisionId !== decisionId) continue;
    if (command.type === "ballot.cast") return { ballot: command.ballot, pending: true };
    if (command.type === "ballot.retract") return { ballot: null, pending: true };
  }
  return { ballot: own, pending: false };
}

/** My ranking on a ranked decision, best first, limited to options still on it. */
export function rankingOf(ballot: Ballot | null, decision: Decision): string[] {
  if (ballot?.mode !== "ranked") return [];
  const known = new Set(decision.options.map((option) => option.id));
  return ballot.ranking.filter((optionId) => known.has(optionId));
}

/**
 * The ranked ballot after one edit, or null when the edit does nothing or would leave the
 * ranking empty (an empty ranking is not a ballot: the caller retracts instead).
 * `add` appends an option at the end; `up`/`down` swap it with its neighbour; `remove` drops it.
 */
export function withRanking(
  ballot: Ballot | null,
  decision: Decision,
  optionId: string,
  edit: "add" | "up" | "down" | "remove",
): Ballot | null {
  const ranking = rankingOf(ballot, decision);
  const index = ranking.indexOf(optionId);
  if (edit === "add") {
    if (index !== -1 || !decision.options.some((option) => option.id === optionId)) return null;
    return { mode: "ranked", ranking: [...ranking, optionId] };
  }
  if (index === -1) return null;
  if (edit === "remove") {
    const rest = ranking.filter((id) => id !== optionId);
    return rest.length === 0 ? null : { mode: "ranked", ranking: rest };
  }
  return withRankMoved(ballot, decision, optionId, edit === "up" ? index - 1 : index + 1);
}

/**
 * The ranked ballot with one ranked option taken out and put back at `to` (0 = first), as a
 * drag and drop does; null when the option is not ranked, `to` is outside the ranking or the
 * option is already there.
 */
export function withRankMoved(
  ballot: Ballot | null,
  decision: Decision,
  optionId: string,
  to: number,
): Ballot | null {
  const ranking = rankingOf(ballot, decision);
  const from = ranking.indexOf(optionId);
  if (from === -1 || !Number.isInteger(to) || to < 0 || to >= ranking.length || to === from) {
    return null;
  }
  const next = ranking.filter((id) => id !== optionId);
  next.splice(to, 0, optionId);
  return { mode: "ranked", ranking: next };
}
