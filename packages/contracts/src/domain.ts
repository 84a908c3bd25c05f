// Zod mirrors of core's domain types (types.test.ts keeps them equal). Arrays are bounded
// by LIMITS, so a hostile payload cannot make every replica allocate without end.
import {
  COMMITMENT_PATTERN,
  LIMITS,
  MAX_WEIGHT,
  MIN_WEIGHT,
  RECENT_CHUNK,
  RECENT_CHUNKS_MAX,
  SCORE_MAX,
  SCORE_MIN,
} from "@stackboard/core";
import { z } from "zod";
import { CommandIdSchema, IdSchema, RoomIdSchema } from "./ids.ts";
import {
  ContextSchema,
  LabelSchema,
  NameSchema,
  ProposalTextSchema,
  RationaleSchema,
  ReasonSchema,
  TextSchema,
  TitleSchema,
} from "./text.ts";

export const RoleSchema = z.enum(["facilitator", "voter", "observer"]);
export const VotingModeSchema = z.enum(["pick", "dots", "score", "ranked", "consent"]);
export const ConsentStanceSchema = z.enum(["agree", "object", "block"]);
export const DecisionStatusSchema = z.enum(["draft", "voting", "locked", "revealed", "decided"]);
export const AnonymitySchema = z.enum(["off", "aliases", "full"]);
export const AnnotationKindSchema = z.enum(["pro", "con", "risk", "question"]);
export const SignalSchema = z.enum(["ready", "hand"]);
/** What someone new may ask to be: facilitator comes only from a facilitator key. */
export const JoinRoleSchema = z.enum(["voter", "observer"]);

/** Milliseconds since the epoch (server time). */
export const TimestampSchema = z.int().min(0);
/** A position in a room's log; 0 means "nothing yet". */
export const SeqSchema = z.int().min(0);
/** A criterion weight: finite, within core's bounds. */
export const WeightSchema = z.number().min(MIN_WEIGHT).max(MAX_WEIGHT);
export const DotsPerVoterSchema = z.int().min(1).max(LIMITS.dotsPerVoter);
export const DurationMsSchema = z.int().min(LIMITS.minTimerMs).max(LIMITS.maxTimerMs);
export const ScoreSchema = z.int().min(SCORE_MIN).max(SCORE_MAX);
/** Participant colours are assigned by the server; a strict form keeps CSS injection out. */
export const ColourSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, "A colour is #rrggbb.");

export const DotAllocationSchema = z.strictObject({
  optionId: IdSchema,
  dots: z.int().min(0).max(LIMITS.dotsPerVoter),
});

export const OptionScoreSchema = z.strictObject({
  optionId: IdSchema,
  criterionId: IdSchema,
  score: ScoreSchema,
});

// Shape only: whether options exist, are distinct and fit the decision's own budget is
// core's `checkBallot`, which needs the room state.
export const BallotSchema = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("pick"), optionId: IdSchema }),
  z.strictObject({
    mode: z.literal("dots"),
    allocations: z
      .array(DotAllocationSchema)
      .max(LIMITS.optionsPerDecision)
      .refine((list) => list.reduce((sum, { dots }) => sum + dots, 0) <= LIMITS.dotsPerVoter, {
        message: `At most ${LIMITS.dotsPerVoter} dots in all.`,
      }),
  }),
  z.strictObject({
    mode: z.literal("score"),
    scores: z.array(OptionScoreSchema).max(LIMITS.optionsPerDecision * LIMITS.criteria),
  }),
  z.strictObject({
    mode: z.literal("ranked"),
    ranking: z.array(IdSchema).min(1).max(LIMITS.optionsPerDecision),
  }),
  z.strictObject({
    mode: z.literal("consent"),
    stance: ConsentStanceSchema,
    reason: ReasonSchema,
  }),
  z.strictObject({ mode: z.literal("abstain") }),
]);

export const ParticipantSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  colour: ColourSchema,
  role: RoleSchema,
  joinedAt: TimestampSchema,
  ready: z.boolean(),
  handRaisedAt: TimestampSchema.nullable(),
  removed: z.boolean(),
});

export const LobbyEntrySchema = z.strictObject({
  participantId: IdSchema,
  name: NameSchema,
  colour: ColourSchema,
  role: JoinRoleSchema,
  at: TimestampSchema,
});

export const RoomAccessSchema = z.strictObject({ passphrase: z.boolean(), lobby: z.boolean() });

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  weight: WeightSchema,
});

export const OptionSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  catalogId: IdSchema.nullable(),
  addedBy: IdSchema.nullable(),
});

/** A sealed ballot's commitment or salt: 32 bytes as unpadded base64url (commitment.ts). */
export const CommitmentSchema = z.string().regex(COMMITMENT_PATTERN, "32 bytes, base64url.");

export const BallotEntrySchema = z.strictObject({
  participantId: IdSchema,
  /** null while sealed from this replica. */
  ballot: BallotSchema.nullable(),
  castAt: TimestampSchema,
  commitment: CommitmentSchema.optional(),
  salt: CommitmentSchema.optional(),
});

/** A blip of an imported tech radar (radar/types.ts). */
export const RadarEntrySchema = z.strictObject({
  name: z.string().min(1).max(LIMITS.labelLength),
  ring: z.enum(["Adopt", "Trial", "Assess", "Hold"]),
  quadrant: z.string().max(LIMITS.radarNameLength),
  isNew: z.boolean(),
  description: z.string().max(LIMITS.radarDescriptionLength),
  catalogId: IdSchema.nullable(),
});

