// Conflicts across decisions: each decision's settled (or, before that, leading) option
// is checked against the compatibility relations, pair by pair.
import { findTechnology } from "../catalog/index.ts";
import type { Technology } from "../catalog/types.ts";
import { ballotsHidden } from "../record/facts.ts";
import { tallyDecision } from "../tally.ts";
import type { Decision, RoomState } from "../types.ts";
import {
  type ConflictSeverity,
  DRIVER_MATURITY,
  type DriverMaturity,
  ECOSYSTEM_NAMES,
  ECOSYSTEM_OF,
  type Ecosystem,
  PAIR_RULES,
} from "./relations.ts";

export interface Conflict {
  decisionIds: [string, string];
  optionIds: [string, string];
  severity: ConflictSeverity;
  message: string;
  /** True when both options are decided, false when at least one only leads. */
  settled: boolean;
}

/** What a decision currently stands for: its outcome, else its single visible leader. */
export interface Standing {
  decisionId: string;
  optionId: string;
  technology: Technology;
  settled: boolean;
}

export function standingOf(decision: Decision, criteria: RoomState["criteria"]): Standing | null {
  let optionId: string | null = null;
  let settled = false;
  if (decision.status === "decided" && decision.outcome) {
    optionId = decision.outcome.optionId;
    settled = true;
  } else if (!ballotsHidden(decision)) {
    const leaders = tallyDecision(decision, criteria).leaders;
    // A tie leads nowhere yet: warning about one side of it would be noise.
    if (leaders.length === 1) optionId = leaders[0] ?? null;
  }
  const option = decision.options.find((candidate) => candidate.id === optionId);
  const technology = option?.catalogId ? findTechnology(option.catalogId) : undefined;
  if (!option || !technology) return null;
  return { decisionId: decision.id, optionId: option.id, technology, settled };
}

const SEVERITY_RANK: Record<ConflictSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Every pair of decisions whose standing options do not fit together, worst first. */
export function findConflicts(state: RoomState): Conflict[] {
  const standings = state.decisions
    .map((decision) => standingOf(decision, state.criteria))
    .filter((standing): standing is Standing => standing !== null);
  const conflicts: Conflict[] = [];
  for (const [index, first] of standings.entries()) {
    for (const second of standings.slice(index + 1)) {
      for (const finding of compare(first.technology, second.technology)) {
        conflicts.push({
          decisionIds: [first.decisionId, second.decisionId],
          optionIds: [first.optionId, second.optionId],
          settled: first.settled && second.settled,
          ...finding,
        });
      }
    }
  }
  // Stable: within a severity, board order.
  return conflicts.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export function conflictsFor(conflicts: readonly Conflict[], decisionId: string): Conflict[] {
  return conflicts.filter((conflict) => conflict.decisionIds.includes(decisionId));
}

interface Finding {
  severity: ConflictSeverity;
  message: string;
}

/** The relations between two technologies, in either direction. */
export function compare(first: Technology, second: Technology): Finding[] {
  const findings: Finding[] = [];
  const ecosystemFinding = ecosystems(first, second);
  if (ecosystemFinding) findings.push(ecosystemFinding);
  const driver = drivers(first, second) ?? drivers(second, first);
  if (driver) findings.push(driver);
  for (const rule of PAIR_RULES) {
    const matches =
      (rule.a === first.id && rule.b === second.id) ||
      (rule.a === second.id && rule.b === first.id);
    if (matches) findings.push({ severity: rule.severity, message: rule.message });
  }
  return findings;
}

function ecosystems(first: Technology, second: Technology): Finding | null {
  const a = ECOSYSTEM_OF[first.id];
  const b = ECOSYSTEM_OF[second.id];
  if (!a || !b || a.some((ecosystem) => b.includes(ecosystem))) return null;
  return {
    severity: "error",
    message: `${first.name} needs ${names(a)}, so it does not fit ${labelled(second, b)}.`,
  };
}

/** The categories whose clients need a driver per language. */
const DATA_STORES: ReadonlySet<Technology["category"]> = new Set([
  "database",
  "cache",
  "search-engine",
]);

function drivers(database: Technology, other: Technology): Finding | null {
  if (!DATA_STORES.has(database.category)) return null;
  const ecosystemsOfOther = ECOSYSTEM_OF[other.id];
  if (!ecosystemsOfOther) return null;
  const table = DRIVER_MATURITY[database.id] ?? {};
  // The best driver across the other side's ecosystems is what the team would use.
  const maturity = ecosystemsOfOther
    .map((ecosystem): DriverMaturity => table[ecosystem] ?? "mature")
    .sort((x, y) => MATURITY_RANK[x] - MATURITY_RANK[y])[0];
  if (maturity === "community") {
    return {
      severity: "warning",
      message: `${database.name} has only community drivers for ${names(ecosystemsOfOther)} (${other.name}).`,
    };
  }
  if (maturity === "none") {
    return {
      severity: "error",
      message: `${database.name} has no usable driver for ${names(ecosystemsOfOther)} (${other.name}).`,
    };
  }
  return null;
}

const MATURITY_RANK: Record<DriverMaturity, number> = { mature: 0, community: 1, none: 2 };

const names = (ecosystems: readonly Ecosystem[]): string =>
  ecosystems.map((ecosystem) => ECOSYSTEM_NAMES[ecosystem]).join(" or ");

/** "Django (Python)", but just "Python" where the name says it already. */
const labelled = (technology: Technology, ecosystems: readonly Ecosystem[]): string => {
  const ecosystem = names(ecosystems);
  return ecosystem.startsWith(technology.name)
    ? technology.name
    : `${technology.name} (${ecosystem})`;
};
