// Two real server nodes in this process sharing one Redis, and real socket.io-clients on
// both: one meeting served by both nodes ends with every replica equal, whatever happens
// to pub/sub connections, to a node, or to Redis itself.
import type { CommandResult } from "@stackboard/contracts";
import { Redis } from "ioredis";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { describeWithRedis, type RedisForTests } from "./testing/redis-server.ts";
import { createRoom, getRoom, readyStatus } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { newCommandId, TestClient } from "./testing/test-client.ts";

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Runs two nodes per test and closes them and every client afterwards. */
function useTwoNodes(redis: RedisForTests) {
  // Filled by beforeEach, before any test reads it.
  const ctx = {} as { a: TestNode; b: TestNode };
  const clients: TestClient[] = [];
  beforeEach(async () => {
    ctx.a = await startNode({ REDIS_URL: redis.url });
    ctx.b = await startNode({ REDIS_URL: redis.url });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await Promise.all([ctx.a.dispose(), ctx.b.dispose()]);
  });
  const client = (node: TestNode, roomId: string) => {
    const made = new TestClient(node.url, roomId);
    clients.push(made);
    return made;
  };
  return { ctx, client };
}

/** Every replica at `seq`, equal to what both nodes serve over REST. */
async function expectConverged(nodes: TestNode[], clients: TestClient[], seq: number) {
  const roomId = clients[0]?.roomId ?? "";
  for (const c of clients) await c.waitForSeq(seq);
  const served = await Promise.all(nodes.map((node) => getRoom(node.url, roomId)));
  for (const room of served) {
    expect(room.seq).toBe(seq);
    expect(room.state).toEqual(served[0]?.state);
  }
  for (const c of clients) {
    expect(c.state).toEqual(served[0]?.state);
    // Each replica applied every seq exactly once, in order (after its first snapshot).
    if (c.applied.length > 0) expect(c.applied).toEqual(range(c.applied[0] ?? 1, seq));
  }
}

const addDecision = (decisionId: string) =>
  ({ type: "decision.add", decisionId, title: "Database", context: "" }) as const;
const addOption = (decisionId: string, optionId: string, label: string) =>
  ({ type: "option.add", decisionId, optionId, label, catalogId: null }) as const;
const pick = (decisionId: string, optionId: string) =>
  ({ type: "ballot.cast", decisionId, ballot: { mode: "pick", optionId } }) as const;
const note = (annotationId: string) =>
  ({
    type: "annotation.add",
    annotationId,
    decisionId: "db",
    optionId: "pg",
    kind: "pro",
    text: annotationId,
  }) as const;

