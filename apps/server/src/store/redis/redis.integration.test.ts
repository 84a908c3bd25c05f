// The Redis engine against a real Redis: the shared store contract, then what only Redis
// has (hash tags, the Lua sequencer under two stores, lost pub/sub, outages).
import { createHash } from "node:crypto";
import type { RoomEvent } from "@stackboard/core";
import { Redis } from "ioredis";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { createLogger } from "../../logger.ts";
import { describeWithRedis, type RedisForTests } from "../../testing/redis-server.ts";
import { describeStoreContract, newRoomId, pendingEvent } from "../contract.ts";
import type { PendingEvent, RoomStore } from "../types.ts";
import { openRedisStore, type RedisStore } from "./store.ts";

const logger = createLogger("silent");

function open(redis: RedisForTests): Promise<RedisStore> {
  return openRedisStore({ url: redis.url, keyPrefix: redis.keyPrefix, logger });
}

function created(roomId: string): PendingEvent {
  return {
    at: Date.now(),
    actorId: null,
    commandId: null,
    body: {
      type: "room.created",
      roomId,
      title: "Stack",
      templateId: null,
      criteria: [],
      decisions: [],
    },
  };
}

async function newRoom(store: RoomStore): Promise<string> {
  const roomId = newRoomId();
  const facilitatorKeyHash = createHash("sha256").update(roomId).digest("hex");
  await store.createRoom({ roomId, createdAt: Date.now(), facilitatorKeyHash }, created(roomId));
  return roomId;
}

/** Appends until it lands, re-reading the head on each conflict (as the room service does). */
async function appendRetrying(store: RoomStore, roomId: string, title: string): Promise<number> {
  for (;;) {
    const seq = await store.latestSeq(roomId);
    const result = await store.append(roomId, seq, pendingEvent(title, title));
    if (result.status !== "conflict") return result.event.seq;
  }
}

describeWithRedis("redis engine", (redis) => {
  describeStoreContract("redis", {
    open: () => open(redis),
    reopen: () => open(redis),
    cleanup: async () => {},
  });
});

/** Redis Cluster's key slot: CRC16 (XMODEM) of the hash tag if there is one, mod 16384. */
function keySlot(key: string): number {
  const open = key.indexOf("{");
  const close = open >= 0 ? key.indexOf("}", open + 1) : -1;
  const hashed = close > open + 1 ? key.slice(open + 1, close) : key;
  let crc = 0;
  for (const byte of Buffer.from(hashed)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc % 16384;
}

describeWithRedis("redis engine specifics", (redis) => {
  let stores: RedisStore[] = [];
  let admin: Redis;

  beforeEach(() => {
    admin = new Redis(redis.url);
  });

  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    stores = [];
    admin.disconnect();
  });

  async function store(): Promise<RedisStore> {
    const opened = await open(redis);
    stores.push(opened);
    return opened;
  }

  it("computes key slots as Redis Cluster does", () => {
    // Published reference values (CLUSTER KEYSLOT on a cluster node).
    expect(keySlot("123456789")).toBe(12739);
    expect(keySlot("{user1000}.following")).toBe(keySlot("{user1000}.followers"));
    expect(keySlot("foo{}{bar}")).toBe(keySlot("foo{}{bar}"));
  });

  it("keeps every key and the channel of a room in the room's hash slot", async () => {
    const s = await store();
    const roomId = await newRoom(s);
    await s.append(roomId, 1, pendingEvent("a", "cmd-a"));
    await s.saveParticipantToken(roomId, "ab".repeat(32), "p-1");
    await s.saveSnapshot(roomId, { seq: 2, state: { ...(await snapshotState(s, roomId)) } });
    await s.client.sbPresenceSet(s.keys.room(roomId).presence, "1000", "n|s|p", "online");
    const keys = await admin.keys(`${redis.keyPrefix}:{${roomId}}*`);
    expect(keys.sort()).toEqual(
      ["cmds", "log", "meta", "presence", "snapshot", "tokens"].map(
        (name) => `${redis.keyPrefix}:{${roomId}}:${name}`,
      ),
    );
    const slots = new Set([...keys, s.keys.room(roomId).channel].map(keySlot));
    expect(slots).toEqual(new Set([keySlot(roomId)]));
  });

  it("sequences 50 concurrent appenders on two stores without gap or repeat", async () => {
    const [a, b] = [await store(), await store()];
    const roomId = await newRoom(a);
    const writers = 50;
    const perWriter = 2;
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        const mine = w % 2 === 0 ? a : b;
        for (let i = 0; i < perWriter; i++) await appendRetrying(mine, roomId, `w${w}-${i}`);
      }),
    );
    const events = await b.readEvents(roomId, 0);
    const total = 1 + writers * perWriter;
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(events.map((e) => e.commandId)).size).toBe(total);
  });

  it("delivers every event once, in order, across a killed pub/sub connection", async () => {
    const [reader, writer] = [await store(), await store()];
    const roomId = await newRoom(writer);
    const seen: number[] = [];
    reader.subscribe(roomId, (event) => seen.push(event.seq));
    const channel = reader.keys.room(roomId).channel;
    const subscribed = async () => {
      const reply = await admin.call("PUBSUB", "NUMSUB", channel);
      expect(Array.isArray(reply) ? Number(reply[1]) : 0).toBe(1);
    };
    const total = 60;
    for (let i = 0; i < total; i++) {
      if (i === 20 || i === 40) {
        await vi.waitFor(subscribed);
        expect(Number(await admin.call("CLIENT", "KILL", "TYPE", "pubsub"))).toBeGreaterThan(0);
      }
      await appendRetrying(writer, roomId, `k${i}`);
    }
    const last = 1 + total;
    await vi.waitFor(() => expect(seen.at(-1)).toBe(last), { timeout: 5_000 });
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 2));
  });

  it("gives each listener its own subscription and unsubscribes the room after the last", async () => {
    const s = await store();
    const roomId = await newRoom(s);
    const first: number[] = [];
    const second: number[] = [];
    const stopFirst = s.subscribe(roomId, (event) => first.push(event.seq));
    const stopSecond = s.subscribe(roomId, (event) => {
      second.push(event.seq);
      throw new Error("a listener bug must not stop the others");
    });
    await s.append(roomId, 1, pendingEvent("x"));
    await vi.waitFor(() => expect([first, second]).toEqual([[2], [2]]));
    stopFirst();
    stopSecond();
    expect(s.subscribedRoomIds()).not.toContain(roomId);
    await vi.waitFor(async () => {
      const channels = await admin.call("PUBSUB", "CHANNELS", `${redis.keyPrefix}:*`);
      expect(channels).toEqual([]);
    });
  });

  it("refuses room ids that would leave their hash tag", async () => {
    const s = await store();
    for (const roomId of ["a}b{cdefghijklmnop", "short", "x".repeat(65)]) {
      expect(await s.getMeta(roomId)).toBeNull();
      expect(await s.readEvents(roomId, 0)).toEqual([]);
      await expect(s.append(roomId, 0, pendingEvent("x"))).rejects.toThrow("Invalid room id");
    }
  });

  it("keeps the newest snapshot when an older one arrives later (another node)", async () => {
    const s = await store();
    const roomId = await newRoom(s);
    for (let i = 1; i <= 4; i++) await s.append(roomId, i, pendingEvent(`t${i}`));
    const state = await snapshotState(s, roomId);
    await s.saveSnapshot(roomId, { seq: 4, state: { ...state, seq: 4 } });
    await s.saveSnapshot(roomId, { seq: 2, state: { ...state, seq: 2 } });
    expect((await s.loadSnapshot(roomId))?.seq).toBe(4);
    await expect(s.saveSnapshot(roomId, { seq: 9, state })).rejects.toThrow("ahead of the log");
  });
});

