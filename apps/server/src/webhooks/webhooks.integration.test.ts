// Webhooks end to end: a real server node, real socket.io clients running a meeting, and a
// real HTTP receiver on this machine that checks every signature with the Standard Webhooks
// reference implementation.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  SlackPayloadSchema,
  type WebhookPayload,
  WebhookPayloadSchema,
} from "@stackboard/contracts";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";
import { apiFetch, createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";
import {
  facilitatorHeaders,
  openSealedDecision,
  registerHook,
  settleDecision,
  waitForLog,
} from "../testing/webhook-meeting.ts";
import { type ReceivedWebhook, WebhookReceiver } from "../testing/webhook-receiver.ts";
import { retryDelay } from "./deliverer.ts";

const RETRY_BASE_MS = 60;
const TIMEOUT_MS = 400;
/** Tests deliver to this machine: the setting that allows private targets is on here only. */
const ALLOW = {
  WEBHOOK_ALLOW_PRIVATE: "true",
  WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS),
  WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
  WEBHOOK_MAX_ATTEMPTS: "4",
};

let receiver: WebhookReceiver;
const clients: TestClient[] = [];

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
});
afterAll(() => receiver.close());
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

async function meeting(node: { url: string }) {
  const room = await createRoom(node.url, "Checkout service");
  const ada = new TestClient(node.url, room.roomId);
  const bo = new TestClient(node.url, room.roomId);
  clients.push(ada, bo);
  await ada.mustJoin({ name: "Ada Facilitator", facilitatorKey: room.facilitatorKey });
  await bo.mustJoin({ name: "Bo Voter" });
  return { room, ada, bo };
}

/** Verifies with the spec's reference implementation; throws on a bad signature. */
function verified(secret: string, request: ReceivedWebhook): unknown {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
}

const idOf = (request: ReceivedWebhook) => String(request.headers["webhook-id"]);

