// Every REST route the server answers, as data: method, path, who may call it, and which
// contract each answer follows. The document (document.ts) is built from this table and the
// generated component schemas; the server's routes and this table are checked against each
// other by the integration tests, which validate every answer they receive.
import type { RequestComponent, ResponseComponent } from "./components.ts";

export type Method = "get" | "post" | "delete";
export type PathParameter = "roomId" | "decisionId" | "webhookId";

/** "room": a gated room's reads need a member's pass or the facilitator key. */
export type Access = "public" | "room" | "facilitator";

export type Answer =
  | { description: string; json: ResponseComponent }
  | { description: string; text: string }
  | { description: string };

export interface Operation {
  method: Method;
  /** OpenAPI syntax: `{roomId}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: "Rooms" | "Records" | "Catalog" | "Webhooks" | "Operations";
  parameters?: readonly PathParameter[];
  access: Access;
  body?: RequestComponent;
  responses: Readonly<Record<string, Answer>>;
}

const error = (description: string): Answer => ({ description, json: "ErrorResponse" });
const NOT_FOUND = error("No room with this id (`ROOM_NOT_FOUND`).");
const PRIVATE = error("A gated room read without a member's pass or the facilitator key.");
const UNAVAILABLE = error("The room store is unavailable (`STORE_UNAVAILABLE`).");
const ANY_ERROR = error("Any other error, as `{ error: { code, message } }`.");
const RECORD = { text: "text/markdown" };

export const OPERATIONS: readonly Operation[] = [
  {
    method: "post",
    path: "/api/rooms",
    operationId: "createRoom",
    summary: "Open a room; the creator gets the facilitator key",
    tag: "Rooms",
    access: "public",
    body: "CreateRoomRequest",
    responses: {
      "201": { description: "The room and its two links.", json: "CreateRoomResponse" },
      "400": error("The body does not match the contract (`INVALID_REQUEST`)."),
      "429": error("Too many rooms opened from this address (`RATE_LIMITED`)."),
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}",
    operationId: "getRoom",
    summary: "The room as an outside viewer sees it (sealed ballots hidden)",
    tag: "Rooms",
    parameters: ["roomId"],
    access: "room",
    responses: {
      "200": {
        description: "The snapshot, or only the door of a gated room to someone not in it.",
        json: "RoomSnapshotResponse",
      },
      "404": NOT_FOUND,
      "503": UNAVAILABLE,
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/export.json",
    operationId: "exportRoomJson",
    summary: "The record as JSON: state, derived results and the (redacted) event log",
    tag: "Records",
    parameters: ["roomId"],
    access: "room",
    responses: {
      "200": { description: "The record.", json: "RoomExportJson" },
      "401": PRIVATE,
      "404": NOT_FOUND,
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/export.md",
    operationId: "exportRoomMarkdown",
    summary: "The record as Markdown (MADR-shaped, every decision)",
    tag: "Records",
    parameters: ["roomId"],
    access: "room",
    responses: {
      "200": { description: "The record.", ...RECORD },
      "401": PRIVATE,
      "404": NOT_FOUND,
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/decisions/{decisionId}/export.md",
    operationId: "exportDecisionMadr",
    summary: "One decision as a MADR file (NNNN-title.md) with YAML front matter",
    tag: "Records",
    parameters: ["roomId", "decisionId"],
    access: "room",
    responses: {
      "200": { description: "The MADR file.", ...RECORD },
      "401": PRIVATE,
      "404": error("No such room, or no such decision in it."),
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/export.radar.csv",
    operationId: "exportRadarCsv",
    summary: "The settled choices as a tech-radar sheet (BYOR CSV)",
    tag: "Records",
    parameters: ["roomId"],
    access: "room",
    responses: {
      "200": { description: "The radar.", text: "text/csv" },
      "401": PRIVATE,
      "404": NOT_FOUND,
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/export.ballots.csv",
    operationId: "exportBallotsCsv",
    summary: "The ballots as CSV (sealed ones stay sealed, anonymous voters under keys)",
    tag: "Records",
    parameters: ["roomId"],
    access: "room",
    responses: {
      "200": { description: "One row per ballot cell.", text: "text/csv" },
      "401": PRIVATE,
      "404": NOT_FOUND,
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/webhooks",
    operationId: "listWebhooks",
    summary: "The room's webhooks and the server's (never their secrets)",
    tag: "Webhooks",
    parameters: ["roomId"],
    access: "facilitator",
    responses: {
      "200": { description: "The hooks.", json: "WebhooksResponse" },
      "401": error("Neither the facilitator key nor a facilitator's pass (`UNAUTHORIZED`)."),
      "404": NOT_FOUND,
      default: ANY_ERROR,
    },
  },
  {
    method: "post",
    path: "/api/rooms/{roomId}/webhooks",
    operationId: "createWebhook",
    summary: "Register a webhook; its signing secret is shown in this answer only",
    tag: "Webhooks",
    parameters: ["roomId"],
    access: "facilitator",
    body: "CreateWebhookRequest",
    responses: {
      "201": { description: "The hook and its secret.", json: "CreateWebhookResponse" },
      "400": error("A bad URL or body, or a private target (`INVALID_REQUEST`)."),
      "401": error("Neither the facilitator key nor a facilitator's pass (`UNAUTHORIZED`)."),
      "404": NOT_FOUND,
      "409": error("The room has as many webhooks as it may (`LIMIT_REACHED`)."),
      default: ANY_ERROR,
    },
  },
  {
    method: "delete",
    path: "/api/rooms/{roomId}/webhooks/{webhookId}",
    operationId: "deleteWebhook",
    summary: "Remove one of the room's webhooks (deliveries still due are dropped)",
    tag: "Webhooks",
    parameters: ["roomId", "webhookId"],
    access: "facilitator",
    responses: {
      "204": { description: "Removed." },
      "401": error("Neither the facilitator key nor a facilitator's pass (`UNAUTHORIZED`)."),
      "404": error("No such room, or no such webhook in it."),
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/rooms/{roomId}/webhooks/deliveries",
    operationId: "listWebhookDeliveries",
    summary: "The delivery log: every message to every hook, newest first",
    tag: "Webhooks",
    parameters: ["roomId"],
    access: "facilitator",
    responses: {
      "200": { description: "The latest deliveries.", json: "WebhookDeliveriesResponse" },
      "401": error("Neither the facilitator key nor a facilitator's pass (`UNAUTHORIZED`)."),
      "404": NOT_FOUND,
      default: ANY_ERROR,
    },
  },
  {
    method: "get",
    path: "/api/catalog",
    operationId: "getCatalog",
    summary: "The technology catalog (fact cards)",
    tag: "Catalog",
    access: "public",
    responses: { "200": { description: "Every technology.", json: "CatalogResponse" } },
  },
  {
    method: "get",
    path: "/api/templates",
    operationId: "getTemplates",
    summary: "The room templates",
    tag: "Catalog",
    access: "public",
    responses: { "200": { description: "Every template.", json: "TemplatesResponse" } },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApi",
    summary: "This document",
    tag: "Operations",
    access: "public",
    responses: { "200": { description: "OpenAPI 3.1.", text: "application/json" } },
  },
  {
    method: "get",
    path: "/healthz",
    operationId: "health",
    summary: "Liveness: the process answers",
    tag: "Operations",
    access: "public",
    responses: { "200": { description: "Alive.", json: "HealthResponse" } },
  },
  {
    method: "get",
    path: "/readyz",
    operationId: "ready",
    summary: "Readiness: the store answers too",
    tag: "Operations",
    access: "public",
    responses: {
      "200": { description: "Ready.", json: "ReadyResponse" },
      "503": { description: "Not ready (the store does not answer).", json: "ReadyResponse" },
    },
  },
  {
    method: "get",
    path: "/metrics",
    operationId: "metrics",
    summary: "Prometheus metrics",
    tag: "Operations",
    access: "public",
    responses: { "200": { description: "Prometheus text format.", text: "text/plain" } },
  },
];

/** Any other path under /api answers 404 with the error shape. */
export const UNKNOWN_API_ROUTE: Answer = error("No such API route (`NOT_FOUND`).");
