// Decisions with a deadline, against real servers and socket.io-clients: the server closes
// the vote at its deadline while nobody is connected, a node that was down at the
// deadline closes it when it comes back, the next join shows it closed, and two nodes on
// one Redis close it once.
import type { RoomEvent } from "@stackboard/core";
import { findDecision } from "@stackboard/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_DECISION } from "./testing/commands.ts";
import { describeWithRedis } from "./testing/redis-server.ts";
import { createRoom } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

const clients: TestClient[] = [];
const nodes: TestNode[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const started of nodes.splice(0).reverse()) await started.dispose();
});

async function node(env: Record<string, string> = {}, dataDir?: string): Promise<TestNode> {
  const started = await startNode(env, dataDir);
  nodes.push(started);
  return started;
}

function clientOf(at: TestNode, roomId: string): TestClient {
  const client = new TestClient(at.url, roomId);
  clients.push(client);
  return client;
}

/** A room with `db` open for voting until `inMs` after it is set, and Bo's ballot in it. */
async function roomClosingIn(at: TestNode, inMs: number) {
  const { roomId, facilitatorKey } = await createRoom(at.url, "Async");
  const ada = clientOf(at, roomId);
  const bo = clientOf(at, roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey });
  await bo.mustJoin({ name: "Bo" });
  for (const command of DATABASE_DECISION) await ada.must(command);
  await ada.must({ type: "decision.open", decisionId: "db" });
  await ada.must({ type: "decision.setDeadline", decisionId: "db", closesAt: Date.now() + inMs });
  await bo.must({
    type: "ballot.cast",
    decisionId: "db",
    ballot: { mode: "pick", optionId: "pg" },
  });
  return { roomId, ada, bo };
}

const closes = (events: readonly RoomEvent[]) =>
  events.filter((event) => event.body.type === "decision.closed");

describe("decision deadlines", () => {
  it("refuses a deadline in the past and a ballot after the close", async () => {
    const server = await node();
    const { ada, bo } = await roomClosingIn(server, 2_000);
    const past = await ada.command({
      type: "decision.setDeadline",
      decisionId: "db",
      closesAt: Date.now() - 1_000,
    });
    expect(past).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
    await bo.waitFor(() => findDecision(bo.state, "db")?.status === "locked", "close", 8_000);
    const late = await bo.command({
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "pick", optionId: "pg" },
    });
    expect(late).toMatchObject({ ok: false, error: { code: "VOTING_LOCKED" } });
  });

  it("closes while nobody is connected, also on a node that was down at the deadline", async () => {
    const server = await node();
    const sleeper = await node();
    const quiet = await roomClosingIn(server, 1_500);
    const slept = await roomClosingIn(sleeper, 1_500);
    for (const client of [quiet.ada, quiet.bo, slept.ada, slept.bo]) client.close();
    await sleeper.close();
    await new Promise((resolve) => setTimeout(resolve, 4_000));

    // Nobody was there: the log closed it all the same, once, by the server.
    const log = await server.rooms.readAll(quiet.roomId);
    expect(closes(log)).toHaveLength(1);
    expect(closes(log)[0]).toMatchObject({ actorId: null });
    const next = clientOf(server, quiet.roomId);
    await next.mustJoin({ name: "Cy" });
    expect(findDecision(next.state, "db")).toMatchObject({ status: "locked" });
    expect(findDecision(next.state, "db")?.closedAt).toEqual(expect.any(Number));

    // The node that slept through the deadline closes it as it comes back.
    const awake = await node({}, sleeper.dataDir);
    const back = clientOf(awake, slept.roomId);
    await back.mustJoin({ name: "Cy" });
    await back.waitFor(() => findDecision(back.state, "db")?.status === "locked", "late", 3_000);
    expect(closes(await awake.rooms.readAll(slept.roomId))).toHaveLength(1);
  });
});

describeWithRedis("decision deadlines on two nodes", (redis) => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startNode({ REDIS_URL: redis.url }),
      startNode({ REDIS_URL: redis.url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it("closes once, whichever node is alive", async () => {
    const { roomId, ada, bo } = await roomClosingIn(a, 1_500);
    ada.close();
    bo.close();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const log = await b.rooms.readAll(roomId);
    expect(closes(log)).toHaveLength(1);
    const seen = clientOf(b, roomId);
    await seen.mustJoin({ name: "Cy" });
    expect(findDecision(seen.state, "db")?.status).toBe("locked");
  });
});
