// Test support for webhooks: registering a hook over REST as the facilitator, reading the
// delivery log, and a short sealed meeting that passes every milestone a hook hears about.
import {
  type CreateWebhookRequest,
  type CreateWebhookResponse,
  WebhookDeliveriesResponseSchema,
  type WebhookDelivery,
} from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import { apiFetch } from "./rest.ts";
import type { TestClient } from "./test-client.ts";

export const facilitatorHeaders = (facilitatorKey: string) => ({
  "content-type": "application/json",
  "x-facilitator-key": facilitatorKey,
});

export async function registerHook(
  baseUrl: string,
  room: { roomId: string; facilitatorKey: string },
  request: CreateWebhookRequest,
): Promise<CreateWebhookResponse> {
  const response = await apiFetch(`${baseUrl}/api/rooms/${room.roomId}/webhooks`, {
    method: "POST",
    headers: facilitatorHeaders(room.facilitatorKey),
    body: JSON.stringify(request),
  });
  if (response.status !== 201) {
    throw new Error(`register webhook: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as CreateWebhookResponse;
}

export async function deliveryLog(
  baseUrl: string,
  room: { roomId: string; facilitatorKey: string },
): Promise<WebhookDelivery[]> {
  const response = await apiFetch(`${baseUrl}/api/rooms/${room.roomId}/webhooks/deliveries`, {
    headers: facilitatorHeaders(room.facilitatorKey),
  });
  return WebhookDeliveriesResponseSchema.parse(await response.json()).deliveries;
}

/** Polls the log until `done` holds (deliveries are asynchronous by nature). */
export async function waitForLog(
  baseUrl: string,
  room: { roomId: string; facilitatorKey: string },
  done: (log: WebhookDelivery[]) => boolean,
  timeoutMs = 10_000,
): Promise<WebhookDelivery[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await deliveryLog(baseUrl, room);
    if (done(log)) return log;
    if (Date.now() > deadline)
      throw new Error(`delivery log never settled: ${JSON.stringify(log)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const option = (optionId: string, label: string): CommandBody => ({
  type: "option.add",
  decisionId: "db",
  optionId,
  label,
  catalogId: null,
});

/** A sealed "Database" decision with two options, opened. */
export async function openSealedDecision(facilitator: TestClient): Promise<void> {
  await facilitator.must({
    type: "decision.add",
    decisionId: "db",
    title: "Database",
    context: "",
  });
  await facilitator.must(option("pg", "PostgreSQL"));
  await facilitator.must(option("my", "MySQL"));
  await facilitator.must({
    type: "decision.configure",
    decisionId: "db",
    mode: "pick",
    dotsPerVoter: 5,
    sealed: true,
  });
  await facilitator.must({ type: "decision.open", decisionId: "db" });
}

/** Lock, reveal and decide the decision `openSealedDecision` opened. */
export async function settleDecision(facilitator: TestClient, optionId = "pg"): Promise<void> {
  await facilitator.must({ type: "decision.lock", decisionId: "db" });
  await facilitator.must({ type: "decision.reveal", decisionId: "db" });
  await facilitator.must({
    type: "decision.decide",
    decisionId: "db",
    optionId,
    rationale: "Boring technology.",
  });
}
