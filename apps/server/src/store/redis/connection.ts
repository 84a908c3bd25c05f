// Redis connections that fail fast. While Redis is down a command must not wait in a queue
// for minutes: it fails at once (no offline queue, no resend after a reconnect) or after
// COMMAND_TIMEOUT_MS, so the room service answers STORE_UNAVAILABLE and the client may
// retry with the same command id. Meanwhile the client reconnects by itself, with backoff.
import { StackboardError } from "@stackboard/contracts";
import { Redis, type RedisOptions } from "ioredis";
import {
  APPEND,
  CREATE_ROOM,
  PRESENCE_ROSTER,
  PRESENCE_SET,
  REMOVE_TOKENS,
  SAVE_SNAPSHOT,
  SAVE_TOKEN,
  SET_PASSPHRASE,
} from "./scripts.ts";

type LogFn = (fields: object, message: string) => void;

/** Structurally a subset of pino's logger: what the Redis pieces log with. */
export interface RedisLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export const CONNECT_TIMEOUT_MS = 1_000;
export const COMMAND_TIMEOUT_MS = 1_000;
/** Longest pause between reconnection attempts. */
export const MAX_RECONNECT_DELAY_MS = 1_000;

/** 100, 200, 400, 800, 1000, 1000 ... ms, plus jitter so nodes do not reconnect in step. */
export function reconnectDelay(attempt: number): number {
  const base = Math.min(50 * 2 ** Math.min(attempt, 5), MAX_RECONNECT_DELAY_MS);
  return base + Math.floor(Math.random() * 100);
}

export const FAIL_FAST = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  // A command cut off by a disconnect may or may not have run; resending it later, after
  // the caller was told it failed, would be a surprise. Callers retry with command ids.
  autoResendUnfulfilledCommands: false,
  connectTimeout: CONNECT_TIMEOUT_MS,
  commandTimeout: COMMAND_TIMEOUT_MS,
  retryStrategy: reconnectDelay,
  // Commands issued in the same tick share one round trip (appends, reads, limiter calls).
  enableAutoPipelining: true,
} satisfies RedisOptions;

/** The room scripts, callable by name once `defineScripts` ran (EVALSHA, EVAL on NOSCRIPT). */
export interface ScriptedRedis extends Redis {
  sbCreateRoom(meta: string, log: string, cmds: string, ...argv: string[]): Promise<number>;
  sbAppend(meta: string, log: string, cmds: string, ...argv: string[]): Promise<unknown>;
  sbSaveSnapshot(meta: string, snapshot: string, seq: string, state: string): Promise<string>;
  sbSaveToken(meta: string, tokens: string, hash: string, participant: string): Promise<number>;
  sbRemoveTokens(tokens: string, participant: string): Promise<number>;
  sbSetPassphrase(meta: string, passphraseHash: string): Promise<number>;
  sbPresenceSet(presence: string, ...argv: string[]): Promise<number>;
  sbPresenceRoster(presence: string): Promise<unknown>;
}

const SCRIPTS: Record<string, { lua: string; numberOfKeys: number }> = {
  sbCreateRoom: { lua: CREATE_ROOM, numberOfKeys: 3 },
  sbAppend: { lua: APPEND, numberOfKeys: 3 },
  sbSaveSnapshot: { lua: SAVE_SNAPSHOT, numberOfKeys: 2 },
  sbSaveToken: { lua: SAVE_TOKEN, numberOfKeys: 2 },
  sbRemoveTokens: { lua: REMOVE_TOKENS, numberOfKeys: 1 },
  sbSetPassphrase: { lua: SET_PASSPHRASE, numberOfKeys: 1 },
  sbPresenceSet: { lua: PRESENCE_SET, numberOfKeys: 1 },
  sbPresenceRoster: { lua: PRESENCE_ROSTER, numberOfKeys: 1 },
};

export function defineScripts(client: Redis): ScriptedRedis {
  for (const [name, script] of Object.entries(SCRIPTS)) client.defineCommand(name, script);
  // defineCommand adds the methods at run time; ScriptedRedis names what it added.
  return client as ScriptedRedis;
}

export interface ConnectionOptions {
  url: string;
  /** Shown in CLIENT LIST and in logs: which job this connection does. */
  role: string;
  logger: RedisLogger;
  overrides?: Pick<RedisOptions, "enableOfflineQueue" | "autoResubscribe">;
}

/** A connection with the fail-fast options that logs going down and coming back once each. */
export function connect({ url, role, logger, overrides }: ConnectionOptions): Redis {
  const client = new Redis(url, {
    ...FAIL_FAST,
    connectionName: `stackboard:${role}`,
    ...overrides,
  });
  let wasReady = false;
  let down = false;
  client.on("ready", () => {
    if (down) logger.info({ redis: role }, "redis connection restored");
    wasReady = true;
    down = false;
  });
  client.on("close", () => {
    if (wasReady && !down) logger.warn({ redis: role }, "redis connection lost; reconnecting");
    down = true;
  });
  // Every failed reconnection attempt emits an error; the transitions above say enough.
  client.on("error", (err: Error) => logger.debug({ err, redis: role }, "redis error"));
  return client;
}

/** Resolves true once the client is ready, false after `timeoutMs`. */
export function waitReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === "ready") return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      client.off("ready", onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    client.on("ready", onReady);
  });
}

/** QUIT when connected (lets Redis finish our commands), then drop the socket regardless. */
export async function closeClient(client: Redis): Promise<void> {
  if (client.status === "ready") {
    const quit = client.quit().catch(() => undefined);
    await Promise.race([quit, sleep(500)]);
  }
  client.disconnect();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Any failure of a Redis call, as the error the room service and clients understand. */
export function storeUnavailable(cause: unknown): StackboardError {
  return new StackboardError(
    "STORE_UNAVAILABLE",
    "The room store is unavailable; try again shortly.",
    { cause },
  );
}

/** Runs a Redis call; whatever it throws becomes STORE_UNAVAILABLE (keeping the cause). */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw storeUnavailable(error);
  }
}