async function snapshotState(store: RoomStore, roomId: string) {
  const { emptyRoom, reduceAll } = await import("@stackboard/core");
  return reduceAll(emptyRoom(), await store.readEvents(roomId, 0));
}

describeWithRedis(
  "redis engine during an outage",
  (redis) => {
    let s: RedisStore;

    beforeEach(async () => {
      s = await open(redis);
    });

    afterEach(async () => {
      await s.close();
      await redis.server?.resume();
    });

    /** How long a call takes to fail, and with what. */
    async function failure(call: () => Promise<unknown>) {
      const started = performance.now();
      const error = await call().then(
        () => null,
        (err: unknown) => err,
      );
      return { ms: performance.now() - started, error };
    }

    it("fails fast with STORE_UNAVAILABLE while Redis is down and keeps what it acknowledged", async () => {
      const server = redis.server;
      if (server === null) throw new Error("needs a private redis-server");
      const roomId = await newRoom(s);
      const seen: RoomEvent[] = [];
      s.subscribe(roomId, (event) => seen.push(event));
      for (let i = 1; i <= 10; i++) await s.append(roomId, i, pendingEvent(`before${i}`, `b${i}`));
      const acknowledged = await s.readEvents(roomId, 0);

      await server.stop();
      const calls = [
        () => s.append(roomId, 11, pendingEvent("during", "during-1")),
        () => s.readEvents(roomId, 0),
        () => s.latestSeq(roomId),
        () => s.getMeta(roomId),
      ];
      for (const call of calls) {
        const { ms, error } = await failure(call);
        expect(ms).toBeLessThan(1_000);
        expect(error).toMatchObject({ name: "StackboardError", code: "STORE_UNAVAILABLE" });
      }
      expect(await s.isReady()).toBe(false);

      await server.resume();
      await vi.waitFor(async () => expect(await s.isReady()).toBe(true), { timeout: 10_000 });
      expect(await s.readEvents(roomId, 0)).toEqual(acknowledged);
      // The command refused during the outage may now be sent again, once.
      expect((await s.append(roomId, 11, pendingEvent("during", "during-1"))).status).toBe(
        "appended",
      );
      await vi.waitFor(() => expect(seen.map((e) => e.seq)).toEqual(range(2, 12)));
    });

    it("keeps every acknowledged event across a crash (SIGKILL) with appendfsync always", async () => {
      const server = redis.server;
      if (server === null) throw new Error("needs a private redis-server");
      const roomId = await newRoom(s);
      const acked: number[] = [];
      let stop = false;
      const writer = (async () => {
        let seq = 1;
        while (!stop) {
          const result = await s.append(roomId, seq, pendingEvent(`c${seq}`)).catch(() => null);
          if (result?.status === "appended") {
            seq = result.event.seq;
            acked.push(seq);
          } else if (result?.status === "conflict") {
            seq = result.latestSeq; // the reply of an append cut off by the crash was lost
          } else {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      })();
      await vi.waitFor(() => expect(acked.length).toBeGreaterThan(30));
      await server.kill();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await server.resume();
      await vi.waitFor(async () => expect(await s.isReady()).toBe(true), { timeout: 10_000 });
      stop = true;
      await writer;
      const kept = (await s.readEvents(roomId, 0)).map((e) => e.seq);
      expect(kept).toEqual(range(1, kept.length));
      for (const seq of acked) expect(kept).toContain(seq);
    });
  },
  { private: true, appendOnly: true },
);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
