// The server ends timers at zero, against real servers and socket.io-clients: an auto-lock
// timer locks its decision for everyone on time, a paused one waits, an extended one runs
// on, a room loaded after its timer ran out expires at once, and two nodes holding the room
// on one Redis expire it once. The waits run side by side: a timer is at least 5 s.
import type { CommandBody, RoomEvent } from "@stackboard/core";
import { findDecision, LIMITS } from "@stackboard/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_DECISION } from "./testing/commands.ts";
import { describeWithRedis } from "./testing/redis-server.ts";
import { createRoom } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

const TIMER_MS = LIMITS.minTimerMs;
/** How late an expiry may reach the clients (timers, CI on 2 cores). */
const SLACK_MS = 1_000;

const clients: TestClient[] = [];
const nodes: TestNode[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  // Newest first, one by one: a restarted node shares its data directory with the first.
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

/** A room with the `db` decision open for voting, Ada facilitating and Bo voting. */
async function votingRoom(ada: TestNode, bo: TestNode = ada) {
  const { roomId, facilitatorKey } = await createRoom(ada.url, "Timer");
  const facilitator = clientOf(ada, roomId);
  const voter = clientOf(bo, roomId);
  await facilitator.mustJoin({ name: "Ada", facilitatorKey });
  await voter.mustJoin({ name: "Bo" });
  for (const command of DATABASE_DECISION) await facilitator.must(command);
  await facilitator.must({ type: "decision.open", decisionId: "db" });
  return { roomId, ada: facilitator, bo: voter };
}

const start = (autoLock: boolean): CommandBody => ({
  type: "timer.start",
  decisionId: "db",
  durationMs: TIMER_MS,
  autoLock,
});

const expiries = (events: readonly RoomEvent[]) =>
  events.filter((event) => event.body.type === "timer.expired");

describe("timer expiry", () => {
  it("locks, waits while paused, runs on when extended, and expires a room loaded late", async () => {
    const server = await node();
    const sleeper = await node();
    const locking = await votingRoom(server);
    const paused = await votingRoom(server);
    const extended = await votingRoom(server);
    const late = await votingRoom(sleeper);

    await late.ada.must(start(false));
    for (const client of [late.ada, late.bo]) client.close();
    await sleeper.close();

    const startedAt = Date.now();
    await Promise.all([
      locking.ada.must(start(true)),
      paused.ada.must(start(true)).then(() => paused.ada.must({ type: "timer.pause" })),
      extended.ada
        .must(start(true))
        .then(() => extended.ada.must({ type: "timer.extend", byMs: 1_000 })),
    ]);

    // Everyone sees the expiry and the lock it brings, on time.
    for (const client of [locking.ada, locking.bo]) {
      await client.waitFor(() => client.state.timer?.expired === true, "expiry", 2 * TIMER_MS);
      expect(findDecision(client.state, "db")?.status).toBe("locked");
      expect(expiries(client.received)).toHaveLength(1);
    }
    const lockedAfter = Date.now() - startedAt;
    expect(lockedAfter).toBeGreaterThanOrEqual(TIMER_MS - 50);
    expect(lockedAfter).toBeLessThan(TIMER_MS + SLACK_MS);
    // Ballots are refused from then on.
    const ballot = await locking.bo.command({
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "pick", optionId: "pg" },
    });
    expect(ballot).toMatchObject({ ok: false, error: { code: "VOTING_LOCKED" } });

    // Extended by a second: not yet expired at the first deadline, expired after the second.
    expect(extended.bo.state.timer?.expired).toBe(false);
    await extended.bo.waitFor(() => extended.bo.state.timer?.expired === true, "extended", 3_000);
    const extendedAfter = Date.now() - startedAt;
    expect(extendedAfter).toBeGreaterThanOrEqual(TIMER_MS + 1_000 - 50);
    expect(findDecision(extended.bo.state, "db")?.status).toBe("locked");

    // The paused timer did not run out, nor lock its decision.
    expect(paused.bo.state.timer).toMatchObject({ expired: false });
    expect(paused.bo.state.timer?.pausedRemainingMs).toBeGreaterThan(TIMER_MS - 1_000);
    expect(findDecision(paused.bo.state, "db")?.status).toBe("voting");
    expect(expiries(await server.rooms.readAll(paused.roomId))).toEqual([]);

    // A node starting after the deadline expires the timer as the room loads.
    const awake = await node({}, sleeper.dataDir);
    const back = clientOf(awake, late.roomId);
    await back.mustJoin({ name: "Ada", participantToken: late.ada.participantToken });
    await back.waitFor(() => back.state.timer?.expired === true, "late expiry", 2_000);
    expect(expiries(await awake.rooms.readAll(late.roomId))).toHaveLength(1);
  });
});

describeWithRedis("timer expiry on two nodes", (redis) => {
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

  it("appends one expiry when both nodes holding the room reach zero", async () => {
    const { roomId, ada, bo } = await votingRoom(a, b);
    await ada.must(start(true));
    for (const client of [ada, bo]) {
      await client.waitFor(() => client.state.timer?.expired === true, "expiry", 2 * TIMER_MS);
      expect(findDecision(client.state, "db")?.status).toBe("locked");
    }
    // Both nodes had fired by now; give a late duplicate time to show.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = await a.rooms.readAll(roomId);
    expect(expiries(log)).toHaveLength(1);
    expect(expiries(log)[0]).toMatchObject({ actorId: null });
    expect(expiries(bo.received)).toHaveLength(1);
  });
});
