// What a client may ask for: one strict schema per core `CommandBody` variant. Strict, so
// an unknown key is an error rather than something silently carried into the log.
import { z } from "zod";
import { AnonymitySchema, BallotSchema, DECISION_RULES, RoleSchema } from "./domain.ts";
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
import { NameSchema, PassphraseSchema, TitleSchema } from "./text.ts";

export const CommandBodySchema = z.discriminatedUnion("type", [
  // Room and participants
  z.strictObject({ type: z.literal("room.rename"), title: TitleSchema }),
  z.strictObject({ type: z.literal("participant.rename"), name: NameSchema }),
  z.strictObject({
    type: z.literal("participant.setRole"),
    participantId: IdSchema,
    role: RoleSchema,
  }),
  z.strictObject({ type: z.literal("participant.setSignal"), ...SIGNAL_FIELDS }),
  onParticipant("participant.remove"),
  onParticipant("facilitation.handOff"),
  // Who may walk in
  z.strictObject({ type: z.literal("room.setLobby"), on: z.boolean() }),
  z.strictObject({
    type: z.literal("room.setPassphrase"),
    passphrase: PassphraseSchema.nullable(),
  }),
  onParticipant("lobby.admit"),
  onParticipant("lobby.deny"),
  // Decisions, options, criteria
  z.strictObject({ type: z.literal("decision.add"), ...DECISION_TEXT }),
  z.strictObject({ type: z.literal("decision.edit"), ...DECISION_TEXT }),
  onDecision("decision.remove"),
  z.strictObject({ type: z.literal("decision.configure"), ...DECISION_CONFIG }),
  z.strictObject({ type: z.literal("option.add"), ...OPTION_FIELDS }),
  z.strictObject({ type: z.literal("option.remove"), decisionId: IdSchema, optionId: IdSchema }),
  z.strictObject({ type: z.literal("criterion.add"), ...CRITERION_FIELDS }),
  z.strictObject({ type: z.literal("criterion.update"), ...CRITERION_FIELDS }),
  z.strictObject({ type: z.literal("criterion.remove"), criterionId: IdSchema }),
  // Voting life cycle
  onDecision("decision.open"),
  z.strictObject({ type: z.literal("ballot.cast"), decisionId: IdSchema, ballot: BallotSchema }),
  onDecision("ballot.retract"),
  onDecision("decision.lock"),
  onDecision("decision.reveal"),
  z.strictObject({ type: z.literal("decision.decide"), ...OUTCOME_FIELDS }),
  onDecision("decision.reopen"),
  onDecision("decision.newRound"),
  z.strictObject({
    type: z.literal("decision.setAnonymity"),
    decisionId: IdSchema,
    anonymity: AnonymitySchema,
  }),
  z.strictObject({ type: z.literal("decision.propose"), ...PROPOSAL_FIELDS }),
  z.strictObject({
    type: z.literal("decision.setRules"),
    decisionId: IdSchema,
    ...DECISION_RULES,
  }),
  // Annotations
  z.strictObject({ type: z.literal("annotation.add"), ...ANNOTATION_FIELDS }),
  z.strictObject({ type: z.literal("annotation.reply"), ...REPLY_FIELDS }),
  z.strictObject({
    type: z.literal("annotation.plusOne"),
    annotationId: IdSchema,
    on: z.boolean(),
  }),
  z.strictObject({ type: z.literal("annotation.remove"), annotationId: IdSchema }),
  // Timer
  z.strictObject({ type: z.literal("timer.start"), ...TIMER_FIELDS }),
  z.strictObject({ type: z.literal("timer.pause") }),
  z.strictObject({ type: z.literal("timer.resume") }),
  z.strictObject({ type: z.literal("timer.extend"), ...TIMER_EXTENSION }),
  z.strictObject({ type: z.literal("timer.stop") }),
]);

/** A command as sent: the client-made id makes a retry apply once. */
export const CommandEnvelopeSchema = z.strictObject({
  commandId: CommandIdSchema,
  roomId: RoomIdSchema,
  command: CommandBodySchema,
});

export type CommandEnvelope = z.infer<typeof CommandEnvelopeSchema>;
