// The Redis engine: each room's log is a Redis Stream, sequenced and published by one Lua
// script per write (scripts.ts), so any number of server nodes can serve the same rooms.
// An append resolves only once Redis has the event; how durable that is depends on the
// server's AOF settings (docs/redis.md).
import type { RoomEvent } from "@stackboard/core";
import type { Redis } from "ioredis";
import {
  type AppendResult,
  DEFAULT_SNAPSHOT_EVERY,
  type Deadline,
  type NewRoomMeta,
  type PendingEvent,
  type RoomMeta,
  type RoomStore,
  type Snapshot,
  type StoreListener,
} from "../types.ts";
import { decodeEntry, decodeEvent, decodeMeta, decodeSnapshot } from "./codec.ts";
import {
  closeClient,
  connect,
  defineScripts,
  guarded,
  type RedisLogger,
  type ScriptedRedis,
  sleep,
  waitReady,
} from "./connection.ts";
import { RoomFeeds } from "./feeds.ts";
import { isValidRoomId, RedisKeys } from "./keys.ts";

export interface RedisStoreOptions {
  url: string;
  /** Key prefix; tests use their own so that runs sharing a server never meet. */
  keyPrefix?: string;
  snapshotEvery?: number;
  logger: RedisLogger;
  /** How long `open` waits for the first connection before it carries on (not ready). */
  connectWaitMs?: number;
}

export interface RedisStore extends RoomStore {
  readonly engine: "redis";
  readonly snapshotEvery: number;
  readonly keys: RedisKeys;
  /** The command connection, shared with presence and the rate limiters. */
  readonly client: ScriptedRedis;
  /** Rooms this store is subscribed to (for tests). */
  subscribedRoomIds(): string[];
}

/** Opens both connections and waits (a bounded time) for them to be ready. */
export async function openRedisStore(options: RedisStoreOptions): Promise<RedisStore> {
  const { url, logger } = options;
  const client = defineScripts(connect({ url, role: "commands", logger }));
  const sub = connect({ url, role: "events", logger, overrides: { autoResubscribe: false } });
  const wait = options.connectWaitMs ?? 5_000;
  const ready = await Promise.all([waitReady(client, wait), waitReady(sub, wait)]);
  if (!ready.every(Boolean)) {
    logger.warn({ url: redactUrl(url) }, "redis not reachable yet; serving STORE_UNAVAILABLE");
  }
  return new RedisRoomStore(client, sub, options);
}

class RedisRoomStore implements RedisStore {
  readonly engine = "redis";
  readonly snapshotEvery: number;
  readonly keys: RedisKeys;
  private readonly feeds: RoomFeeds;
  private closing: Promise<void> | null = null;

  readonly client: ScriptedRedis;
  private readonly sub: Redis;

  constructor(client: ScriptedRedis, sub: Redis, options: RedisStoreOptions) {
    this.client = client;
    this.sub = sub;
    this.keys = new RedisKeys(options.keyPrefix);
    this.snapshotEvery = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
    this.feeds = new RoomFeeds(
      sub,
      {
        latestSeq: (roomId) => this.latestSeq(roomId),
        readEvents: (roomId, afterSeq, limit) => this.readEvents(roomId, afterSeq, limit),
      },
      (roomId) => this.keys.room(roomId).channel,
      options.logger,
    );
  }

  async createRoom(meta: NewRoomMeta, created: PendingEvent): Promise<RoomEvent> {
    this.assertOpen();
    const keys = this.keys.room(meta.roomId);
    const event: RoomEvent = { ...created, seq: 1 };
    const json = JSON.stringify(event);
    const made = await guarded(async () => {
      // The index is written first: it lives in another hash slot, so no script can write
      // it with the room. A failure after it leaves an id without a room, never a room
      // missing from the index.
      await this.client.sadd(this.keys.rooms, meta.roomId);
      return this.client.sbCreateRoom(
        keys.meta,
        keys.log,
        keys.cmds,
        meta.roomId,
        String(meta.createdAt),
        meta.facilitatorKeyHash,
        json,
        created.commandId ?? "",
        keys.channel,
      );
    });
    if (made !== 1) throw new Error(`Room ${meta.roomId} already exists`);
    return event;
  }