describe("webhooks on one node", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode(ALLOW);
  });
  afterAll(() => node.dispose());

  it("POST every milestone, signed, once each, and say nothing of who voted what", async () => {
    const { room, ada, bo } = await meeting(node);
    const { secret, webhook } = await registerHook(node.url, room, {
      url: `${receiver.url}/milestones`,
    });
    expect(webhook.events).toHaveLength(6);
    await openSealedDecision(ada);
    await bo.must({
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "pick", optionId: "my" },
    });
    await settleDecision(ada);
    await ada.must({ type: "decision.reopen", decisionId: "db" });
    await settleDecision(ada, "my");

    const received = await receiver.waitFor(8, "/milestones");
    const payloads = received.map((request) => {
      const payload = WebhookPayloadSchema.parse(verified(secret, request));
      expect(request.headers["content-type"]).toBe("application/json");
      return { id: idOf(request), payload };
    });
    const bySeq = [...payloads].sort(
      (a, b) => a.payload.data.seq - b.payload.data.seq || a.id.localeCompare(b.id),
    );
    expect(bySeq.map(({ payload }) => payload.type)).toEqual([
      "decision.opened",
      "decision.revealed",
      "decision.decided",
      "room.record_ready",
      "decision.reopened",
      "decision.revealed",
      "decision.decided",
      "room.record_ready",
    ]);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(8);
    const decided = bySeq.filter(
      (p): p is { id: string; payload: Extract<WebhookPayload, { type: "decision.decided" }> } =>
        p.payload.type === "decision.decided",
    );
    expect(decided.map((p) => p.payload.data.decision.outcome?.label)).toEqual([
      "PostgreSQL",
      "MySQL",
    ]);
    const everything = received.map((request) => request.body).join("\n");
    for (const id of [ada.participantId, bo.participantId, "Ada Facilitator", "Bo Voter"]) {
      expect(everything).not.toContain(String(id));
    }
    // The log says the same: eight messages, each delivered at the first attempt.
    const log = await waitForLog(node.url, room, (l) => l.every((d) => d.status === "delivered"));
    expect(log).toHaveLength(8);
    expect(log.every((d) => d.attempts === 1 && d.history[0]?.httpStatus === 204)).toBe(true);
  });

  it("retry after 500s and timeouts under the same id, with growing waits, until a 2xx", async () => {
    const { room, ada } = await meeting(node);
    const { secret } = await registerHook(node.url, room, {
      url: `${receiver.url}/flaky`,
      events: ["decision.opened"],
    });
    receiver.answer({ status: 500 }, { status: 503 }, { status: 204, delayMs: TIMEOUT_MS * 3 });
    await openSealedDecision(ada);
    const attempts = await receiver.waitFor(4, "/flaky");
    expect(new Set(attempts.map(idOf)).size).toBe(1);
    for (const attempt of attempts) expect(verified(secret, attempt)).toBeTruthy();
    const gaps = attempts.slice(1).map((attempt, i) => attempt.at - (attempts[i]?.at ?? 0));
    // Each retry waits at least its backoff: base, 4×base, then 16×base after the timeout.
    for (const [i, gap] of gaps.entries()) {
      expect(gap).toBeGreaterThanOrEqual(retryDelay(RETRY_BASE_MS, i + 1) - 5);
    }
    const [delivery] = await waitForLog(node.url, room, (l) => l[0]?.status === "delivered");
    expect(delivery?.attempts).toBe(4);
    expect(delivery?.history.map((h) => h.httpStatus)).toEqual([500, 503, null, 204]);
    expect(delivery?.history[2]?.error).toMatch(/No answer within 400 ms/);
  });

  it("give up after the last attempt, and follow no redirect", async () => {
    const { room, ada } = await meeting(node);
    await registerHook(node.url, room, {
      url: `${receiver.url}/moved`,
      events: ["decision.opened"],
    });
    receiver.answer(
      { status: 302, location: `${receiver.url}/elsewhere` },
      { status: 500 },
      { status: 500 },
      { status: 500 },
    );
    await openSealedDecision(ada);
    const [delivery] = await waitForLog(node.url, room, (l) => l[0]?.status === "failed");
    expect(delivery).toMatchObject({ attempts: 4, nextAttemptAt: null });
    expect(delivery?.history[0]).toMatchObject({
      httpStatus: 302,
      error: "Redirect (302) not followed.",
    });
    expect(receiver.received.filter((r) => r.path === "/elsewhere")).toEqual([]);
    expect(receiver.received.filter((r) => r.path === "/moved")).toHaveLength(4);
  });

  it("send Slack's text and blocks to a Slack hook", async () => {
    const { room, ada } = await meeting(node);
    await registerHook(node.url, room, {
      url: `${receiver.url}/slack`,
      format: "slack",
      events: ["decision.decided"],
    });
    await openSealedDecision(ada);
    await settleDecision(ada);
    const [request] = await receiver.waitFor(1, "/slack");
    const body = SlackPayloadSchema.parse(JSON.parse(request?.body ?? ""));
    expect(body.text).toBe("Decided: Database → PostgreSQL (Checkout service)");
    expect(body.blocks.map((block) => block.type)).toEqual(["header", "section", "context"]);
  });

  it("are for facilitators only, and never show or publish a secret", async () => {
    const { room, ada, bo } = await meeting(node);
    const { secret, webhook } = await registerHook(node.url, room, { url: `${receiver.url}/x` });
    const list = (headers: Record<string, string>) =>
      apiFetch(`${node.url}/api/rooms/${room.roomId}/webhooks`, { headers });
    expect((await list({})).status).toBe(401);
    expect((await list({ "x-participant-token": String(bo.participantToken) })).status).toBe(401);
    // A facilitator's own pass works too (co-facilitators hold no facilitator key).
    expect((await list({ "x-participant-token": String(ada.participantToken) })).status).toBe(200);
    const listed = await list(facilitatorHeaders(room.facilitatorKey));
    expect(listed.status).toBe(200);
    expect(listed.headers.get("cache-control")).toBe("private, no-store");
    const shown = await listed.text();
    expect(shown).toContain(webhook.id);
    expect(shown).not.toContain(secret);
    const exported = await (
      await apiFetch(`${node.url}/api/rooms/${room.roomId}/export.json`)
    ).text();
    expect(exported).not.toContain(secret);
    expect(exported).not.toContain(receiver.url);
    // Removing it: gone from the list, and a second removal is a 404.
    const remove = () =>
      apiFetch(`${node.url}/api/rooms/${room.roomId}/webhooks/${webhook.id}`, {
        method: "DELETE",
        headers: facilitatorHeaders(room.facilitatorKey),
      });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
  });

  it("refuse a bad URL and a sixth hook with a clear error", async () => {
    const { room } = await meeting(node);
    const post = (body: unknown) =>
      apiFetch(`${node.url}/api/rooms/${room.roomId}/webhooks`, {
        method: "POST",
        headers: facilitatorHeaders(room.facilitatorKey),
        body: JSON.stringify(body),
      });
    for (const url of ["ftp://x.example.org", "https://u:p@x.example.org/", "not a url"]) {
      const refused = await post({ url });
      expect(refused.status, url).toBe(400);
    }
    for (let i = 0; i < 5; i += 1)
      expect((await post({ url: `${receiver.url}/${i}` })).status).toBe(201);
    const sixth = await post({ url: `${receiver.url}/6` });
    expect(sixth.status).toBe(409);
    expect(await sixth.json()).toMatchObject({ error: { code: "LIMIT_REACHED" } });
  });
});

