// One vocabulary for commands and events, as core's `events.ts` has it: each command that
// the log records as it is gets its fields once, under the command's name, and its event
// (`EVENT_OF_COMMAND`) is made of the very same fields; the few commands and events with
// fields of their own are listed apart. `commands.ts` and `events.ts` build their strict
// unions from these tables. Internal to the package: index.ts exports only the unions.
import {
  EVENT_OF_COMMAND,
  type EventType,
  LIMITS,
  type MirroredCommandType,
} from "@stackboard/core";
import { z } from "zod";
import { CriterionSeedSchema, TemplateDecisionSeedSchema } from "./catalog.ts";
import {
  AnnotationKindSchema,
  AnonymitySchema,
  BallotSchema,
  ColourSchema,
  CommitmentSchema,
  DECISION_RULES,
  DotsPerVoterSchema,
  DurationMsSchema,
  JoinRoleSchema,
  RadarEntrySchema,
  RadarNameSchema,
  RoleSchema,
  SignalSchema,
  TimestampSchema,
  VotingModeSchema,
  WeightSchema,
} from "./domain.ts";
import { IdSchema, RoomIdSchema } from "./ids.ts";
import {
  ContextSchema,
  LabelSchema,
  NameSchema,
  PassphraseSchema,
  ProposalTextSchema,
  RationaleSchema,
  TextSchema,
  TitleSchema,
} from "./text.ts";

const ON_DECISION = { decisionId: IdSchema };
const ON_PARTICIPANT = { participantId: IdSchema };
const DECISION_TEXT = { decisionId: IdSchema, title: TitleSchema, context: ContextSchema };
const CRITERION = { criterionId: IdSchema, name: NameSchema, weight: WeightSchema };
const NEWCOMER = { participantId: IdSchema, name: NameSchema, colour: ColourSchema };

/** The fields a command shares with the event it becomes, by command type. */
const MIRRORED_FIELDS = {
  "room.rename": { title: TitleSchema },
  "participant.rename": { name: NameSchema },
  "participant.setRole": { participantId: IdSchema, role: RoleSchema },
  "participant.setSignal": { participantId: IdSchema, signal: SignalSchema, on: z.boolean() },
  "participant.remove": ON_PARTICIPANT,
  "facilitation.handOff": ON_PARTICIPANT,
  "room.setLobby": { on: z.boolean() },
  /** Focus mode: the spotlit decision, or null to clear it. */
  "room.setFocus": { decisionId: IdSchema.nullable() },
  "lobby.admit": ON_PARTICIPANT,
  "lobby.deny": ON_PARTICIPANT,
  "decision.add": DECISION_TEXT,
  "decision.edit": DECISION_TEXT,
  "decision.remove": ON_DECISION,
  "decision.configure": {
    decisionId: IdSchema,
    mode: VotingModeSchema,
    dotsPerVoter: DotsPerVoterSchema,
    sealed: z.boolean(),
  },
  "option.add": {
    decisionId: IdSchema,
    optionId: IdSchema,
    label: LabelSchema,
    catalogId: IdSchema.nullable(),
  },
  "option.remove": { decisionId: IdSchema, optionId: IdSchema },
  "criterion.add": CRITERION,
  "criterion.update": CRITERION,
  "criterion.remove": { criterionId: IdSchema },
  "decision.open": ON_DECISION,
  "ballot.cast": {
    decisionId: IdSchema,
    ballot: BallotSchema,
    /** Sealed decisions: the ballot's commitment and the salt that opens it. */
    commitment: CommitmentSchema.optional(),
    salt: CommitmentSchema.optional(),
  },
  "ballot.retract": ON_DECISION,
  "decision.lock": ON_DECISION,
  "decision.decide": { decisionId: IdSchema, optionId: IdSchema, rationale: RationaleSchema },
  "decision.reopen": ON_DECISION,
  "decision.newRound": ON_DECISION,
  "decision.setAnonymity": { decisionId: IdSchema, anonymity: AnonymitySchema },
  "decision.propose": { decisionId: IdSchema, optionId: IdSchema, text: ProposalTextSchema },
  "decision.setRules": { decisionId: IdSchema, ...DECISION_RULES },
  "annotation.add": {
    annotationId: IdSchema,
    decisionId: IdSchema,
    optionId: IdSchema,
    kind: AnnotationKindSchema,
    text: TextSchema,
  },
  "annotation.reply": { annotationId: IdSchema, replyId: IdSchema, text: TextSchema },
  "annotation.plusOne": { annotationId: IdSchema, on: z.boolean() },
  "annotation.remove": { annotationId: IdSchema },
  "timer.start": {
    decisionId: IdSchema.nullable(),
    durationMs: DurationMsSchema,
    autoLock: z.boolean(),
  },
  "timer.pause": {},
  "timer.resume": {},
  /** Extra time: at least a second, at most a full timer. */
  "timer.extend": { byMs: z.int().min(1000).max(LIMITS.maxTimerMs) },
  "timer.stop": {},
  "decision.setDeadline": { decisionId: IdSchema, closesAt: TimestampSchema.nullable() },
  "radar.import": {
    name: RadarNameSchema,
    entries: z.array(RadarEntrySchema).max(LIMITS.radarEntries),
  },
  "decision.setAutoReveal": { decisionId: IdSchema, autoReveal: z.boolean() },
  "decision.nudge": ON_DECISION,
} satisfies { [C in MirroredCommandType]: z.ZodRawShape };

