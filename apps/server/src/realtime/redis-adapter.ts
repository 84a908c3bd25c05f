// The connections behind @socket.io/redis-adapter, which carries `io.to(...)` broadcasts
// (presence) to the sockets of every node. Room events do not travel this way: each node
// emits them with `io.local` from its own store subscription (see docs/redis.md).
import { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import { closeClient, connect, type RedisLogger, waitReady } from "../store/redis/connection.ts";

/** The adapter's channels; kept apart from the room channels by their own prefix. */
export const ADAPTER_KEY = "sb-io";

export interface AdapterConnections {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

const ADAPTER_CALLS = ["publish", "psubscribe", "subscribe", "punsubscribe", "unsubscribe"];

export async function openAdapter(url: string, logger: RedisLogger): Promise<AdapterConnections> {
  const pub = connect({ url, role: "adapter-pub", logger });
  // Subscriptions may wait for a connection and are renewed by ioredis after a reconnect:
  // a lost presence broadcast heals with the next one (each carries the whole roster).
  const sub = connect({
    url,
    role: "adapter-sub",
    logger,
    overrides: { enableOfflineQueue: true, autoResubscribe: true },
  });
  await Promise.all([waitReady(pub, 5_000), waitReady(sub, 5_000)]);
  for (const client of [pub, sub]) {
    muteRejections(client, ADAPTER_CALLS, logger);
  }
  return {
    adapter: createAdapter(pub, sub, { key: ADAPTER_KEY }),
    close: async () => {
      await Promise.all([closeClient(pub), closeClient(sub)]);
    },
  };
}

/**
 * The adapter calls these and never looks at the promise. While Redis is down each would
 * be an unhandled rejection (fatal under Node's default); the adapter's callers still get
 * the same promise, now with a handler that logs at debug level.
 */
function muteRejections(client: Redis, methods: readonly string[], logger: RedisLogger): void {
  for (const name of methods) {
    // Found on the prototype; the instance property set below only shadows it.
    const original: unknown = Reflect.get(client, name);
    if (typeof original !== "function") continue;
    Reflect.set(client, name, (...args: unknown[]) => {
      const result: unknown = Reflect.apply(original, client, args);
      if (result instanceof Promise) {
        result.catch((err: unknown) => logger.debug({ err, call: name }, "adapter call failed"));
      }
      return result;
    });
  }
}
