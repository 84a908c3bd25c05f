// The schemas the OpenAPI document names, each generated from its zod contract with zod's
// own JSON Schema generator (draft 2020-12, which is OpenAPI 3.1's dialect). Nothing here
// restates a field: a contract change is a document change.
import { z } from "zod";
import { DecisionSchema, RoomStateSchema } from "../domain.ts";
import { RoomEventSchema } from "../events.ts";
import {
  CatalogResponseSchema,
  CreateRoomRequestSchema,
  CreateRoomResponseSchema,
  ErrorResponseSchema,
  HealthResponseSchema,
  ReadyResponseSchema,
  RoomExportJsonSchema,
  RoomSnapshotResponseSchema,
  TemplatesResponseSchema,
} from "../rest.ts";
import {
  CreateWebhookRequestSchema,
  CreateWebhookResponseSchema,
  SlackPayloadSchema,
  WebhookDeliveriesResponseSchema,
  WebhookPayloadSchema,
  WebhooksResponseSchema,
} from "../webhooks.ts";

/** What the server sends (zod "output" types). */
const RESPONSES = {
  HealthResponse: HealthResponseSchema,
  ReadyResponse: ReadyResponseSchema,
  ErrorResponse: ErrorResponseSchema,
  CreateRoomResponse: CreateRoomResponseSchema,
  RoomSnapshotResponse: RoomSnapshotResponseSchema,
  RoomState: RoomStateSchema,
  Decision: DecisionSchema,
  RoomEvent: RoomEventSchema,
  RoomExportJson: RoomExportJsonSchema,
  CatalogResponse: CatalogResponseSchema,
  TemplatesResponse: TemplatesResponseSchema,
  WebhooksResponse: WebhooksResponseSchema,
  CreateWebhookResponse: CreateWebhookResponseSchema,
  WebhookDeliveriesResponse: WebhookDeliveriesResponseSchema,
  WebhookPayload: WebhookPayloadSchema,
  SlackPayload: SlackPayloadSchema,
} as const;

/** What a client sends (zod "input" types: defaults may be left out). */
const REQUESTS = {
  CreateRoomRequest: CreateRoomRequestSchema,
  CreateWebhookRequest: CreateWebhookRequestSchema,
} as const;

export type ResponseComponent = keyof typeof RESPONSES;
export type RequestComponent = keyof typeof REQUESTS;
export type JsonSchema = Record<string, unknown>;

export const componentRef = (name: ResponseComponent | RequestComponent): JsonSchema => ({
  $ref: `#/components/schemas/${name}`,
});

function generate(schemas: Record<string, z.ZodType>, io: "input" | "output") {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    uri: (id) => `#/components/schemas/${id}`,
  });
  // zod marks each as its own document ($schema, $id); inside OpenAPI they are components.
  return Object.fromEntries(
    Object.entries(generated).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [
      id,
      schema,
    ]),
  );
}

export function componentSchemas(): Record<string, JsonSchema> {
  return { ...generate(RESPONSES, "output"), ...generate(REQUESTS, "input") };
}

/** A path parameter's schema, from the contract that checks it. */
export function parameterSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12" });
  return rest;
}
