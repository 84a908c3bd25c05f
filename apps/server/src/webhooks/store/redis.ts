// The Redis engine's webhooks, beside the room's other keys under its hash tag:
//
//   <prefix>:{<roomId>}:hooks            hash  webhook id -> JSON (with its secret)
//   <prefix>:{<roomId>}:deliveries       hash  <key> -> fixed JSON, <key>#s -> state, <key>#h -> history
//   <prefix>:{<roomId>}:delivery-log     list  delivery keys, newest first
//   <prefix>:{<roomId>}:delivery-seen    set   every delivery key ever enqueued
//   <prefix>:webhooks:due                zset  `<roomId>|<key>` -> when to look at it next (ms)
//
// Every node runs a deliverer. `claimDue` hands each due entry to one node for a while; the
// lease on the delivery itself (in its room's hash, set by a script) is what makes one node
// at a time attempt it, and the seen-set is what makes a message go once per hook however
// many nodes saw its event. The due index is only a schedule: an entry for a delivery that
// is done or was never written is dropped when claimed.
import type { WebhookAttempt, WebhookDeliveryStatus } from "@stackboard/contracts";
import type { Redis } from "ioredis";
import { ADD_HOOK, CLAIM_DUE, ENQUEUE, LEASE, SETTLE } from "./redis-scripts.ts";
import {
  DELIVERIES_KEPT,
  type DeliveryJob,
  type DeliveryRef,
  deliveryKey,
  HISTORY_KEPT,
  type Leased,
  type Settlement,
  type StoredWebhook,
  type WebhookStore,
} from "./types.ts";

interface WebhookScripts {
  sbWhAddHook(hooks: string, meta: string, id: string, json: string, max: string): Promise<number>;
  sbWhEnqueue(seen: string, deliveries: string, log: string, ...argv: string[]): Promise<number>;
  sbWhLease(deliveries: string, key: string, now: string, leaseMs: string): Promise<unknown>;
  sbWhSettle(deliveries: string, ...argv: string[]): Promise<number>;
  sbWhClaimDue(due: string, now: string, leaseMs: string, limit: string): Promise<string[]>;
}

type ScriptedClient = Redis & WebhookScripts;

export interface RedisWebhookStoreOptions {
  client: Redis;
  prefix: string;
}

/** The parts of a delivery that never change after it is enqueued. */
type FixedPart = Pick<
  DeliveryJob,
  "roomId" | "messageId" | "webhookId" | "type" | "body" | "createdAt"
>;

export function openRedisWebhookStore(options: RedisWebhookStoreOptions): WebhookStore {
  const client = options.client as ScriptedClient;
  client.defineCommand("sbWhAddHook", { lua: ADD_HOOK, numberOfKeys: 2 });
  client.defineCommand("sbWhEnqueue", { lua: ENQUEUE, numberOfKeys: 3 });
  client.defineCommand("sbWhLease", { lua: LEASE, numberOfKeys: 1 });
  client.defineCommand("sbWhSettle", { lua: SETTLE, numberOfKeys: 1 });
  client.defineCommand("sbWhClaimDue", { lua: CLAIM_DUE, numberOfKeys: 1 });
  return new RedisWebhookStore(client, options.prefix);
}

const encodeState = (
  status: WebhookDeliveryStatus,
  attempts: number,
  nextAttemptAt: number | null,
  leaseUntil: number,
) => `${status}|${attempts}|${nextAttemptAt ?? ""}|${leaseUntil}`;

function decodeJob(fixed: string, state: string, history: string | null): DeliveryJob {
  const [status, attempts, nextAttemptAt, leaseUntil] = state.split("|");
  return {
    ...(JSON.parse(fixed) as FixedPart),
    status: status as WebhookDeliveryStatus,
    attempts: Number(attempts),
    nextAttemptAt: nextAttemptAt ? Number(nextAttemptAt) : null,
    leaseUntil: Number(leaseUntil),
    history: history ? (JSON.parse(history) as WebhookAttempt[]) : [],
  };
}

class RedisWebhookStore implements WebhookStore {
  private readonly client: ScriptedClient;
  private readonly prefix: string;

  constructor(client: ScriptedClient, prefix: string) {
    this.client = client;
    this.prefix = prefix;
  }

