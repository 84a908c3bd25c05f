// Presence shared through Redis: rosters span nodes, and a node that dies without a word
// drops out of every roster within its entries' lifetime plus one heartbeat.
import { afterEach, expect, it, vi } from "vitest";
import { createLogger } from "../logger.ts";
import { newRoomId } from "../store/contract.ts";
import { openRedisStore, type RedisStore } from "../store/redis/store.ts";
import { describeWithRedis } from "../testing/redis-server.ts";
import { RedisPresence, type Roster } from "./redis-presence.ts";

const logger = createLogger("silent");

describeWithRedis("redis presence", (redis) => {
  const opened: { store: RedisStore; presence: RedisPresence }[] = [];

  afterEach(async () => {
    for (const { store, presence } of opened.splice(0)) {
      await presence.close();
      await store.close();
    }
  });

  async function node(timing: { heartbeatMs?: number; lifetimeMs?: number } = {}) {
    const store = await openRedisStore({ url: redis.url, keyPrefix: redis.keyPrefix, logger });
    const presence = new RedisPresence({
      client: store.client,
      keys: store.keys,
      logger,
      ...timing,
    });
    opened.push({ store, presence });
    return presence;
  }

  it("combines every node's sockets per participant", async () => {
    const [a, b] = [await node(), await node()];
    const roomId = newRoomId();
    await a.set(roomId, "ada", "sock-a1", "away");
    await b.set(roomId, "ada", "sock-b1", "online");
    await b.set(roomId, "bo", "sock-b2", "away");
    const expected: Roster = new Map([
      ["ada", "online"],
      ["bo", "away"],
    ]);
    expect(await a.roster(roomId)).toEqual(expected);
    expect(await b.roster(roomId)).toEqual(expected);
    await b.remove(roomId, "ada", "sock-b1");
    expect((await a.roster(roomId)).get("ada")).toBe("away");
    await a.close();
    expect(await b.roster(roomId)).toEqual(new Map([["bo", "away"]]));
  });

  it("drops a silent node's sockets within lifetime + heartbeat and tells the others", async () => {
    const timing = { heartbeatMs: 100, lifetimeMs: 300 };
    const [dying, alive] = [await node(timing), await node(timing)];
    const roomId = newRoomId();
    await dying.set(roomId, "ghost", "sock-1", "online");
    await alive.set(roomId, "host", "sock-2", "online");
    expect([...(await alive.roster(roomId)).keys()]).toEqual(["ghost", "host"]);
    const changes: Roster[] = [];
    alive.onRosterChange((changedRoom, roster) => {
      if (changedRoom === roomId) changes.push(roster);
    });
    // Entries outlive several heartbeats while their node beats.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect([...(await alive.roster(roomId)).keys()]).toEqual(["ghost", "host"]);
    expect(changes).toEqual([]);

    dying.stopHeartbeat();
    const died = performance.now();
    await vi.waitFor(() => expect(changes.at(-1)).toEqual(new Map([["host", "online"]])), {
      timeout: 2_000,
      interval: 10,
    });
    expect(performance.now() - died).toBeLessThan(timing.lifetimeMs + timing.heartbeatMs + 150);
  });
});