describeWithRedis("two server nodes on one Redis", (redis) => {
  const { ctx, client } = useTwoNodes(redis);

  /** A room created on A with a facilitator on A and a voter on B, board ready to vote. */
  async function meeting() {
    const room = await createRoom(ctx.a.url, "Checkout service");
    const ada = client(ctx.a, room.roomId);
    const bo = client(ctx.b, room.roomId);
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await bo.mustJoin({ name: "Bo" });
    await ada.must(addDecision("db"));
    await bo.must(addOption("db", "pg", "PostgreSQL"));
    return { room, ada, bo };
  }

  it("runs one meeting across both nodes and ends with equal replicas", async () => {
    const { room, ada, bo } = await meeting();
    const cy = client(ctx.a, room.roomId);
    const di = client(ctx.b, room.roomId);
    await cy.mustJoin({ name: "Cy" });
    await di.mustJoin({ name: "Di", role: "observer" });
    await cy.must(addOption("db", "mongo", "MongoDB"));
    await ada.must({
      type: "decision.configure",
      decisionId: "db",
      mode: "pick",
      dotsPerVoter: 5,
      sealed: false,
    });
    await ada.must({ type: "decision.open", decisionId: "db" });
    await bo.must(pick("db", "pg"));
    await cy.must(pick("db", "mongo"));
    await cy.must(pick("db", "pg"));
    await bo.must(note("n-bo"));
    await ada.must({ type: "decision.lock", decisionId: "db" });
    const last = await ada.must({
      type: "decision.decide",
      decisionId: "db",
      optionId: "pg",
      rationale: "Everyone knows it",
    });
    await expectConverged([ctx.a, ctx.b], [ada, bo, cy, di], last);
    const decided = ada.state.decisions.find((d) => d.id === "db");
    expect(decided?.status).toBe("decided");
    expect(decided?.ballots).toHaveLength(2);
  });

  it("gives 50 concurrent writers on both nodes seqs 1..N without gap or repeat", async () => {
    const { room, ada, bo } = await meeting();
    const writers = Array.from({ length: 50 }, (_, w) =>
      client(w % 2 === 0 ? ctx.a : ctx.b, room.roomId),
    );
    // Joining is itself a write: 50 concurrent joins on two nodes.
    await Promise.all(writers.map((w, i) => w.mustJoin({ name: `W${i}` })));
    const results = await Promise.all(
      writers.flatMap((w, i) => [w.command(note(`n${i}a`)), w.command(note(`n${i}b`))]),
    );
    const seqs = results.map((r) => (r.ok ? r.seq : r.error.code));
    expect(new Set(seqs).size).toBe(100);
    const events = await ctx.b.store.readEvents(room.roomId, 0);
    expect(events.map((e) => e.seq)).toEqual(range(1, events.length));
    const commandIds = events.flatMap((e) => (e.commandId === null ? [] : [e.commandId]));
    expect(new Set(commandIds).size).toBe(commandIds.length);
    await expectConverged([ctx.a, ctx.b], [ada, bo, ...writers], events.length);
    expect(ada.state.annotations).toHaveLength(100);
  });

  it("lets a client move from a closed node to the other and lose or repeat nothing", async () => {
    const room = await createRoom(ctx.b.url, "Moving");
    const ada = client(ctx.b, room.roomId);
    const bo = client(ctx.a, room.roomId);
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await bo.mustJoin({ name: "Bo" });
    await ada.must(addDecision("db"));
    await bo.must(addOption("db", "pg", "PostgreSQL"));
    const retried = newCommandId();
    const sent = await bo.must(note("before-move"), retried);
    await bo.waitForSeq(sent);

    await ctx.a.close();
    // The meeting goes on without Bo.
    for (let i = 0; i < 5; i++) await ada.must(note(`while-away-${i}`));
    const moved = await bo.moveTo(ctx.b.url);
    expect(moved).toMatchObject({ ok: true, participantId: bo.participantId });
    // Bo did not see the ack of its last command: the retry applies once.
    const again = await bo.command(note("before-move"), retried);
    // (The ack carries the room's seq when the node answers from its recent command ids.)
    expect(again).toMatchObject({ ok: true, duplicate: true });
    const last = await bo.must(note("after-move"));
    await expectConverged([ctx.b], [ada, bo], last);
    expect(bo.snapshots).toBe(1); // the first join only
    expect(bo.state.annotations.filter((n) => n.id === "before-move")).toHaveLength(1);
  });

  it("converges after the pub/sub connections are killed mid-meeting", async () => {
    const { room, ada, bo } = await meeting();
    const cy = client(ctx.b, room.roomId);
    await cy.mustJoin({ name: "Cy" });
    const admin = new Redis(redis.url);
    try {
      let last = 0;
      for (let round = 0; round < 3; round++) {
        await vi.waitFor(async () => expect(await ctx.a.store.isReady()).toBe(true));
        await vi.waitFor(async () => expect(await ctx.b.store.isReady()).toBe(true));
        expect(Number(await admin.call("CLIENT", "KILL", "TYPE", "pubsub"))).toBeGreaterThan(0);
        // Written on A right after the kill and nothing after them: B's clients get these
        // only if B's store reads what its subscription missed.
        for (let i = 0; i < 5; i++) last = await ada.must(note(`k${round}-${i}`));
      }
      await expectConverged([ctx.a, ctx.b], [ada, bo, cy], last);
    } finally {
      admin.disconnect();
    }
  });

  it("restarts both nodes and loses no room", async () => {
    const rooms: { roomId: string; seq: number }[] = [];
    for (let r = 0; r < 3; r++) {
      const { room, ada } = await meeting();
      const seq = await ada.must(note(`r${r}`));
      rooms.push({ roomId: room.roomId, seq });
    }
    const before = await Promise.all(rooms.map(({ roomId }) => getRoom(ctx.a.url, roomId)));
    await Promise.all([ctx.a.dispose(), ctx.b.dispose()]);
    ctx.a = await startNode({ REDIS_URL: redis.url });
    ctx.b = await startNode({ REDIS_URL: redis.url });
    for (const [i, { roomId, seq }] of rooms.entries()) {
      for (const node of [ctx.a, ctx.b]) {
        const after = await getRoom(node.url, roomId);
        expect(after.seq).toBe(seq);
        expect(after).toEqual(before[i]);
      }
    }
    expect(await ctx.b.store.listRooms()).toEqual(
      expect.arrayContaining(rooms.map((r) => r.roomId)),
    );
  });

  it("shows a participant on node A as online to a client on node B", async () => {
    const room = await createRoom(ctx.a.url, "Presence");
    const bo = client(ctx.b, room.roomId);
    await bo.mustJoin({ name: "Bo" });
    const ada = client(ctx.a, room.roomId);
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    const adaId = ada.participantId ?? "";
    await bo.waitFor(() => bo.statusOf(adaId) === "online", "Ada online");
    ada.setPresence("away");
    await bo.waitFor(() => bo.statusOf(adaId) === "away", "Ada away");
    ada.close();
    await bo.waitFor(() => bo.statusOf(adaId) === "offline", "Ada offline");
    expect(bo.statusOf(bo.participantId ?? "")).toBe("online");
  });
});

