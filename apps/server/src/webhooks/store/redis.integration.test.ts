import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithRedis } from "../../testing/redis-server.ts";
import { describeWebhookStoreContract, jobFor } from "./contract.ts";
import { openRedisWebhookStore } from "./redis.ts";
import { deliveryKey, type WebhookStore } from "./types.ts";

describeWithRedis("redis webhook store", (redis) => {
  let client: Redis;
  let prefix = "";
  beforeAll(() => {
    client = new Redis(redis.url);
  });
  afterAll(() => client.quit());
  const open = () => openRedisWebhookStore({ client, prefix });

  describeWebhookStoreContract("redis", {
    async open() {
      prefix = `${redis.keyPrefix}-${randomBytes(4).toString("hex")}`;
      return {
        store: open(),
        createRoom: async (roomId) => {
          await client.hset(`${prefix}:{${roomId}}:meta`, "roomId", roomId);
        },
      };
    },
    reopen: async () => open(),
    cleanup: async () => {},
  });

  it("leases a delivery to exactly one of many nodes racing for it", async () => {
    prefix = `${redis.keyPrefix}-${randomBytes(4).toString("hex")}`;
    const clients = Array.from({ length: 4 }, () => new Redis(redis.url));
    const stores: WebhookStore[] = clients.map((c) => openRedisWebhookStore({ client: c, prefix }));
    const roomId = randomBytes(16).toString("base64url");
    const job = jobFor(roomId, "msg_race");
    const offered = await Promise.all(stores.map((store) => store.enqueue(job)));
    expect(offered.filter(Boolean)).toHaveLength(1);
    const now = job.createdAt;
    const claims = await Promise.all(stores.map((store) => store.claimDue(now, 30_000, 10)));
    expect(claims.flat()).toEqual([{ roomId, key: deliveryKey(job) }]);
    const leases = await Promise.all(
      stores.map((store) => store.lease({ roomId, key: deliveryKey(job) }, now, 30_000)),
    );
    expect(leases.filter((leased) => "job" in leased)).toHaveLength(1);
    await Promise.all(clients.map((c) => c.quit()));
  });
});
