// Webhooks on the wire: what a facilitator registers over REST, what the delivery log shows,
// and the JSON the server POSTs to a hook (signed per the Standard Webhooks spec). A payload
// carries no participant at all: no ids, no names, no ballots, only what an outside viewer
// of the room's record may see (tallies only once the ballots are visible).
import { z } from "zod";
import { DecisionStatusSchema, SeqSchema, TimestampSchema, VotingModeSchema } from "./domain.ts";
import { IdSchema, RoomIdSchema } from "./ids.ts";

/** What a hook is told about: the steps of a decision's life a team waits for. */
export const WEBHOOK_EVENT_TYPES = [
  "decision.opened",
  "decision.revealed",
  "decision.decided",
  "decision.reopened",
  /** Voting closed by itself at the decision's deadline. */
  "decision.closed",
  /** Every decision of the room is decided: the record is complete. */
  "room.record_ready",
] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

/** "standard": the JSON payload below; "slack": Slack's incoming-webhook body (text + blocks). */
export const WebhookFormatSchema = z.enum(["standard", "slack"]);
export type WebhookFormat = z.infer<typeof WebhookFormatSchema>;

/** A room holds at most this many hooks of its own (the server's defaults come on top). */
export const MAX_WEBHOOKS_PER_ROOM = 5;

export const WebhookIdSchema = z
  .string()
  .regex(/^wh_[A-Za-z0-9_-]{16,32}$/, "Webhook ids are wh_ and 16-32 base64url characters.");

/** Standard Webhooks' secret: `whsec_` + base64 of 24 to 64 random bytes. */
export const WebhookSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, "A webhook secret is whsec_ and base64.");

/** http(s) only, no credentials in the URL (they would end up in logs and the panel). */
export const WebhookUrlSchema = z
  .url({ protocol: /^https?$/, normalize: true })
  .max(2048)
  .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), {
    message: "A webhook URL may not carry a user name or password.",
  });

/** POST webhooksPath(roomId), with the facilitator key (or a facilitator's pass). */
export const CreateWebhookRequestSchema = z.strictObject({
  url: WebhookUrlSchema,
  format: WebhookFormatSchema.default("standard"),
  /** Absent: every event type. */
  events: z.array(WebhookEventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length).optional(),
});
export type CreateWebhookRequest = z.input<typeof CreateWebhookRequestSchema>;

/**
 * A hook as the facilitator sees it: never its secret. "server" hooks are the ones the
 * operator configured for every room; their URL shows only its origin.
 */
export const WebhookSchema = z.strictObject({
  id: z.union([WebhookIdSchema, z.string().regex(/^server-\d{1,2}$/)]),
  url: z.string().max(2048),
  format: WebhookFormatSchema,
  events: z.array(WebhookEventTypeSchema),
  source: z.enum(["room", "server"]),
  createdAt: TimestampSchema,
});
export type Webhook = z.infer<typeof WebhookSchema>;

/** The only answer that ever carries the secret: keep it now, it is not shown again. */
export const CreateWebhookResponseSchema = z.strictObject({
  webhook: WebhookSchema,
  secret: WebhookSecretSchema,
});
export type CreateWebhookResponse = z.infer<typeof CreateWebhookResponseSchema>;

export const WebhooksResponseSchema = z.strictObject({ webhooks: z.array(WebhookSchema) });
export type WebhooksResponse = z.infer<typeof WebhooksResponseSchema>;

export const WebhookDeliveryStatusSchema = z.enum(["pending", "delivered", "failed"]);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>;

