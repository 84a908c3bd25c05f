// The Socket.IO messages: every payload a schema (handlers parse before they trust), every
// ack a union on `ok`, and the four typed maps for
// `Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>`.
import type { Role } from "@stackboard/core";
import { z } from "zod";
import type { CommandEnvelope } from "./commands.ts";
import {
  JoinRoleSchema,
  RoleSchema,
  RoomStateSchema,
  SeqSchema,
  TimestampSchema,
} from "./domain.ts";
import { WireErrorSchema } from "./errors.ts";
import { RoomEventSchema } from "./events.ts";
import { FacilitatorKeySchema, IdSchema, ParticipantTokenSchema, RoomIdSchema } from "./ids.ts";
import { NameSchema, PassphraseSchema } from "./text.ts";

export const SOCKET_EVENTS = {
  /** client → server, acked with JoinResult. */
  join: "join",
  /** client → server, acked with CommandResult. */
  command: "command",
  /** client → server, acked with SyncResult: fetch a missing seq range. */
  sync: "sync",
  /** Both ways: a client reports its own status; the server sends the room's roster. */
  presence: "presence",
  /** server → client: one new log entry. */
  event: "event",
  /** client → server, acked with KnockResult: ask a room with a lobby to be let in. */
  knock: "knock",
  /** server → client, to a knocking socket: a facilitator let it in or turned it away. */
  admission: "admission",
  /** server → client: this node is shutting down; reconnect (to it or another) after a pause. */
  closing: "closing",
} as const;

export const PresenceStatusSchema = z.enum(["online", "away", "offline"]);
export type PresenceStatus = z.infer<typeof PresenceStatusSchema>;

const failure = z.strictObject({ ok: z.literal(false), error: WireErrorSchema });

/** How a client catches up: the events it missed, or a snapshot and the events after it. */
export const CatchUpSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("events"), events: z.array(RoomEventSchema) }),
  z.strictObject({
    kind: z.literal("snapshot"),
    seq: SeqSchema,
    state: RoomStateSchema,
    events: z.array(RoomEventSchema),
  }),
]);
export type CatchUp = z.infer<typeof CatchUpSchema>;

