// Webhooks on one node: turns the room events this node applies into deliveries (one per
// message and hook, whichever nodes see the event), and runs the deliverer.
import { MAX_WEBHOOK_BODY_BYTES, type WebhookDelivery } from "@stackboard/contracts";
import type { RoomEvent, RoomState } from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { RoomService } from "../rooms/room-service.ts";
import type { RedisStore } from "../store/redis/store.ts";
import type { RoomStore } from "../store/types.ts";
import type { WebhookConfig } from "./config.ts";
import { WebhookDeliverer } from "./deliverer.ts";
import { WebhookHooks } from "./hooks.ts";
import { messagesFor } from "./messages.ts";
import { slackPayload } from "./slack.ts";
import { openEmbeddedWebhookStore } from "./store/embedded.ts";
import { openRedisWebhookStore } from "./store/redis.ts";
import type { DeliveryJob, WebhookStore } from "./store/types.ts";

export interface WebhookServiceOptions {
  rooms: RoomService;
  config: WebhookConfig;
  publicUrl: string;
  dataDir: string;
  /** Embedded engine: fsync webhooks.json like the room files (DURABILITY=fsync). */
  fsync: boolean;
  logger: Logger;
  /** How often each node looks for due deliveries (tests make it short). */
  pollMs?: number;
}

/** Deliveries the facilitator sees in the log. */
const LOG_SHOWN = 50;

export class WebhookService {
  readonly hooks: WebhookHooks;
  private readonly store: WebhookStore;
  private readonly deliverer: WebhookDeliverer;
  private readonly options: WebhookServiceOptions;
  private readonly pending = new Set<Promise<void>>();

  private constructor(store: WebhookStore, options: WebhookServiceOptions) {
    this.store = store;
    this.options = options;
    const { config, logger } = options;
    this.hooks = new WebhookHooks({
      store,
      defaults: config.defaults,
      allowPrivate: config.allowPrivate,
    });
    this.deliverer = new WebhookDeliverer({
      store,
      hooks: this.hooks,
      logger,
      timeoutMs: config.timeoutMs,
      maxAttempts: config.maxAttempts,
      retryBaseMs: config.retryBaseMs,
      allowPrivate: config.allowPrivate,
      ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    });
  }

  /** Opens the store beside the rooms' (same engine), listens to rooms, starts delivering. */
  static async start(options: WebhookServiceOptions): Promise<WebhookService> {
    const store = await openStoreBeside(options.rooms.store, options.dataDir, options.fsync);
    const service = new WebhookService(store, options);
    options.rooms.onEvent((roomId, before, event, after) =>
      service.onEvent(roomId, before, event, after),
    );
    service.deliverer.start();
    return service;
  }

  async deliveries(roomId: string): Promise<WebhookDelivery[]> {
    const jobs = await this.store.deliveries(roomId, LOG_SHOWN);
    return jobs.map(
      ({ messageId, webhookId, type, status, createdAt, attempts, nextAttemptAt, history }) => ({
        messageId,
        webhookId,
        type,
        status,
        createdAt,
        attempts,
        nextAttemptAt,
        history,
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.deliverer.close();
    await this.store.close();
  }

  private onEvent(roomId: string, before: RoomState, event: RoomEvent, after: RoomState): void {
    const messages = messagesFor(roomId, this.options.publicUrl, before, event, after);
    if (messages.length === 0) return;
    const work = this.enqueue(roomId, messages).catch((error: unknown) => {
      this.options.logger.error({ err: error, roomId, seq: event.seq }, "webhooks not enqueued");
    });
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async enqueue(roomId: string, messages: ReturnType<typeof messagesFor>): Promise<void> {
    const hooks = await this.hooks.active(roomId);
    let added = false;
    for (const message of messages) {
      for (const hook of hooks.filter((candidate) => candidate.events.includes(message.type))) {
        const body = JSON.stringify(
          hook.format === "slack" ? slackPayload(message.payload) : message.payload,
        );
        const now = Date.now();
        // The room's limits keep bodies far below this; a body over it is refused, visibly.
        const tooLarge = Buffer.byteLength(body) > MAX_WEBHOOK_BODY_BYTES;
        const job: DeliveryJob = {
          roomId,
          messageId: message.id,
          webhookId: hook.id,
          type: message.type,
          body,
          status: tooLarge ? "failed" : "pending",
          createdAt: now,
          attempts: 0,
          nextAttemptAt: tooLarge ? null : now,
          leaseUntil: 0,
          history: tooLarge
            ? [
                {
                  at: now,
                  durationMs: 0,
                  httpStatus: null,
                  error: "The message is too large to send.",
                },
              ]
            : [],
        };
        if (await this.store.enqueue(job)) added = true;
      }
    }
    if (added) this.deliverer.wake();
  }
}

function openStoreBeside(rooms: RoomStore, dataDir: string, fsync: boolean) {
  if (rooms.engine === "redis") {
    const { client, keys } = rooms as RedisStore;
    return Promise.resolve(openRedisWebhookStore({ client, prefix: keys.prefix }));
  }
  return openEmbeddedWebhookStore({ dataDir, fsync });
}
