// A decision's result as the board shows it: built from core's `decisionFacts`, the very
// facts the Markdown and JSON records render, so the board, the record page, the summary
// and the replay cannot say something the exports do not. Pure; words are in i18n.
import {
  type AgreementLevel,
  type Criterion,
  type Decision,
  type DecisionTally,
  decisionFacts,
  type MethodRobustness,
  type Sensitivity,
  type VotingMode,
} from "@stackboard/core";
import type { TFunction } from "i18next";

export interface ResultRow {
  optionId: string;
  label: string;
  value: number;
  /** One of the option(s) sharing first place. */
  leader: boolean;
  /** score mode: how many of the room's criteria nobody scored for this option. */
  unscored: number;
}

export interface AgreementView {
  /** The leader's share, rounded as the record rounds it; in a tie, the largest share. */
  percent: number;
  level: AgreementLevel;
  tie: boolean;
  leaders: { optionId: string; label: string; percent: number }[];
  /** Voters whose favourite is none of the leaders (participant ids or ballot keys). */
  dissenters: string[];
}

export interface ResultView {
  /** Sealed and not revealed yet: nothing below is known. */
  hidden: boolean;
  mode: VotingMode;
  counted: number;
  abstained: number;
  /** Best first (ranked: the runoff's order). */
  rows: ResultRow[];
  /** The single option leading, or null (nothing counted, or a tie). */
  winner: string | null;
  /** The options tied for first; empty unless two or more share it. */
  tied: string[];
  agreement: AgreementView | null;
  /** How many criteria the room has (score mode's "n of m unscored"). */
  criteriaCount: number;
  tally: DecisionTally | null;
  sensitivity: Sensitivity | null;
  /** Whether another counting method that fits the ballots would change the winner. */
  methods: MethodRobustness | null;
}

export const percentOf = (share: number): number => Math.round(share * 100);

export function resultView(decision: Decision, criteria: readonly Criterion[]): ResultView {
  const facts = decisionFacts(decision, criteria);
  const labelOf = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  const tally = facts.tally;
  const leaders = tally?.leaders ?? [];
  const rows = (tally?.ranking ?? []).flatMap((optionId): ResultRow[] => {
    const option = tally?.options.find((candidate) => candidate.optionId === optionId);
    if (!option) return [];
    return [
      {
        optionId,
        label: labelOf(optionId),
        value: option.value,
        leader: leaders.includes(optionId),
        unscored: option.unscored.length,
      },
    ];
  });
  const agreement = facts.agreement;
  return {
    hidden: facts.hidden,
    mode: decision.mode,
    counted: tally?.counted ?? 0,
    abstained: tally?.abstained ?? 0,
    rows,
    winner: leaders.length === 1 ? (leaders[0] ?? null) : null,
    tied: leaders.length > 1 ? leaders : [],
    agreement:
      agreement === null
        ? null
        : {
            percent: percentOf(agreement.share),
            level: agreement.level,
            tie: agreement.tie,
            leaders: agreement.leaders.map((leader) => ({
              optionId: leader.optionId,
              label: labelOf(leader.optionId),
              percent: percentOf(leader.share),
            })),
            dissenters: agreement.dissenters,
          },
    criteriaCount: criteria.length,
    tally,
    sensitivity: facts.sensitivity,
    methods: facts.methods,
  };
}

const labelsOf = (view: ResultView, ids: readonly string[]): string =>
  ids.map((id) => view.rows.find((row) => row.optionId === id)?.label ?? id).join(", ");

/** "Leading: REST" or "Tied for first: REST, GraphQL"; null when nothing leads. */
export function leaderText(t: TFunction, view: ResultView): string | null {
  if (view.tied.length > 0) return t("insights.tie", { labels: labelsOf(view, view.tied) });
  if (view.winner !== null) return t("insights.leader", { label: labelsOf(view, [view.winner]) });
  return null;
}

/** "67% back the leader — moderate", or in a tie "Split — tied for first: REST 50% · …". */
export function agreementText(t: TFunction, view: ResultView): string | null {
  const agreement = view.agreement;
  if (agreement === null) return null;
  if (agreement.tie) {
    const shares = agreement.leaders
      .map((leader) => t("insights.share", { label: leader.label, percent: leader.percent }))
      .join(" · ");
    return t("insights.agreementTie", { shares });
  }
  return t("insights.agreement", {
    percent: agreement.percent,
    level: t(`insights.level.${agreement.level}`),
  });
}

/** score mode: "2 of 7 criteria unscored" for a row, or null when every criterion is scored. */
export function unscoredText(t: TFunction, view: ResultView, row: ResultRow): string | null {
  if (view.mode !== "score" || row.unscored === 0) return null;
  return t("results.unscored", { unscored: row.unscored, count: view.criteriaCount });
}
