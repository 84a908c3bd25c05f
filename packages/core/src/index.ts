// The public surface of @stackboard/core: the pure domain, shared by server and browser.

export {
  type Agreement,
  type AgreementLevel,
  agreementOf,
  favouritesOf,
  levelOf,
} from "./agreement.ts";
export {
  findTechnology,
  findTemplate,
  searchCatalog,
  TECHNOLOGIES,
  TECHNOLOGY_CATEGORIES,
  TEMPLATES,
} from "./catalog/index.ts";
export type { Technology, TechnologyCategory, Template } from "./catalog/types.ts";
export { type Decided, decide, eventForCommand } from "./decide.ts";
export type * from "./events.ts";
export { LIMITS, SCORE_MAX, SCORE_MIN } from "./limits.ts";
export {
  canVote,
  findAnnotation,
  findDecision,
  findParticipant,
  isFacilitator,
} from "./lookup.ts";
export {
  ballotsHidden,
  type DecisionRecordJson,
  escapeMarkdownInline,
  foldText,
  RECORD_FORMAT,
  type RecordOptions,
  type RoomRecordJson,
  renderDecisionMarkdown,
  renderRoomJson,
  renderRoomMarkdown,
} from "./record/index.ts";
export { isSealedFrom, redactEvent, redactState } from "./redact.ts";
export { reduce, reduceAll, type Step, step } from "./reduce.ts";
export { type Rejection, RULE_CODES, type RuleCode } from "./rejection.ts";
export { emptyRoom } from "./room.ts";
export { checkBallot, checkEvent } from "./rules/index.ts";
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
  type DecisionTally,
  type OptionTally,
  rankOptions,
  tallyDecision,
  weightedScore,
} from "./tally.ts";
export type * from "./types.ts";