describe("webhooks under the default policy", () => {
  let server: RunningServer;
  let dataDir: string;
  const lines: string[] = [];
  const SERVER_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-hooks-"));
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      ROOMS_PER_IP_PER_HOUR: "100000",
      // An operator's hook to this very machine: refused like any other private target.
      WEBHOOKS: JSON.stringify([{ url: `${receiver.url}/operator`, secret: SERVER_SECRET }]),
    });
    server = await startServer(
      config,
      createLogger("debug", { write: (line: string) => lines.push(line) }),
    );
  });
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("deliver nothing to a loopback, private or link-local address", async () => {
    const { room, ada } = await meeting(server);
    for (const url of [
      `${receiver.url}/direct`,
      "http://localhost:9/x",
      "http://[::1]:9/x",
      "http://10.0.0.8/x",
      "http://169.254.169.254/latest/meta-data",
    ]) {
      const response = await apiFetch(`${server.url}/api/rooms/${room.roomId}/webhooks`, {
        method: "POST",
        headers: facilitatorHeaders(room.facilitatorKey),
        body: JSON.stringify({ url }),
      });
      expect(response.status, url).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "INVALID_REQUEST" } });
    }
    await openSealedDecision(ada);
    const [delivery] = await waitForLog(server.url, room, (l) => l[0]?.status === "failed");
    // Refused for good at the first attempt: no retry can make a private address public.
    expect(delivery).toMatchObject({ webhookId: "server-1", attempts: 1 });
    expect(delivery?.history[0]?.error).toMatch(/127\.0\.0\.1 is not a public address/);
    expect(receiver.received.filter((r) => r.path === "/operator")).toEqual([]);
    // The facilitator sees the operator's hook by its origin only.
    const listed = await apiFetch(`${server.url}/api/rooms/${room.roomId}/webhooks`, {
      headers: facilitatorHeaders(room.facilitatorKey),
    });
    expect(await listed.json()).toEqual({
      webhooks: [expect.objectContaining({ id: "server-1", url: receiver.url, source: "server" })],
    });
    expect(lines.join("")).toContain("webhook attempt failed");
    expect(lines.join("")).not.toContain(SERVER_SECRET);
    expect(lines.join("")).not.toContain("/operator");
  });
});

describe("webhooks across a restart", () => {
  it("keep the hooks and finish a delivery that was still pending", async () => {
    const first = await startNode({ ...ALLOW, WEBHOOK_RETRY_BASE_MS: "500" });
    const { room, ada } = await meeting(first);
    await registerHook(first.url, room, {
      url: `${receiver.url}/restart`,
      events: ["decision.opened"],
    });
    receiver.answer({ status: 500 });
    await openSealedDecision(ada);
    await receiver.waitFor(1, "/restart");
    await waitForLog(first.url, room, (l) => l[0]?.attempts === 1);
    for (const client of clients.splice(0)) client.close();
    await first.close();
    const second = await startNode(ALLOW, first.dataDir);
    try {
      const [delivery] = await waitForLog(second.url, room, (l) => l[0]?.status === "delivered");
      expect(delivery?.history.map((h) => h.httpStatus)).toEqual([500, 204]);
      const requests = await receiver.waitFor(2, "/restart");
      expect(new Set(requests.map(idOf)).size).toBe(1);
    } finally {
      await second.dispose();
    }
  });
});
