// Two server nodes sharing one Redis, both holding the room (a participant on each), both
// seeing every event: each message still reaches each hook once, and a retry is made by one
// node, not by both.
import { WebhookPayloadSchema } from "@stackboard/contracts";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { describeWithRedis } from "../testing/redis-server.ts";
import { createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";
import {
  openSealedDecision,
  registerHook,
  settleDecision,
  waitForLog,
} from "../testing/webhook-meeting.ts";
import { WebhookReceiver } from "../testing/webhook-receiver.ts";

describeWithRedis("webhooks with two nodes on Redis", (redis) => {
  let receiver: WebhookReceiver;
  let a: TestNode;
  let b: TestNode;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
  });
  afterAll(() => receiver.close());
  beforeEach(async () => {
    const env = {
      REDIS_URL: redis.url,
      WEBHOOK_ALLOW_PRIVATE: "true",
      WEBHOOK_RETRY_BASE_MS: "50",
    };
    a = await startNode(env);
    b = await startNode(env);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it("deliver each event once per hook, not once per node", async () => {
    const room = await createRoom(a.url, "Two nodes");
    const ada = new TestClient(a.url, room.roomId);
    const bo = new TestClient(b.url, room.roomId);
    clients.push(ada, bo);
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await bo.mustJoin({ name: "Bo" });
    const one = await registerHook(a.url, room, { url: `${receiver.url}/one` });
    const two = await registerHook(b.url, room, { url: `${receiver.url}/two`, format: "slack" });
    // The first attempt at the first message fails: its retry, too, comes from one node only.
    receiver.answer({ status: 500 });

    await openSealedDecision(ada);
    await bo.must({
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "pick", optionId: "pg" },
    });
    await settleDecision(ada);
    await bo.waitForSeq(ada.seq);
    // Both nodes hold the room, so both saw every event.
    expect(a.rooms.loadedRooms).toBeGreaterThan(0);
    expect(b.rooms.loadedRooms).toBeGreaterThan(0);

    const logA = await waitForLog(
      a.url,
      room,
      (l) => l.length === 8 && l.every((d) => d.status === "delivered"),
    );
    const logB = await waitForLog(b.url, room, (l) => l.length === 8);
    expect(logB).toEqual(logA);
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const toOne = receiver.received.filter((r) => r.path === "/one");
    const toTwo = receiver.received.filter((r) => r.path === "/two");
    const ids = (requests: typeof toOne) => requests.map((r) => String(r.headers["webhook-id"]));
    expect(new Set(ids(toOne)).size).toBe(4);
    expect(new Set(ids(toTwo)).size).toBe(4);
    expect(toOne.length + toTwo.length).toBe(9); // 8 messages, one of them tried twice
    const attempts = logA.reduce((sum, delivery) => sum + delivery.attempts, 0);
    expect(attempts).toBe(9);
    for (const request of toOne) {
      const payload = new Webhook(one.secret).verify(
        request.body,
        request.headers as Record<string, string>,
      );
      expect(WebhookPayloadSchema.safeParse(payload).success).toBe(true);
    }
    for (const request of toTwo) {
      expect(() =>
        new Webhook(two.secret).verify(request.body, request.headers as Record<string, string>),
      ).not.toThrow();
    }
  });
});