export const JoinRequestSchema = z.strictObject({
  protocolVersion: z.int(),
  roomId: RoomIdSchema,
  name: NameSchema,
  /** The role asked for; facilitator comes only from a valid facilitator key. */
  role: JoinRoleSchema,
  /** The token from an earlier join in this browser, so a reload is the same person. */
  participantToken: ParticipantTokenSchema.nullable(),
  facilitatorKey: FacilitatorKeySchema.nullable(),
  /** The last seq this client applied; 0 for none. */
  lastSeq: SeqSchema,
  /** Needed by someone new to a room that has one; ignored for those already in. */
  passphrase: PassphraseSchema.optional(),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

/** Someone new asks a room with a lobby to let them in (a reload knocks again, same token). */
export const KnockRequestSchema = z.strictObject({
  protocolVersion: z.int(),
  roomId: RoomIdSchema,
  name: NameSchema,
  role: JoinRoleSchema,
  participantToken: ParticipantTokenSchema.nullable(),
  passphrase: PassphraseSchema.optional(),
});
export type KnockRequest = z.infer<typeof KnockRequestSchema>;

export const KnockResultSchema = z.discriminatedUnion("ok", [
  /**
   * The pass to join with once admitted; `admitted` is already true when there is no lobby
   * (any more) or this person is already in. Until then an `admission` message will come.
   */
  z.strictObject({
    ok: z.literal(true),
    participantId: IdSchema,
    participantToken: ParticipantTokenSchema,
    admitted: z.boolean(),
  }),
  failure,
]);
export type KnockResult = z.infer<typeof KnockResultSchema>;

/** server → knocking client: the facilitator's answer. */
export const AdmissionMessageSchema = z.strictObject({
  roomId: RoomIdSchema,
  participantId: IdSchema,
  admitted: z.boolean(),
});
export type AdmissionMessage = z.infer<typeof AdmissionMessageSchema>;

export const JoinResultSchema = z.discriminatedUnion("ok", [
  z.strictObject({
    ok: z.literal(true),
    participantId: IdSchema,
    participantToken: ParticipantTokenSchema,
    role: RoleSchema,
    serverTime: TimestampSchema,
    catchUp: CatchUpSchema,
  }),
  failure,
]);
export type JoinResult = z.infer<typeof JoinResultSchema>;

export const CommandResultSchema = z.discriminatedUnion("ok", [
  /** Durable as `seq`; `duplicate` when this command id had been applied before. */
  z.strictObject({ ok: z.literal(true), seq: z.int().min(1), duplicate: z.boolean() }),
  failure,
]);
export type CommandResult = z.infer<typeof CommandResultSchema>;

export const SyncRequestSchema = z.strictObject({ roomId: RoomIdSchema, afterSeq: SeqSchema });
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

export const SyncResultSchema = z.discriminatedUnion("ok", [
  z.strictObject({ ok: z.literal(true), catchUp: CatchUpSchema }),
  failure,
]);
export type SyncResult = z.infer<typeof SyncResultSchema>;

/** client → server: this tab's own status ("offline" is the server's to say). */
export const PresenceUpdateSchema = z.strictObject({
  roomId: RoomIdSchema,
  status: z.enum(["online", "away"]),
});
export type PresenceUpdate = z.infer<typeof PresenceUpdateSchema>;

/** server → client: one log entry, already redacted for this viewer. */
export const EventMessageSchema = z.strictObject({ roomId: RoomIdSchema, event: RoomEventSchema });
export type EventMessage = z.infer<typeof EventMessageSchema>;

/** server → client: who is here now (the whole roster, so a missed message heals itself). */
export const PresenceMessageSchema = z.strictObject({
  roomId: RoomIdSchema,
  participants: z.array(z.strictObject({ participantId: IdSchema, status: PresenceStatusSchema })),
});
export type PresenceMessage = z.infer<typeof PresenceMessageSchema>;

/** The longest pause a `closing` message may ask for. */
export const MAX_RECONNECT_AFTER_MS = 60_000;

/**
 * server → client, just before the server closes the socket on shutdown: every command it
 * acknowledged is durable; come back after about `reconnectAfterMs` (a client adds a random
 * share of it, so that a room's clients do not all return in the same instant). Added
 * without a protocol bump: a client that does not know it reconnects on the close itself.
 */
export const ClosingMessageSchema = z.strictObject({
  reconnectAfterMs: z.int().min(0).max(MAX_RECONNECT_AFTER_MS),
});
export type ClosingMessage = z.infer<typeof ClosingMessageSchema>;

// The maps' payload types describe valid input; a hostile client can send anything, so
// every handler parses with the schema above first.
export interface ClientToServerEvents {
  join: (payload: JoinRequest, ack: (result: JoinResult) => void) => void;
  command: (payload: CommandEnvelope, ack: (result: CommandResult) => void) => void;
  sync: (payload: SyncRequest, ack: (result: SyncResult) => void) => void;
  presence: (payload: PresenceUpdate) => void;
  knock: (payload: KnockRequest, ack: (result: KnockResult) => void) => void;
}

export interface ServerToClientEvents {
  event: (payload: EventMessage) => void;
  presence: (payload: PresenceMessage) => void;
  admission: (payload: AdmissionMessage) => void;
  closing: (payload: ClosingMessage) => void;
}

/** Nothing between nodes: the store fans events out, the adapter broadcasts to sockets. */
export type InterServerEvents = Record<string, never>;

/** What the server remembers per socket after a successful join. */
export interface SocketData {
  roomId: string | null;
  participantId: string | null;
  role: Role | null;
}