  async getMeta(roomId: string): Promise<RoomMeta | null> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) return null;
    const fields = await guarded(() => this.client.hgetall(this.keys.room(roomId).meta));
    return decodeMeta(fields);
  }

  async setPassphraseHash(roomId: string, passphraseHash: string | null): Promise<void> {
    this.assertOpen();
    const meta = this.keys.room(roomId).meta;
    const set = await guarded(() => this.client.sbSetPassphrase(meta, passphraseHash ?? ""));
    if (set !== 1) throw new Error(`Unknown room ${roomId}`);
  }

  async append(
    roomId: string,
    expectedSeq: number | null,
    pending: PendingEvent,
  ): Promise<AppendResult> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) throw new Error(`Invalid room id ${JSON.stringify(roomId)}`);
    const keys = this.keys.room(roomId);
    // The script puts the seq it assigns in front: `{"seq":N,` + the rest of this object.
    const { at, actorId, commandId, body } = pending;
    const reply = await guarded(() =>
      this.client.sbAppend(
        keys.meta,
        keys.log,
        keys.cmds,
        expectedSeq === null ? "" : String(expectedSeq),
        commandId ?? "",
        JSON.stringify({ at, actorId, commandId, body }),
        keys.channel,
      ),
    );
    const [status, detail] = Array.isArray(reply) ? reply : [];
    if (status === "appended" && typeof detail === "string") {
      return { status, event: decodeEvent(detail) };
    }
    if (status === "duplicate" && typeof detail === "string") {
      return { status, event: decodeEvent(detail) };
    }
    if (status === "conflict") return { status, latestSeq: Number(detail) };
    if (status === "missing") throw new Error(`Unknown room ${roomId}`);
    throw new Error(`Unexpected reply from the append script: ${JSON.stringify(reply)}`);
  }

  async readEvents(roomId: string, afterSeq: number, limit?: number): Promise<RoomEvent[]> {
    this.assertOpen();
    if (!isValidRoomId(roomId) || limit === 0) return [];
    const log = this.keys.room(roomId).log;
    const start = `${Math.max(0, afterSeq) + 1}-0`;
    const entries = await guarded(() =>
      limit === undefined
        ? this.client.xrange(log, start, "+")
        : this.client.xrange(log, start, "+", "COUNT", limit),
    );
    return entries.map(decodeEntry);
  }

  async latestSeq(roomId: string): Promise<number> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) return 0;
    const seq = await guarded(() => this.client.hget(this.keys.room(roomId).meta, "seq"));
    return seq === null ? 0 : Number(seq);
  }

  async saveSnapshot(roomId: string, snapshot: Snapshot): Promise<void> {
    this.assertOpen();
    const keys = this.keys.room(roomId);
    const state = JSON.stringify(snapshot.state);
    const outcome = await guarded(() =>
      this.client.sbSaveSnapshot(keys.meta, keys.snapshot, String(snapshot.seq), state),
    );
    if (outcome === "missing") throw new Error(`Unknown room ${roomId}`);
    if (outcome === "ahead") {
      throw new Error(`Snapshot at seq ${snapshot.seq} is ahead of the log of room ${roomId}`);
    }
    // "older": another node already saved a newer snapshot, which is the one to keep.
  }

  async loadSnapshot(roomId: string): Promise<Snapshot | null> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) return null;
    const key = this.keys.room(roomId).snapshot;
    const [seq, state] = await guarded(() => this.client.hmget(key, "seq", "state"));
    return decodeSnapshot(seq ?? null, state ?? null);
  }

  async saveParticipantToken(
    roomId: string,
    tokenHash: string,
    participantId: string,
  ): Promise<void> {
    this.assertOpen();
    const keys = this.keys.room(roomId);
    const saved = await guarded(() =>
      this.client.sbSaveToken(keys.meta, keys.tokens, tokenHash, participantId),
    );
    if (saved !== 1) throw new Error(`Unknown room ${roomId}`);
  }

  async findParticipantByToken(roomId: string, tokenHash: string): Promise<string | null> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) return null;
    return guarded(() => this.client.hget(this.keys.room(roomId).tokens, tokenHash));
  }

  async removeParticipantTokens(roomId: string, participantId: string): Promise<void> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) return;
    const { tokens } = this.keys.room(roomId);
    await guarded(() => this.client.sbRemoveTokens(tokens, participantId));
  }

  subscribe(roomId: string, listener: StoreListener): () => void {
    this.assertOpen();
    return this.feeds.add(roomId, listener);
  }

  subscribedRoomIds(): string[] {
    return this.feeds.roomIds;
  }

  async setDeadline(roomId: string, key: string, at: number | null): Promise<void> {
    this.assertOpen();
    if (!isValidRoomId(roomId)) throw new Error(`Invalid room id ${JSON.stringify(roomId)}`);
    const member = JSON.stringify([roomId, key]);
    await guarded(() =>
      at === null
        ? this.client.zrem(this.keys.deadlines, member)
        : this.client.zadd(this.keys.deadlines, at, member),
    );
  }

  async dueDeadlines(until: number, limit: number): Promise<Deadline[]> {
    this.assertOpen();
    const flat = await guarded(() =>
      this.client.zrangebyscore(
        this.keys.deadlines,
        "-inf",
        until,
        "WITHSCORES",
        "LIMIT",
        0,
        limit,
      ),
    );
    const due: Deadline[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const parsed: unknown = JSON.parse(flat[i] ?? "null");
      if (!Array.isArray(parsed)) continue;
      const [roomId, key] = parsed as unknown[];
      if (typeof roomId !== "string" || typeof key !== "string") continue;
      due.push({ roomId, key, at: Number(flat[i + 1]) });
    }
    return due;
  }

  async listRooms(): Promise<string[]> {
    this.assertOpen();
    return guarded(() => this.client.smembers(this.keys.rooms));
  }

  async isReady(): Promise<boolean> {
    if (this.closing !== null) return false;
    if (this.client.status !== "ready" || this.sub.status !== "ready") return false;
    const pong = this.client.ping().then(
      (reply) => reply === "PONG",
      () => false,
    );
    return Promise.race([pong, sleep(500).then(() => false)]);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.feeds.close();
      await Promise.all([closeClient(this.client), closeClient(this.sub)]);
    })();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing !== null) throw new Error("Redis store is closed");
  }
}

/** A URL for the logs, without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable url)";
  }
}