type Mirrored = typeof MIRRORED_FIELDS;

/** Every command's fields. */
export const COMMAND_FIELDS = {
  ...MIRRORED_FIELDS,
  /** The server keeps only a salted hash; the log records whether there is one. */
  "room.setPassphrase": { passphrase: PassphraseSchema.nullable() },
  /** Its event carries the ballots, which only the server knows while they are sealed. */
  "decision.reveal": ON_DECISION,
  /** Before the reveal: an anonymous decision shows totals only. */
  "decision.showTotalsOnly": ON_DECISION,
};

export const RevealedBallotSchema = z.strictObject({
  participantId: IdSchema,
  ballot: BallotSchema,
  /** The salt that opens the ballot's commitment, when it was cast with one. */
  salt: CommitmentSchema.optional(),
});

/** Events no command mirrors: made by the server, redacted forms, or filled in by it. */
const OWN_EVENT_FIELDS = {
  "room.created": {
    roomId: RoomIdSchema,
    title: TitleSchema,
    templateId: IdSchema.nullable(),
    criteria: z.array(CriterionSeedSchema).max(LIMITS.criteria),
    decisions: z.array(TemplateDecisionSeedSchema).max(LIMITS.decisions),
  },
  "participant.joined": { ...NEWCOMER, role: RoleSchema },
  "room.passphraseSet": { on: z.boolean() },
  "lobby.requested": { ...NEWCOMER, role: JoinRoleSchema },
  "lobby.left": ON_PARTICIPANT,
  /** The redacted form of `ballot.cast` in a sealed decision: who voted, not what. */
  "ballot.sealed": { decisionId: IdSchema, commitment: CommitmentSchema.optional() },
  "decision.revealed": {
    decisionId: IdSchema,
    ballots: z.array(RevealedBallotSchema).max(LIMITS.participants),
  },
  "timer.expired": { timerId: z.int().min(1) },
  /** Server-made at the decision's deadline. */
  "decision.closed": { decisionId: IdSchema, closesAt: TimestampSchema },
  "decision.totalsOnlySet": ON_DECISION,
  /** Server-made once every eligible voter has voted on an auto-reveal decision. */
  "decision.allVoted": ON_DECISION,
};

type EventFields = {
  [C in keyof Mirrored as (typeof EVENT_OF_COMMAND)[C]]: Mirrored[C];
} & typeof OWN_EVENT_FIELDS;

/** Every event's fields: the mirrored ones under their event's name, then the rest. */
export const EVENT_FIELDS = {
  ...Object.fromEntries(
    Object.entries(MIRRORED_FIELDS).map(([command, fields]) => [
      EVENT_OF_COMMAND[command as keyof Mirrored],
      fields,
    ]),
  ),
  ...OWN_EVENT_FIELDS,
} as EventFields satisfies { [E in EventType]: z.ZodRawShape };

type Shapes = Record<string, z.ZodRawShape>;
type MemberOf<M extends Shapes> = {
  [K in keyof M & string]: z.ZodObject<{ type: z.ZodLiteral<K> } & M[K], z.core.$strict>;
}[keyof M & string];

/**
 * `{ type, ...fields }` for each entry, as one strict discriminated union: strict, so an
 * unknown key is an error rather than something silently carried into the log.
 */
export function strictUnion<M extends Shapes>(shapes: M) {
  const members = Object.entries(shapes).map(([type, fields]) =>
    z.strictObject({ type: z.literal(type), ...fields }),
  );
  // Object.entries forgets which fields go with which type; MemberOf says it again.
  return z.discriminatedUnion("type", members as unknown as [MemberOf<M>, ...MemberOf<M>[]]);
}
