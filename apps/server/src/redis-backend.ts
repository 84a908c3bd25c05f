// Everything a server node needs when REDIS_URL is set: the Redis room store, presence
// shared by all nodes, rate limits shared by all nodes, and the Socket.IO adapter that
// carries broadcasts between nodes. server.ts imports this file only when Redis is used.
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
} from "rate-limiter-flexible";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { roomChannel } from "./realtime/channels.ts";
import { budgetOf, type CommandBudget } from "./realtime/command-budget.ts";
import { openAdapter } from "./realtime/redis-adapter.ts";
import { RedisPresence } from "./realtime/redis-presence.ts";
import type { AppServer } from "./realtime/types.ts";
import { WRONG_PASSPHRASES } from "./rooms/access.ts";
import { openRedisStore, type RedisStore } from "./store/redis/store.ts";

export interface RedisBackend {
  store: RedisStore;
  presence: RedisPresence;
  ipBudget: CommandBudget;
  roomCreationLimiter: RateLimiterAbstract;
  passphraseLimiter: RateLimiterAbstract;
  /** Joins this node's Socket.IO server to the others. */
  attach(io: AppServer): void;
  /** Closes the adapter's connections; store and presence close themselves. */
  close(): Promise<void>;
}

type BackendConfig = Pick<
  Config,
  "redisUrl" | "snapshotEvery" | "commandsPerSecondPerIp" | "roomsPerIpPerHour"
>;

export async function openRedisBackend(
  config: BackendConfig,
  logger: Logger,
): Promise<RedisBackend> {
  const url = config.redisUrl;
  if (url === null) throw new Error("openRedisBackend needs REDIS_URL");
  const store = await openRedisStore({ url, snapshotEvery: config.snapshotEvery, logger });
  const presence = new RedisPresence({ client: store.client, keys: store.keys, logger });
  const connections = await openAdapter(url, logger);
  const limiter = (name: string, points: number, duration: number) =>
    new RateLimiterRedis({
      storeClient: store.client,
      keyPrefix: `${store.keys.prefix}:rl:${name}`,
      points,
      duration,
      // While Redis is away each node limits on its own rather than failing the request:
      // the command itself then answers STORE_UNAVAILABLE, which says what is wrong.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points, duration, keyPrefix: name }),
      // A key over its limit is refused from this node's memory until its window ends:
      // a flood's excess costs Redis nothing.
      inMemoryBlockOnConsumed: points + 1,
    });
  return {
    store,
    presence,
    // Shared, so an address gets one budget however many nodes it reaches. (A socket lives
    // on one node: its own budget is counted there, in memory.)
    ipBudget: budgetOf(limiter("ip", config.commandsPerSecondPerIp, 1)),
    roomCreationLimiter: limiter("rooms", config.roomsPerIpPerHour, 3600),
    // Shared, or a guesser would get a fresh allowance from every node.
    passphraseLimiter: limiter(
      "passphrase",
      WRONG_PASSPHRASES.guesses,
      WRONG_PASSPHRASES.windowSeconds,
    ),
    attach(io) {
      io.adapter(connections.adapter);
      // A roster that changed without anyone on this node doing anything (another node
      // died, its entries expired) goes to this node's own sockets; every node does the
      // same for its sockets.
      presence.onRosterChange((roomId, roster) => {
        const participants = [...roster].map(([participantId, status]) => ({
          participantId,
          status,
        }));
        io.local.to(roomChannel(roomId)).emit("presence", { roomId, participants });
      });
    },
    close: () => connections.close(),
  };
}
