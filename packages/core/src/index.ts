// The public surface of @stackboard/core: the pure domain, shared by server and browser.

export {
  type Agreement,
  type AgreementLevel,
  agreementOf,
  favouritesOf,
  type LeaderShare,
  levelOf,
} from "./agreement.ts";
export {
  anonymizeEvent,
  anonymizeState,
  BALLOT_KEY_PREFIX,
  type BallotKeyOf,
  isBallotKey,
} from "./anonymity.ts";
export { assertNever } from "./assert-never.ts";
export {
  type CatalogLanguage,
  decisionCategories,
  findTechnology,
  findTemplate,
  localizeTechnology,
  localizeTemplate,
  searchCatalog,
  TECHNOLOGIES,
  TECHNOLOGY_CATEGORIES,
  TEMPLATES,
} from "./catalog/index.ts";
export type {
  Technology,
  TechnologyCategory,
  TechnologyText,
  Template,
} from "./catalog/types.ts";
export {
  type BallotReceipt,
  COMMITMENT_PATTERN,
  COMMITMENT_SCHEME,
  type CommittedBallot,
  checkReceipt,
  checkReveal,
  commitmentsDigestText,
  commitmentText,
  type HashOf,
  type ReceiptCheck,
  type RevealCheck,
  textsToHash,
} from "./commitment.ts";
export {
  type Conflict,
  type ConflictSeverity,
  conflictsFor,
  findConflicts,
  standingOf,
} from "./compat/index.ts";
export {
  type ConsentOutcome,
  type ConsentResult,
  type ConsentStand,
  checkConsentReason,
  consentOf,
  proposalOf,
} from "./consent.ts";
export { allowed, type Decided, decide, eventForCommand } from "./decide.ts";
export type * from "./events.ts";
export { EVENT_OF_COMMAND } from "./events.ts";
export {
  instantRunoff,
  type Runoff,
  type RunoffRound,
  type RunoffTieBreak,
  type TieBreakRule,
} from "./irv.ts";
export { LIMITS, SCORE_MAX, SCORE_MIN } from "./limits.ts";
export {
  canVote,
  findAnnotation,
  findDecision,
  findLobbyEntry,
  findMember,
  findParticipant,
  isFacilitator,
} from "./lookup.ts";
export {
  bordaScores,
  type CountingMethod,
  type MethodOutcome,
  type MethodRobustness,
  type MethodVerdict,
  majorityJudgementLeaders,
  methodRobustness,
  schulzeWinners,
} from "./methods/index.ts";
export {
  MIN_PRIVATE_VOTERS,
  type PrivacyGuard,
  type PrivacyRisk,
  privacyGuard,
} from "./privacy.ts";
export {
  type ExportedRadarEntry,
  matchCatalog,
  movementOf,
  type ParsedRadar,
  parseRadar,
  QUADRANTS,
  type RadarEdition,
  type RadarEntry,
  type RadarMovement,
  type RadarSheetRow,
  type RadarStatus,
  RINGS,
  type Ring,
  radarEntries,
  radarSheet,
  renderRadarCsv,
  renderRadarSheetCsv,
} from "./radar/index.ts";
export { isRecentCommand, RECENT_CHUNK, RECENT_CHUNKS_MAX } from "./recent-commands.ts";
export { renderBallotsCsv } from "./record/ballots-csv.ts";
export { csvCell, parseCsv, toCsv } from "./record/csv.ts";
export {
  ballotsHidden,
  type DecisionFacts,
  type DecisionRecordJson,
  decisionFacts,
  escapeMarkdownInline,
  foldText,
  RECORD_FORMAT,
  type RecordOptions,
  type RoomRecordJson,
  renderDecisionMarkdown,
  renderRoomJson,
  renderRoomMarkdown,
} from "./record/index.ts";
export { intelBlocks, renderRoomRecordMarkdown } from "./record/intel-sections.ts";
export { type MadrFile, renderMadrFile, slug } from "./record/madr-files.ts";
export { isSealedFrom, redactEvent, redactEventForViewer, redactState } from "./redact.ts";
export { applyAllowed, reduce, reduceAll, type Step, step } from "./reduce.ts";
export { type Rejection, RULE_CODES, type RuleCode } from "./rejection.ts";
export {
  type ReplayLabel,
  type ReplayLabelKind,
  replayFrames,
  replayLabel,
} from "./replay.ts";
export { emptyRoom, isOutdatedState, newDecision, upgradeState } from "./room.ts";
export { checkCommand } from "./rules/commands.ts";
export { checkBallot, checkEvent } from "./rules/index.ts";
export { timerLeftAt } from "./rules/timer.ts";
export { type RulesStatus, rulesStatus } from "./rules-status.ts";
export {
  meanScores,
  unscoredCriteria,
  voterScores,
  type WeightOf,
  weightedScore,
} from "./score.ts";
export {
  type CriterionSensitivity,
  type FlipPoint,
  MAX_WEIGHT,
  MIN_WEIGHT,
  rankWithWeights,
  type Sensitivity,
  sensitivityOf,
} from "./sensitivity.ts";
export {
  type DecisionSpread,
  medianOf,
  type OptionSpread,
  type Outlier,
  spreadOf,
} from "./spread.ts";
export {
  type DecisionTally,
  isTie,
  leadersOf,
  type OptionTally,
  rankOptions,
  tallyDecision,
} from "./tally.ts";
export {
  autoRevealDue,
  autoRevealsStarted,
  eligibleVoters,
  NUDGE_INTERVAL_MS,
  notYetVoted,
  nudgedToVote,
  type Turnout,
  turnout,
} from "./turnout.ts";
export type * from "./types.ts";
export { DEFAULT_RULES } from "./types.ts";
export {
  leadersAlongWeight,
  leadersAt,
  type ScoredOption,
  type WeightInterval,
} from "./weight-sweep.ts";
