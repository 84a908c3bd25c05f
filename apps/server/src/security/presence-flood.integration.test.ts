// Presence messages cost the server (and Redis) work like commands do, so they count
// against the same budgets: a socket that floods presence is cut off, and presence from
// one address uses up that address's budget. On both engines; prints the figures.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithRedis } from "../testing/redis-server.ts";
import { createRoom, fetchAsset } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

/** How long the flooder keeps sending at most, and how many messages at most. */
const FLOOD = { forMs: 5_000, atMost: 100_000 } as const;
const PER_SOCKET = 30;

/** stackboard_presence_updates_total by result, from the node's metrics listener. */
async function presenceResults(node: TestNode): Promise<Record<string, number>> {
  const text = await (await fetchAsset(`${node.metricsUrl}/metrics`)).text();
  const results: Record<string, number> = {};
  for (const match of text.matchAll(
    /^stackboard_presence_updates_total\{result="(\w+)"\} (\d+)/gm,
  )) {
    results[match[1] ?? ""] = Number(match[2]);
  }
  return results;
}

/** Commands Redis has executed so far (INFO commandstats), or null without Redis. */
async function redisCalls(url: string | null): Promise<number | null> {
  if (url === null) return null;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    const info = await client.info("commandstats");
    return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  } finally {
    client.disconnect();
  }
}

const pause = () => new Promise((resolve) => setImmediate(resolve));

