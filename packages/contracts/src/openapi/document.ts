// The OpenAPI 3.1 document of the REST API and of the webhooks the server sends, built from
// the operation table and the zod contracts (served at /api/openapi.json).
import { IdSchema, RoomIdSchema } from "../ids.ts";
import { ROOM_ACCESS_HEADERS } from "../rest.ts";
import {
  MAX_WEBHOOKS_PER_ROOM,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_HEADERS,
  WebhookSchema,
} from "../webhooks.ts";
import { componentRef, componentSchemas, type JsonSchema, parameterSchema } from "./components.ts";
import {
  type Access,
  type Answer,
  OPERATIONS,
  type Operation,
  type PathParameter,
} from "./operations.ts";

export interface OpenApiDocument {
  openapi: "3.1.1";
  info: { title: string; version: string; description: string };
  servers?: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  webhooks: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
}

export interface DocumentOptions {
  version: string;
  /** The public origin, e.g. https://stackboard.example.org; absent: relative to the docs. */
  serverUrl?: string;
}

/** Built on use: generating schemas at import would cost every importer of the contracts. */
const parameters = (): Record<PathParameter, { description: string; schema: JsonSchema }> => ({
  roomId: {
    description: "The room id (from the room link).",
    schema: parameterSchema(RoomIdSchema),
  },
  decisionId: { description: "A decision of the room.", schema: parameterSchema(IdSchema) },
  webhookId: {
    description: "A webhook of the room (`wh_...`).",
    schema: parameterSchema(WebhookSchema.shape.id),
  },
});

const SECURITY: Record<Access, JsonSchema[] | undefined> = {
  public: undefined,
  // `{}` first: an open room needs no credentials.
  room: [{}, { facilitatorKey: [] }, { participantToken: [] }],
  facilitator: [{ facilitatorKey: [] }, { participantToken: [] }],
};

function answer(response: Answer): JsonSchema {
  if ("json" in response) {
    return {
      description: response.description,
      content: { "application/json": { schema: componentRef(response.json) } },
    };
  }
  if ("text" in response) {
    return {
      description: response.description,
      content: { [response.text]: { schema: { type: "string" } } },
    };
  }
  return { description: response.description };
}

function operationObject(
  operation: Operation,
  pathParameters: ReturnType<typeof parameters>,
): JsonSchema {
  const security = SECURITY[operation.access];
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    tags: [operation.tag],
    ...(operation.parameters
      ? {
          parameters: operation.parameters.map((name) => ({
            name,
            in: "path",
            required: true,
            ...pathParameters[name],
          })),
        }
      : {}),
    ...(security ? { security } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: componentRef(operation.body) } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [status, answer(response)]),
    ),
  };
}

const DESCRIPTION = `Stackboard's REST API: open a room, read it, export its decision record, and
wire the room into a team's tools with webhooks. Everything live (joining, voting) goes over
Socket.IO; its messages are the zod contracts in \`packages/contracts\`.

A gated room (a passphrase or a lobby) is read with \`${ROOM_ACCESS_HEADERS.participantToken}\`
(someone in the room now) or \`${ROOM_ACCESS_HEADERS.facilitatorKey}\`. Webhooks are managed with
the facilitator key or a facilitator's participant token; a room holds at most
${MAX_WEBHOOKS_PER_ROOM} of its own.`;

const WEBHOOK_DESCRIPTION = `Sent on ${WEBHOOK_EVENT_TYPES.map((type) => `\`${type}\``).join(", ")},
signed per the Standard Webhooks spec: \`${WEBHOOK_HEADERS.signature}\` is \`v1,\` + base64 of
HMAC-SHA256(secret, \`<webhook-id>.<webhook-timestamp>.<body>\`), the key being the base64 part of
the \`whsec_\` secret. A failed delivery (no 2xx within the timeout) is retried with exponential
backoff under the same \`${WEBHOOK_HEADERS.id}\`: drop repeats by it. Slack-format hooks get
\`{ text, blocks }\` instead. No payload carries a participant or a ballot.`;

function webhookHeader(name: string, description: string): JsonSchema {
  return { name, in: "header", required: true, description, schema: { type: "string" } };
}

export function buildOpenApiDocument(options: DocumentOptions): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  const pathParameters = parameters();
  for (const operation of OPERATIONS) {
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: operationObject(operation, pathParameters),
    };
  }
  return {
    openapi: "3.1.1",
    info: { title: "Stackboard API", version: options.version, description: DESCRIPTION },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [
      { name: "Rooms", description: "Open and read rooms." },
      { name: "Records", description: "The decision record and other exports." },
      { name: "Webhooks", description: "Signed HTTP callbacks on a decision's milestones." },
      { name: "Catalog", description: "Technologies and templates." },
      { name: "Operations", description: "Health, readiness, metrics, this document." },
    ],
    paths,
    webhooks: {
      decisionEvent: {
        post: {
          summary: "A decision milestone or a complete record",
          description: WEBHOOK_DESCRIPTION,
          parameters: [
            webhookHeader(WEBHOOK_HEADERS.id, "The message id: the same on every retry."),
            webhookHeader(WEBHOOK_HEADERS.timestamp, "Seconds since the epoch, per attempt."),
            webhookHeader(WEBHOOK_HEADERS.signature, "`v1,<base64 HMAC-SHA256>`."),
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { oneOf: [componentRef("WebhookPayload"), componentRef("SlackPayload")] },
              },
            },
          },
          responses: {
            "2XX": { description: "Received; anything else (or no answer) is retried." },
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        facilitatorKey: { type: "apiKey", in: "header", name: ROOM_ACCESS_HEADERS.facilitatorKey },
        participantToken: {
          type: "apiKey",
          in: "header",
          name: ROOM_ACCESS_HEADERS.participantToken,
        },
      },
    },
  };
}

/** Express's `:param` route syntax from OpenAPI's `{param}`. */
export const expressPath = (openApiPath: string): string =>
  openApiPath.replace(/\{([A-Za-z]+)\}/g, ":$1");