  private keys(roomId: string) {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(roomId)) {
      throw new Error(`Invalid room id ${JSON.stringify(roomId)}`);
    }
    const base = `${this.prefix}:{${roomId}}`;
    return {
      meta: `${base}:meta`,
      hooks: `${base}:hooks`,
      deliveries: `${base}:deliveries`,
      log: `${base}:delivery-log`,
      seen: `${base}:delivery-seen`,
    };
  }

  private get due(): string {
    return `${this.prefix}:webhooks:due`;
  }

  async listHooks(roomId: string): Promise<StoredWebhook[]> {
    const values = await this.client.hvals(this.keys(roomId).hooks);
    return values
      .map((value) => JSON.parse(value) as StoredWebhook)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  async addHook(roomId: string, hook: StoredWebhook, max: number): Promise<boolean> {
    const keys = this.keys(roomId);
    const added = await this.client.sbWhAddHook(
      keys.hooks,
      keys.meta,
      hook.id,
      JSON.stringify(hook),
      String(max),
    );
    if (added === -1) throw new Error(`Unknown room ${roomId}`);
    return added === 1;
  }

  async removeHook(roomId: string, webhookId: string): Promise<boolean> {
    return (await this.client.hdel(this.keys(roomId).hooks, webhookId)) === 1;
  }

  async enqueue(job: DeliveryJob): Promise<boolean> {
    const keys = this.keys(job.roomId);
    const key = deliveryKey(job);
    const member = `${job.roomId}|${key}`;
    const due = job.nextAttemptAt ?? job.createdAt;
    // Scheduled before and after the write: a deliverer that claims the entry in between
    // finds no delivery and drops the entry; the second ZADD puts it back.
    const pending = job.status === "pending";
    if (pending) await this.client.zadd(this.due, "NX", due, member);
    const { roomId, messageId, webhookId, type, body, createdAt } = job;
    const fixed: FixedPart = { roomId, messageId, webhookId, type, body, createdAt };
    const state = encodeState(job.status, job.attempts, job.nextAttemptAt, job.leaseUntil);
    const added = await this.client.sbWhEnqueue(
      keys.seen,
      keys.deliveries,
      keys.log,
      key,
      JSON.stringify(fixed),
      state,
      String(DELIVERIES_KEPT),
    );
    if (added === 1 && pending) await this.client.zadd(this.due, due, member);
    return added === 1;
  }

  async claimDue(now: number, leaseMs: number, limit: number): Promise<DeliveryRef[]> {
    const members = await this.client.sbWhClaimDue(
      this.due,
      String(now),
      String(leaseMs),
      String(limit),
    );
    return members.flatMap((member) => {
      const split = member.indexOf("|");
      return split < 0 ? [] : [{ roomId: member.slice(0, split), key: member.slice(split + 1) }];
    });
  }

  async lease(ref: DeliveryRef, now: number, leaseMs: number): Promise<Leased> {
    const reply = (await this.client.sbWhLease(
      this.keys(ref.roomId).deliveries,
      ref.key,
      String(now),
      String(leaseMs),
    )) as [string, ...(string | null)[]];
    const member = `${ref.roomId}|${ref.key}`;
    if (reply[0] === "later") {
      const at = Number(reply[1]);
      await this.client.zadd(this.due, at, member);
      return { retryAt: at };
    }
    if (reply[0] === "job" && typeof reply[1] === "string" && typeof reply[2] === "string") {
      return { job: decodeJob(reply[1], reply[2], reply[3] ?? null) };
    }
    await this.client.zrem(this.due, member);
    return { gone: true };
  }

  async settle(ref: DeliveryRef, settlement: Settlement): Promise<void> {
    await this.client.sbWhSettle(
      this.keys(ref.roomId).deliveries,
      ref.key,
      settlement.status,
      settlement.nextAttemptAt === null ? "" : String(settlement.nextAttemptAt),
      JSON.stringify(settlement.attempt),
      String(HISTORY_KEPT),
    );
    const member = `${ref.roomId}|${ref.key}`;
    if (settlement.status === "pending" && settlement.nextAttemptAt !== null) {
      await this.client.zadd(this.due, settlement.nextAttemptAt, member);
    } else {
      await this.client.zrem(this.due, member);
    }
  }

  async deliveries(roomId: string, limit: number): Promise<DeliveryJob[]> {
    const keys = this.keys(roomId);
    const recent = await this.client.lrange(keys.log, 0, limit - 1);
    if (recent.length === 0) return [];
    const fields = recent.flatMap((key) => [key, `${key}#s`, `${key}#h`]);
    const values = await this.client.hmget(keys.deliveries, ...fields);
    return recent.flatMap((_, index) => {
      const [fixed, state, history] = values.slice(index * 3, index * 3 + 3);
      return fixed && state ? [decodeJob(fixed, state, history ?? null)] : [];
    });
  }

  async close(): Promise<void> {
    // The connection is the room store's; it closes it.
  }
}