/** One attempt: the receiver's HTTP status, or why there was none. */
export const WebhookAttemptSchema = z.strictObject({
  at: TimestampSchema,
  durationMs: z.int().min(0),
  /** The HTTP status the receiver answered, null when it did not (timeout, refused, ...). */
  httpStatus: z.int().min(100).max(599).nullable(),
  /** Why the attempt failed, in a few words; null for a 2xx. */
  error: z.string().max(300).nullable(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = z.strictObject({
  /** `webhook-id`: the same on every retry, so a receiver can drop repeats. */
  messageId: z.string().max(128),
  webhookId: WebhookSchema.shape.id,
  type: WebhookEventTypeSchema,
  status: WebhookDeliveryStatusSchema,
  createdAt: TimestampSchema,
  attempts: z.int().min(0),
  /** When the next attempt is due, while pending. */
  nextAttemptAt: TimestampSchema.nullable(),
  /** The latest attempts, newest last. */
  history: z.array(WebhookAttemptSchema),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookDeliveriesResponseSchema = z.strictObject({
  deliveries: z.array(WebhookDeliverySchema),
});
export type WebhookDeliveriesResponse = z.infer<typeof WebhookDeliveriesResponseSchema>;

// ---- What is POSTed to a hook ----

export const WebhookRoomSchema = z.strictObject({
  id: RoomIdSchema,
  title: z.string(),
  /** The room link (people may still need to join to see a gated room). */
  url: z.string(),
  /** The decision record page. */
  recordUrl: z.string(),
});

export const WebhookOptionSchema = z.strictObject({ id: IdSchema, label: z.string() });

/**
 * A decision as an outside viewer sees it. `tally` is null while the ballots are hidden
 * (sealed and not revealed yet); it holds one total per option, never a ballot.
 */
export const WebhookDecisionSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  status: DecisionStatusSchema,
  mode: VotingModeSchema,
  sealed: z.boolean(),
  anonymous: z.boolean(),
  options: z.array(WebhookOptionSchema),
  /** Ballots cast in the current round (abstentions included). */
  ballots: z.int().min(0),
  tally: z.array(z.strictObject({ optionId: IdSchema, value: z.number() })).nullable(),
  leaders: z.array(IdSchema),
  outcome: z
    .strictObject({
      optionId: IdSchema,
      label: z.string(),
      rationale: z.string(),
      decidedAt: TimestampSchema,
    })
    .nullable(),
});
export type WebhookDecision = z.infer<typeof WebhookDecisionSchema>;

/** A decision in the record-ready message: what was chosen, not how the vote went. */
export const WebhookDecisionSummarySchema = WebhookDecisionSchema.pick({
  id: true,
  title: true,
  status: true,
  outcome: true,
});
export type WebhookDecisionSummary = z.infer<typeof WebhookDecisionSummarySchema>;

/**
 * The most a webhook body may weigh. The text limits of a room keep every message under it
 * (a test builds the largest room there can be); the sender refuses a body over it.
 */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

const decisionEvent = <T extends Exclude<WebhookEventType, "room.record_ready">>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    /** ISO 8601: when the event happened in the room. */
    timestamp: z.iso.datetime(),
    data: z.strictObject({
      room: WebhookRoomSchema,
      seq: SeqSchema,
      decision: WebhookDecisionSchema,
    }),
  });

/** The body of a "standard" hook: `{ type, timestamp, data }`, as Standard Webhooks suggests. */
export const WebhookPayloadSchema = z.discriminatedUnion("type", [
  decisionEvent("decision.opened"),
  decisionEvent("decision.revealed"),
  decisionEvent("decision.decided"),
  decisionEvent("decision.reopened"),
  decisionEvent("decision.closed"),
  z.strictObject({
    type: z.literal("room.record_ready"),
    timestamp: z.iso.datetime(),
    data: z.strictObject({
      room: WebhookRoomSchema,
      seq: SeqSchema,
      /** The record as Markdown (GET; a gated room needs its headers). */
      markdownUrl: z.string(),
      decisions: z.array(WebhookDecisionSummarySchema),
    }),
  }),
]);
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

/** The body of a "slack" hook: Slack's incoming webhooks take `text` plus Block Kit blocks. */
export const SlackPayloadSchema = z.strictObject({
  text: z.string(),
  blocks: z.array(z.looseObject({ type: z.string() })),
});
export type SlackPayload = z.infer<typeof SlackPayloadSchema>;

/** The Standard Webhooks headers every delivery carries. */
export const WEBHOOK_HEADERS = {
  id: "webhook-id",
  timestamp: "webhook-timestamp",
  signature: "webhook-signature",
} as const;

/** Route patterns (express syntax). */
export const WEBHOOK_PATHS = {
  webhooks: "/api/rooms/:roomId/webhooks",
  webhook: "/api/rooms/:roomId/webhooks/:webhookId",
  deliveries: "/api/rooms/:roomId/webhooks/deliveries",
} as const;

export const webhooksPath = (roomId: string): string =>
  `/api/rooms/${encodeURIComponent(roomId)}/webhooks`;
export const webhookPath = (roomId: string, webhookId: string): string =>
  `${webhooksPath(roomId)}/${encodeURIComponent(webhookId)}`;
export const webhookDeliveriesPath = (roomId: string): string =>
  `${webhooksPath(roomId)}/deliveries`;