describeWithRedis(
  "two server nodes while Redis stops and restarts",
  (redis) => {
    const { ctx, client } = useTwoNodes(redis);

    afterEach(async () => {
      await redis.server?.resume();
    });

    it("answers STORE_UNAVAILABLE during the outage and keeps every acknowledged event", async () => {
      const server = redis.server;
      if (server === null) throw new Error("needs a private redis-server");
      const room = await createRoom(ctx.a.url, "Outage");
      const ada = client(ctx.a, room.roomId);
      const bo = client(ctx.b, room.roomId);
      await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
      await bo.mustJoin({ name: "Bo" });
      await ada.must(addDecision("db"));
      await bo.must(addOption("db", "pg", "PostgreSQL"));
      const acked: number[] = [];
      for (let i = 0; i < 5; i++) acked.push(await (i % 2 ? ada : bo).must(note(`pre${i}`)));

      await server.stop();
      const started = performance.now();
      const during: CommandResult[] = [];
      for (let i = 0; i < 4; i++) during.push(await (i % 2 ? ada : bo).command(note(`out${i}`)));
      const ackMs = (performance.now() - started) / during.length;
      for (const result of during) {
        expect(result).toMatchObject({ ok: false, error: { code: "STORE_UNAVAILABLE" } });
      }
      expect(ackMs).toBeLessThan(1_000);
      expect(await readyStatus(ctx.a.url)).toBe(503);
      expect(await readyStatus(ctx.b.url)).toBe(503);

      await server.resume();
      await vi.waitFor(
        async () => {
          expect(await readyStatus(ctx.a.url)).toBe(200);
          expect(await readyStatus(ctx.b.url)).toBe(200);
        },
        { timeout: 10_000, interval: 50 },
      );
      for (let i = 0; i < 4; i++) acked.push(await (i % 2 ? ada : bo).must(note(`post${i}`)));
      const events = await ctx.a.store.readEvents(room.roomId, 0);
      expect(events.map((e) => e.seq)).toEqual(range(1, events.length));
      for (const seq of acked) expect(events.map((e) => e.seq)).toContain(seq);
      const last = acked.at(-1) ?? 0;
      expect(events.length).toBe(last);
      await expectConverged([ctx.a, ctx.b], [ada, bo], last);
    });
  },
  { private: true, appendOnly: true },
);