export const RadarNameSchema = z.string().min(1).max(LIMITS.radarNameLength);

export const RadarEditionSchema = z.strictObject({
  at: TimestampSchema,
  name: RadarNameSchema,
  entries: z.array(RadarEntrySchema).max(LIMITS.radarEntries),
});

export const DecisionOutcomeSchema = z.strictObject({
  optionId: IdSchema,
  rationale: RationaleSchema,
  decidedBy: IdSchema.nullable(),
  decidedAt: TimestampSchema,
  /** The options tied for first when the facilitator decided; empty when one option led. */
  settledTie: z.array(IdSchema).max(LIMITS.optionsPerDecision),
});

/** A share from 0 to 1 (quorum, threshold). */
export const ShareSchema = z.number().min(0).max(1);

export const DECISION_RULES = {
  maxDotsPerOption: z.int().min(1).max(LIMITS.dotsPerVoter).nullable(),
  quorum: ShareSchema,
  threshold: ShareSchema,
};

export const DecisionRulesSchema = z.strictObject(DECISION_RULES);

export const DecisionRoundSchema = z.strictObject({
  round: z.int().min(1),
  mode: VotingModeSchema,
  ballotsCount: z.int().min(0).max(LIMITS.participants),
  abstained: z.int().min(0).max(LIMITS.participants),
  tally: z
    .array(z.strictObject({ optionId: IdSchema, value: z.number().min(0) }))
    .max(LIMITS.optionsPerDecision),
  leaders: z.array(IdSchema).max(LIMITS.optionsPerDecision),
});

export const ConsentProposalSchema = z.strictObject({
  text: ProposalTextSchema,
  optionId: IdSchema,
});

export const DecisionSchema = z.strictObject({
  id: IdSchema,
  title: TitleSchema,
  context: ContextSchema,
  mode: VotingModeSchema,
  dotsPerVoter: DotsPerVoterSchema,
  sealed: z.boolean(),
  status: DecisionStatusSchema,
  options: z.array(OptionSchema).max(LIMITS.optionsPerDecision),
  ballots: z.array(BallotEntrySchema).max(LIMITS.participants),
  rounds: z.array(DecisionRoundSchema).max(LIMITS.roundsPerDecision),
  rules: DecisionRulesSchema,
  anonymity: AnonymitySchema,
  proposal: ConsentProposalSchema.nullable(),
  retiredOptionIds: z.array(IdSchema).max(LIMITS.optionIdsEverPerDecision),
  outcome: DecisionOutcomeSchema.nullable(),
  closesAt: TimestampSchema.nullable(),
  closedAt: TimestampSchema.nullable(),
  autoReveal: z.boolean(),
  nudge: z.strictObject({ at: TimestampSchema, by: IdSchema.nullable() }).nullable(),
});

export const ReplySchema = z.strictObject({
  id: IdSchema,
  authorId: IdSchema.nullable(),
  text: TextSchema,
  at: TimestampSchema,
});

export const AnnotationSchema = z.strictObject({
  id: IdSchema,
  decisionId: IdSchema,
  optionId: IdSchema,
  kind: AnnotationKindSchema,
  text: TextSchema,
  authorId: IdSchema.nullable(),
  at: TimestampSchema,
  replies: z.array(ReplySchema).max(LIMITS.repliesPerAnnotation),
  plusOnes: z.array(IdSchema).max(LIMITS.participants),
});

export const TimerSchema = z.strictObject({
  id: SeqSchema,
  decisionId: IdSchema.nullable(),
  startedAt: TimestampSchema,
  endsAt: TimestampSchema,
  pausedRemainingMs: z.int().min(0).max(LIMITS.maxTimerMs).nullable(),
  autoLock: z.boolean(),
  expired: z.boolean(),
});

/** A room as a replica holds it (as sent in snapshots: already redacted for the viewer). */
export const RoomStateSchema = z.strictObject({
  roomId: RoomIdSchema,
  title: TitleSchema,
  templateId: IdSchema.nullable(),
  createdAt: TimestampSchema,
  seq: SeqSchema,
  participants: z.array(ParticipantSchema).max(LIMITS.participants),
  access: RoomAccessSchema,
  lobby: z.array(LobbyEntrySchema).max(LIMITS.lobby),
  criteria: z.array(CriterionSchema).max(LIMITS.criteria),
  decisions: z.array(DecisionSchema).max(LIMITS.decisions),
  annotations: z.array(AnnotationSchema).max(LIMITS.annotations),
  timer: TimerSchema.nullable(),
  focusedDecisionId: IdSchema.nullable(),
  retiredIds: z.strictObject({
    decisions: z.array(IdSchema).max(LIMITS.decisionIdsEver),
    criteria: z.array(IdSchema).max(LIMITS.criterionIdsEver),
    annotations: z.array(IdSchema).max(LIMITS.annotationIdsEver),
  }),
  radar: z.array(RadarEditionSchema).max(LIMITS.radarEditions),
  recentCommandIds: z
    .array(z.array(CommandIdSchema).min(1).max(RECENT_CHUNK))
    .max(RECENT_CHUNKS_MAX),
});
