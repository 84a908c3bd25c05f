// Compatibility across decisions: relations as data and the conflict finder.
export {
  type Conflict,
  compare,
  conflictsFor,
  findConflicts,
  type Standing,
  standingOf,
} from "./conflicts.ts";
export {
  type ConflictSeverity,
  DRIVER_MATURITY,
  type DriverMaturity,
  ECOSYSTEM_NAMES,
  ECOSYSTEM_OF,
  type Ecosystem,
  PAIR_RULES,
  type PairRule,
} from "./relations.ts";
