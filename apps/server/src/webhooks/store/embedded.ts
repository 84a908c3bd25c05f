// The embedded engine's webhooks: per room `<dataDir>/rooms/<roomId>/webhooks.json` beside
// `meta.json` (hooks with their secrets, the delivery log, and the ids of every message ever
// enqueued), replaced atomically on each change. One process owns the data directory, so a
// lease is this process's memory; deliveries still pending at a restart are found again by
// the scan at open.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../../store/embedded/file-writes.ts";
import { isValidRoomId, roomsDir } from "../../store/embedded/room-files.ts";
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

interface RoomHooks {
  hooks: StoredWebhook[];
  /** Newest first. */
  deliveries: DeliveryJob[];
  /** Every `deliveryKey` ever enqueued: a late duplicate of an old event stays a duplicate. */
  seen: string[];
}

const FILE = "webhooks.json";
const empty = (): RoomHooks => ({ hooks: [], deliveries: [], seen: [] });
const indexKey = (ref: DeliveryRef) => `${ref.roomId}\n${ref.key}`;

export async function openEmbeddedWebhookStore(options: {
  dataDir: string;
  fsync: boolean;
}): Promise<WebhookStore> {
  const store = new EmbeddedWebhookStore(options.dataDir, options.fsync);
  await store.scan();
  return store;
}

class EmbeddedWebhookStore implements WebhookStore {
  private readonly rooms = new Map<string, RoomHooks>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Pending deliveries: index key → when they may next be tried. */
  private readonly due = new Map<string, { ref: DeliveryRef; at: number }>();
  private readonly dataDir: string;
  private readonly fsync: boolean;

  constructor(dataDir: string, fsync: boolean) {
    this.dataDir = dataDir;
    this.fsync = fsync;
  }

  /** Finds the deliveries a previous run left pending. */
  async scan(): Promise<void> {
    let roomIds: string[];
    try {
      roomIds = (await readdir(roomsDir(this.dataDir))).filter(isValidRoomId);
    } catch {
      return;
    }
    for (const roomId of roomIds) {
      const file = await this.read(roomId);
      if (file.hooks.length === 0 && file.deliveries.length === 0) continue;
      // One process per data directory: a lease from before the restart is nobody's now.
      for (const job of file.deliveries) job.leaseUntil = 0;
      this.rooms.set(roomId, file);
      for (const job of file.deliveries) this.index(job);
    }
  }

  async listHooks(roomId: string): Promise<StoredWebhook[]> {
    return (await this.load(roomId)).hooks
      .map((hook) => ({ ...hook }))
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  addHook(roomId: string, hook: StoredWebhook, max: number): Promise<boolean> {
    return this.change(roomId, (file) => {
      if (file.hooks.length >= max) return false;
      file.hooks.push(hook);
      return true;
    });
  }

  removeHook(roomId: string, webhookId: string): Promise<boolean> {
    return this.change(roomId, (file) => {
      const before = file.hooks.length;
      file.hooks = file.hooks.filter((hook) => hook.id !== webhookId);
      return file.hooks.length < before;
    });
  }

  enqueue(job: DeliveryJob): Promise<boolean> {
    const key = deliveryKey(job);
    return this.change(job.roomId, (file) => {
      if (file.seen.includes(key)) return false;
      file.seen.push(key);
      file.deliveries.unshift({ ...job });
      trim(file);
      this.index(job);
      return true;
    });
  }

  async claimDue(now: number, leaseMs: number, limit: number): Promise<DeliveryRef[]> {
    const claimed: DeliveryRef[] = [];
    for (const entry of this.due.values()) {
      if (claimed.length >= limit) break;
      if (entry.at > now) continue;
      entry.at = now + leaseMs;
      claimed.push(entry.ref);
    }
    return claimed;
  }

  lease(ref: DeliveryRef, now: number, leaseMs: number): Promise<Leased> {
    return this.change(ref.roomId, (file): Leased => {
      const job = file.deliveries.find((candidate) => deliveryKey(candidate) === ref.key);
      if (job?.status !== "pending") {
        this.due.delete(indexKey(ref));
        return { gone: true };
      }
      const notBefore = Math.max(job.nextAttemptAt ?? now, job.leaseUntil);
      if (notBefore > now) return { retryAt: notBefore };
      job.leaseUntil = now + leaseMs;
      return { job: { ...job, history: [...job.history] } };
    });
  }

  settle(ref: DeliveryRef, settlement: Settlement): Promise<void> {
    return this.change(ref.roomId, (file) => {
      const job = file.deliveries.find((candidate) => deliveryKey(candidate) === ref.key);
      if (!job) return;
      job.status = settlement.status;
      job.nextAttemptAt = settlement.nextAttemptAt;
      job.attempts += 1;
      job.leaseUntil = 0;
      job.history = [...job.history, settlement.attempt].slice(-HISTORY_KEPT);
      this.index(job);
    });
  }

  async deliveries(roomId: string, limit: number): Promise<DeliveryJob[]> {
    const file = await this.load(roomId);
    return file.deliveries.slice(0, limit).map((job) => ({ ...job, history: [...job.history] }));
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
  }

  private index(job: DeliveryJob): void {
    const ref = { roomId: job.roomId, key: deliveryKey(job) };
    if (job.status === "pending") {
      this.due.set(indexKey(ref), { ref, at: job.nextAttemptAt ?? 0 });
    } else {
      this.due.delete(indexKey(ref));
    }
  }

  private async load(roomId: string): Promise<RoomHooks> {
    const known = this.rooms.get(roomId);
    if (known) return known;
    const file = await this.read(roomId);
    // Another call may have loaded it meanwhile; the first copy in wins.
    const winner = this.rooms.get(roomId) ?? file;
    this.rooms.set(roomId, winner);
    return winner;
  }

  private async read(roomId: string): Promise<RoomHooks> {
    try {
      return {
        ...empty(),
        ...(JSON.parse(await readFile(this.fileOf(roomId), "utf8")) as RoomHooks),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return empty();
      throw error;
    }
  }

  private fileOf(roomId: string): string {
    if (!isValidRoomId(roomId)) throw new Error(`Invalid room id ${JSON.stringify(roomId)}`);
    return path.join(roomsDir(this.dataDir), roomId, FILE);
  }

  /** Changes run one at a time per room: load, change, write the whole file, then keep it. */
  private change<T>(roomId: string, apply: (file: RoomHooks) => T): Promise<T> {
    const run = (this.queues.get(roomId) ?? Promise.resolve()).then(async () => {
      await stat(path.dirname(this.fileOf(roomId))).catch(() => {
        throw new Error(`Unknown room ${roomId}`);
      });
      const current = await this.load(roomId);
      const next = structuredClone(current);
      const result = apply(next);
      await writeFileAtomic(this.fileOf(roomId), JSON.stringify(next), this.fsync);
      this.rooms.set(roomId, next);
      return result;
    });
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(roomId, tail);
    void tail.then(() => {
      if (this.queues.get(roomId) === tail) this.queues.delete(roomId);
    });
    return run;
  }
}

/** Keeps the newest deliveries, and every pending one however old. */
function trim(file: RoomHooks): void {
  if (file.deliveries.length <= DELIVERIES_KEPT) return;
  let kept = 0;
  file.deliveries = file.deliveries.filter((job) => {
    kept += 1;
    return kept <= DELIVERIES_KEPT || job.status === "pending";
  });
}
