// The room's webhooks over REST, for its facilitators: this browser's pass (a facilitator's
// participant token) and the facilitator key if it holds it, as for every room read.
import {
  type CreateWebhookRequest,
  type CreateWebhookResponse,
  CreateWebhookResponseSchema,
  type Webhook,
  WebhookDeliveriesResponseSchema,
  type WebhookDelivery,
  WebhooksResponseSchema,
  webhookDeliveriesPath,
  webhookPath,
  webhooksPath,
} from "@stackboard/contracts";
import { apiErrorOf } from "./rest.ts";
import { roomReadHeaders } from "./roomHeaders.ts";

async function call(roomId: string, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: { accept: "application/json", ...roomReadHeaders(roomId), ...init.headers },
  });
  if (!response.ok) throw await apiErrorOf(response);
  return response;
}

export async function listWebhooks(roomId: string): Promise<Webhook[]> {
  const response = await call(roomId, webhooksPath(roomId));
  return WebhooksResponseSchema.parse(await response.json()).webhooks;
}

export async function listDeliveries(roomId: string): Promise<WebhookDelivery[]> {
  const response = await call(roomId, webhookDeliveriesPath(roomId));
  return WebhookDeliveriesResponseSchema.parse(await response.json()).deliveries;
}

/** The answer holds the signing secret: the only time the server shows it. */
export async function createWebhook(
  roomId: string,
  request: CreateWebhookRequest,
): Promise<CreateWebhookResponse> {
  const response = await call(roomId, webhooksPath(roomId), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  return CreateWebhookResponseSchema.parse(await response.json());
}

export async function deleteWebhook(roomId: string, webhookId: string): Promise<void> {
  await call(roomId, webhookPath(roomId, webhookId), { method: "DELETE" });
}
