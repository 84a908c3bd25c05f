// Field groups shared by a command and the event it becomes, so the two cannot drift.
// Internal to the package: index.ts does not export them.
import { z } from "zod";
import {
  AnnotationKindSchema,
  DotsPerVoterSchema,
  DurationMsSchema,
  VotingModeSchema,
  WeightSchema,
} from "./domain.ts";
import { IdSchema } from "./ids.ts";
import {
  ContextSchema,
  LabelSchema,
  NameSchema,
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
export const TIMER_FIELDS = { decisionId: IdSchema.nullable(), durationMs: DurationMsSchema };

/** `{ type, decisionId }`: the many commands and events that only name a decision. */
export const onDecision = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), decisionId: IdSchema });
