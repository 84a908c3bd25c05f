// What a room log records: one strict schema per core `EventBody` variant, and the log
// entry around it. Clients parse what the server sends too: a broken or foreign server
// gets a clear error instead of a corrupted board.
import { LIMITS } from "@stackboard/core";
import { z } from "zod";
import { CriterionSeedSchema, TemplateDecisionSeedSchema } from "./catalog.ts";
import {
  AnonymitySchema,
  BallotSchema,
  ColourSchema,
  DECISION_RULES,
  JoinRoleSchema,
  RoleSchema,
  TimestampSchema,
} from "./domain.ts";
import {
  ANNOTATION_FIELDS,
  CRITERION_FIELDS,
  DECISION_CONFIG,
  DECISION_TEXT,
  OPTION_FIELDS,
  OUTCOME_FIELDS,
  onDecision,
  onParticipant,
  PROPOSAL_FIELDS,
  REPLY_FIELDS,
  SIGNAL_FIELDS,
  TIMER_EXTENSION,
  TIMER_FIELDS,
} from "./fields.ts";
import { CommandIdSchema, IdSchema, RoomIdSchema } from "./ids.ts";
import { NameSchema, TitleSchema } from "./text.ts";

export const RevealedBallotSchema = z.strictObject({
  participantId: IdSchema,
  ballot: BallotSchema,
});

export const EventBodySchema = z.discriminatedUnion("type", [
  // Room and participants
  z.strictObject({
    type: z.literal("room.created"),
    roomId: RoomIdSchema,
    title: TitleSchema,
    templateId: IdSchema.nullable(),
    criteria: z.array(CriterionSeedSchema).max(LIMITS.criteria),
    decisions: z.array(TemplateDecisionSeedSchema).max(LIMITS.decisions),
  }),
  z.strictObject({
    type: z.literal("participant.joined"),
    participantId: IdSchema,
    name: NameSchema,
    colour: ColourSchema,
    role: RoleSchema,
  }),
  z.strictObject({ type: z.literal("room.renamed"), title: TitleSchema }),
  z.strictObject({ type: z.literal("participant.renamed"), name: NameSchema }),
  z.strictObject({
    type: z.literal("participant.roleSet"),
    participantId: IdSchema,
    role: RoleSchema,
  }),
  z.strictObject({ type: z.literal("participant.signalSet"), ...SIGNAL_FIELDS }),
  onParticipant("participant.removed"),
  onParticipant("facilitation.handedOff"),
  // Who may walk in
  z.strictObject({ type: z.literal("room.lobbySet"), on: z.boolean() }),
  z.strictObject({ type: z.literal("room.passphraseSet"), on: z.boolean() }),
  z.strictObject({
    type: z.literal("lobby.requested"),
    participantId: IdSchema,
    name: NameSchema,
    colour: ColourSchema,
    role: JoinRoleSchema,
  }),
  onParticipant("lobby.admitted"),
  onParticipant("lobby.denied"),
  onParticipant("lobby.left"),
  // Decisions, options, criteria
  z.strictObject({ type: z.literal("decision.added"), ...DECISION_TEXT }),
  z.strictObject({ type: z.literal("decision.edited"), ...DECISION_TEXT }),
  onDecision("decision.removed"),
  z.strictObject({ type: z.literal("decision.configured"), ...DECISION_CONFIG }),
  z.strictObject({ type: z.literal("option.added"), ...OPTION_FIELDS }),
  z.strictObject({ type: z.literal("option.removed"), decisionId: IdSchema, optionId: IdSchema }),
  z.strictObject({ type: z.literal("criterion.added"), ...CRITERION_FIELDS }),
  z.strictObject({ type: z.literal("criterion.updated"), ...CRITERION_FIELDS }),
  z.strictObject({ type: z.literal("criterion.removed"), criterionId: IdSchema }),
  // Voting life cycle
  onDecision("decision.opened"),
  z.strictObject({ type: z.literal("ballot.cast"), decisionId: IdSchema, ballot: BallotSchema }),
  /** The redacted form of `ballot.cast` in a sealed decision: who voted, not what. */
  onDecision("ballot.sealed"),
  onDecision("ballot.retracted"),
  onDecision("decision.locked"),
  z.strictObject({
    type: z.literal("decision.revealed"),
    decisionId: IdSchema,
    ballots: z.array(RevealedBallotSchema).max(LIMITS.participants),
  }),
  z.strictObject({ type: z.literal("decision.decided"), ...OUTCOME_FIELDS }),
  onDecision("decision.reopened"),
  onDecision("decision.roundStarted"),
  z.strictObject({
    type: z.literal("decision.anonymitySet"),
    decisionId: IdSchema,
    anonymity: AnonymitySchema,
  }),
  z.strictObject({ type: z.literal("decision.proposed"), ...PROPOSAL_FIELDS }),
  z.strictObject({
    type: z.literal("decision.rulesSet"),
    decisionId: IdSchema,
    ...DECISION_RULES,
  }),
  // Annotations
  z.strictObject({ type: z.literal("annotation.added"), ...ANNOTATION_FIELDS }),
  z.strictObject({ type: z.literal("annotation.replied"), ...REPLY_FIELDS }),
  z.strictObject({
    type: z.literal("annotation.plusOned"),
    annotationId: IdSchema,
    on: z.boolean(),
  }),
  z.strictObject({ type: z.literal("annotation.removed"), annotationId: IdSchema }),
  // Timer
  z.strictObject({ type: z.literal("timer.started"), ...TIMER_FIELDS }),
  z.strictObject({ type: z.literal("timer.paused") }),
  z.strictObject({ type: z.literal("timer.resumed") }),
  z.strictObject({ type: z.literal("timer.extended"), ...TIMER_EXTENSION }),
  z.strictObject({ type: z.literal("timer.stopped") }),
  z.strictObject({ type: z.literal("timer.expired"), timerId: z.int().min(1) }),
]);

/** One entry of a room's log, as the server assigned it. */
export const RoomEventSchema = z.strictObject({
  seq: z.int().min(1),
  at: TimestampSchema,
  actorId: IdSchema.nullable(),
  commandId: CommandIdSchema.nullable(),
  body: EventBodySchema,
});
