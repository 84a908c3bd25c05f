// Field groups shared by a command and the event it becomes, so the two cannot drift.
// Internal to the package: index.ts does not export them.
import { LIMITS } from "@stackboard/core";
import { z } from "zod";
import {
  AnnotationKindSchema,
  DotsPerVoterSchema,
  DurationMsSchema,
  SignalSchema,
  VotingModeSchema,
  WeightSchema,
} from "./domain.ts";
import { IdSchema } from "./ids.ts";
import {
  ContextSchema,
  LabelSchema,
  NameSchema,
  ProposalTextSchema,
  RationaleSchema,
  TextSchema,
  TitleSchema,
} from "./text.ts";

export const DECISION_TEXT = { decisionId: IdSchema, title: TitleSchema, context: ContextSchema };
export const DECISION_CONFIG = {
  decisionId: IdSchema,
  mode: VotingModeSchema,
  dotsPerVoter: DotsPerVoterSchema,
  sealed: z.boolean(),
};
export const OPTION_FIELDS = {
  decisionId: IdSchema,
  optionId: IdSchema,
  label: LabelSchema,
  catalogId: IdSchema.nullable(),
};
export const PROPOSAL_FIELDS = {
  decisionId: IdSchema,
  optionId: IdSchema,
  text: ProposalTextSchema,
};
export const CRITERION_FIELDS = { criterionId: IdSchema, name: NameSchema, weight: WeightSchema };
export const OUTCOME_FIELDS = {
  decisionId: IdSchema,
  optionId: IdSchema,
  rationale: RationaleSchema,
};
export const ANNOTATION_FIELDS = {
  annotationId: IdSchema,
  decisionId: IdSchema,
  optionId: IdSchema,
  kind: AnnotationKindSchema,
  text: TextSchema,
};
export const REPLY_FIELDS = { annotationId: IdSchema, replyId: IdSchema, text: TextSchema };
export const TIMER_FIELDS = {
  decisionId: IdSchema.nullable(),
  durationMs: DurationMsSchema,
  autoLock: z.boolean(),
};

/** Extra time: at least a second, at most a full timer. */
export const TIMER_EXTENSION = { byMs: z.int().min(1000).max(LIMITS.maxTimerMs) };

export const SIGNAL_FIELDS = { participantId: IdSchema, signal: SignalSchema, on: z.boolean() };

/** `{ type, participantId }`: commands and events that only name a person. */
export const onParticipant = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), participantId: IdSchema });

/** `{ type, decisionId }`: the many commands and events that only name a decision. */
export const onDecision = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), decisionId: IdSchema });
