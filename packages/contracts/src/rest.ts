// The REST surface (room creation, snapshots, exports, catalog, health) and the SPA's URLs.
import { z } from "zod";
import { TechnologySchema, TemplateSchema } from "./catalog.ts";
import { RoomStateSchema, SeqSchema } from "./domain.ts";
import { WireErrorSchema } from "./errors.ts";
import { RoomEventSchema } from "./events.ts";
import { FacilitatorKeySchema, IdSchema, RoomIdSchema } from "./ids.ts";
import { TitleSchema } from "./text.ts";

/** POST API_PATHS.rooms */
export const CreateRoomRequestSchema = z.strictObject({
  title: TitleSchema,
  /** A template id; absent for an empty board. */
  template: IdSchema.optional(),
  /** The language the template's criteria and decisions are written in; English if absent. */
  language: z.enum(["en", "de"]).optional(),
});
export type CreateRoomRequest = z.infer<typeof CreateRoomRequestSchema>;

const UrlSchema = z.string().max(2048);

export const CreateRoomResponseSchema = z.strictObject({
  roomId: RoomIdSchema,
  /** The link to share. */
  roomUrl: UrlSchema,
  /** The room link plus `#fk=<key>`: only the creator gets it. */
  facilitatorUrl: UrlSchema,
  facilitatorKey: FacilitatorKeySchema,
});
export type CreateRoomResponse = z.infer<typeof CreateRoomResponseSchema>;

/** The room's state as an anonymous viewer may see it (sealed ballots hidden). */
export const RoomSnapshotSchema = z.strictObject({
  roomId: RoomIdSchema,
  seq: SeqSchema,
  state: RoomStateSchema,
});
export type RoomSnapshot = z.infer<typeof RoomSnapshotSchema>;

/**
 * A gated room (a passphrase or a lobby) asked about without a member's pass or the
 * facilitator key: only what its door shows, so the join page can greet people by the
 * room's title. Nothing of the board: no participants, decisions, ballots or notes.
 */
export const GatedRoomViewSchema = z.strictObject({
  roomId: RoomIdSchema,
  gated: z.literal(true),
  title: TitleSchema,
});
export type GatedRoomView = z.infer<typeof GatedRoomViewSchema>;

/** GET roomPath(roomId): the snapshot, or a gated room's door for someone not in it. */
export const RoomSnapshotResponseSchema = z.union([RoomSnapshotSchema, GatedRoomViewSchema]);
export type RoomSnapshotResponse = z.infer<typeof RoomSnapshotResponseSchema>;

/**
 * The credentials a REST read of a gated room carries: a member's participant token or the
 * facilitator key. Headers, never the URL: URLs end up in logs, histories and referrers.
 */
export const ROOM_ACCESS_HEADERS = {
  participantToken: "x-participant-token",
  facilitatorKey: "x-facilitator-key",
} as const;

/**
 * GET roomExportPath(roomId, "json"): core's `RoomRecordJson` — the (redacted) state, each
 * decision's derived results, and the full (redacted) event log. State and events are
 * checked strictly; the derived results are core's to shape, so they pass through.
 */
export const RoomExportJsonSchema = z.object({
  format: z.literal("stackboard.record/1"),
  roomId: RoomIdSchema,
  title: z.string(),
  exportedSeq: SeqSchema,
  state: RoomStateSchema,
  decisions: z.array(z.looseObject({ id: IdSchema, title: z.string() })),
  events: z.array(RoomEventSchema),
});
export type RoomExportJson = z.infer<typeof RoomExportJsonSchema>;

export const CatalogResponseSchema = z.strictObject({ technologies: z.array(TechnologySchema) });
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;

export const TemplatesResponseSchema = z.strictObject({ templates: z.array(TemplateSchema) });
export type TemplatesResponse = z.infer<typeof TemplatesResponseSchema>;

/** The body of every non-2xx JSON answer. */
export const ErrorResponseSchema = z.strictObject({ error: WireErrorSchema });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Liveness: the process answers. */
export const HealthResponseSchema = z.strictObject({ status: z.literal("ok") });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** Readiness: the store answers too (a load balancer routes only to ready nodes). */
export const ReadyResponseSchema = z.strictObject({
  status: z.enum(["ready", "not_ready"]),
  store: z.enum(["embedded", "redis"]),
});
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;

/** Route patterns, as the server registers them (express syntax). */
export const API_PATHS = {
  health: "/healthz",
  ready: "/readyz",
  rooms: "/api/rooms",
  room: "/api/rooms/:roomId",
  roomExportJson: "/api/rooms/:roomId/export.json",
  roomExportMarkdown: "/api/rooms/:roomId/export.md",
  catalog: "/api/catalog",
  templates: "/api/templates",
} as const;

export type ExportFormat = "json" | "md";

/** The concrete path of a room's snapshot, as a client requests it. */
export const roomPath = (roomId: string): string => `/api/rooms/${encodeURIComponent(roomId)}`;

export const roomExportPath = (roomId: string, format: ExportFormat): string =>
  `${roomPath(roomId)}/export.${format}`;

/** The SPA route of a room: the link people paste into chat. */
export const roomUrlPath = (roomId: string): string => `/r/${encodeURIComponent(roomId)}`;

const FRAGMENT_KEY = "fk";

/** The facilitator's secret rides in the fragment, which browsers never send to a server. */
export const facilitatorFragment = (key: string): string =>
  `#${FRAGMENT_KEY}=${encodeURIComponent(key)}`;

/** The facilitator key in a `location.hash`, or null when absent or malformed. */
export function readFacilitatorFragment(hash: string): string | null {
  const prefix = `${FRAGMENT_KEY}=`;
  const pair = hash
    .replace(/^#/, "")
    .split("&")
    .find((part) => part.startsWith(prefix));
  // Keys are base64url, so a well-formed one needs no decoding.
  const key = pair?.slice(prefix.length) ?? null;
  return key !== null && FacilitatorKeySchema.safeParse(key).success ? key : null;
}