function presenceFloodSuite(engine: string, env: () => Record<string, string>): void {
  let flooding: TestNode;
  let budgeted: TestNode;
  beforeAll(async () => {
    // All test clients share 127.0.0.1: the first node measures the per-socket budget,
    // the second the per-address one.
    flooding = await startNode({
      ...env(),
      COMMANDS_PER_SECOND: String(PER_SOCKET),
      COMMANDS_PER_SECOND_PER_IP: "1000000",
    });
    budgeted = await startNode({
      ...env(),
      COMMANDS_PER_SECOND: "1000",
      COMMANDS_PER_SECOND_PER_IP: "100",
    });
  });
  afterAll(async () => {
    await Promise.all([flooding?.dispose(), budgeted?.dispose()]);
  });

  it("cuts off a socket that floods presence; a bystander keeps every command", async () => {
    const room = await createRoom(flooding.url, "Presence flood");
    const flooder = new TestClient(flooding.url, room.roomId);
    const bystander = new TestClient(flooding.url, room.roomId);
    await flooder.mustJoin({ name: "Flooder" });
    await bystander.mustJoin({ name: "Bystander" });
    const redisBefore = await redisCalls(env().REDIS_URL ?? null);

    let floodDone = false;
    const bystanderRun = (async () => {
      const answers: string[] = [];
      // At least 20 commands, during the flood and after it.
      while (!floodDone || answers.length < 20) {
        const result = await bystander.command({
          type: "participant.rename",
          name: `Bystander ${answers.length % 10}`,
        });
        answers.push(result.ok ? "ok" : result.error.code);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return answers;
    })();

    const started = performance.now();
    let sent = 0;
    while (
      flooder.disconnectReason === null &&
      sent < FLOOD.atMost &&
      performance.now() - started < FLOOD.forMs
    ) {
      for (let i = 0; i < 200; i++) {
        flooder.setPresence(sent % 2 === 0 ? "away" : "online");
        sent += 1;
      }
      await pause();
    }
    await flooder
      .waitFor(() => flooder.disconnectReason !== null, "the flooder to be cut off", 5_000)
      .catch(() => undefined);
    const cutOffAfterMs = performance.now() - started;
    floodDone = true;
    const bystanderAnswers = await bystanderRun;
    const redisAfter = await redisCalls(env().REDIS_URL ?? null);
    const results = await presenceResults(flooding);

    const figures = {
      engine,
      sent,
      cutOff: flooder.disconnectReason,
      cutOffAfterMs: Math.round(cutOffAfterMs),
      presenceApplied: results.ok ?? 0,
      presenceRefused: results.RATE_LIMITED ?? 0,
      redisCommandsDuringFlood:
        redisBefore === null || redisAfter === null ? null : redisAfter - redisBefore,
      bystanderCommands: bystanderAnswers.length,
      bystanderAcknowledged: bystanderAnswers.filter((answer) => answer === "ok").length,
    };
    console.log(`presence flood: ${JSON.stringify(figures)}`);
    expect(flooder.disconnectReason).toBe("io server disconnect");
    // Within the socket's budget, whichever second windows the flood straddles.
    expect(figures.presenceApplied).toBeLessThanOrEqual(2 * PER_SOCKET);
    expect(figures.presenceRefused).toBeGreaterThan(0);
    expect(bystanderAnswers.length).toBeGreaterThan(0);
    expect(bystanderAnswers.filter((answer) => answer !== "ok")).toEqual([]);
    flooder.close();
    bystander.close();
  }, 30_000);

  it("cuts off a socket that floods made-up event names", async () => {
    const room = await createRoom(flooding.url, "Noise");
    const noisy = new TestClient(flooding.url, room.roomId);
    await noisy.mustJoin({ name: "Noisy" });
    const untyped = noisy.socket as unknown as { emit(event: string, payload: unknown): void };
    let sent = 0;
    while (noisy.disconnectReason === null && sent < 20_000) {
      for (let i = 0; i < 200; i++, sent++) untyped.emit(`made-up-${sent % 7}`, { sent });
      await pause();
    }
    await noisy.waitFor(() => noisy.disconnectReason !== null, "the noise to be cut off", 5_000);
    console.log(`made-up events (${engine}): cut off after ${sent} sent`);
    expect(noisy.disconnectReason).toBe("io server disconnect");
  }, 30_000);

  it("counts presence against the address's budget", async () => {
    const room = await createRoom(budgeted.url, "Presence budget");
    const sockets = Array.from({ length: 6 }, () => new TestClient(budgeted.url, room.roomId));
    for (const [i, socket] of sockets.entries()) await socket.mustJoin({ name: `Tab ${i}` });
    // A fresh one-second window for the address, then 5 tabs x 80 presence messages.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const before = await presenceResults(budgeted);
    for (const socket of sockets.slice(0, 5)) {
      for (let i = 0; i < 80; i++) socket.setPresence(i % 2 === 0 ? "away" : "online");
    }
    const seen = () =>
      presenceResults(budgeted).then(
        (now) =>
          (now.ok ?? 0) + (now.RATE_LIMITED ?? 0) - (before.ok ?? 0) - (before.RATE_LIMITED ?? 0),
      );
    const deadline = Date.now() + 10_000;
    while ((await seen()) < 400 && Date.now() < deadline) await pause();
    const sixth = await sockets[5]?.command({ type: "participant.rename", name: "Sixth" });
    const after = await presenceResults(budgeted);
    const applied = (after.ok ?? 0) - (before.ok ?? 0);
    const refused = (after.RATE_LIMITED ?? 0) - (before.RATE_LIMITED ?? 0);
    console.log(
      `presence budget (${engine}): 400 presence messages from one address with a budget of 100/s: ${applied} applied, ${refused} refused; a command right after: ${sixth?.ok ? "ok" : sixth?.error.code}`,
    );
    expect(applied + refused).toBe(400);
    expect(applied).toBeLessThanOrEqual(200);
    expect(sixth).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    for (const socket of sockets) socket.close();
  }, 30_000);
}

describe("presence flood, embedded engine", () => presenceFloodSuite("embedded", () => ({})));

describeWithRedis(
  "presence flood, Redis engine",
  (redis) => presenceFloodSuite("redis", () => ({ REDIS_URL: redis.url })),
  // Its own Redis, so that INFO commandstats counts only this test's work.
  { private: true },
);
