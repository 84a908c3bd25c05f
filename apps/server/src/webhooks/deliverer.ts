// Sends what is due. Every node runs one: it claims due deliveries from the store, leases
// each (so that one node at a time attempts it), signs and POSTs it, and records the
// attempt: delivered on a 2xx; otherwise pending again after an exponential backoff, until
// the attempts run out or the target is refused for good. At least once: an attempt whose
// node dies is picked up by another node (or this one after a restart) once its lease lapses.
import { WEBHOOK_HEADERS } from "@stackboard/contracts";
import type { Logger } from "../logger.ts";
import type { WebhookHooks } from "./hooks.ts";
import { type AttemptResult, sendWebhook } from "./send.ts";
import { signWebhook } from "./signing.ts";
import type { DeliveryJob, DeliveryRef, Settlement, WebhookStore } from "./store/types.ts";

export interface DelivererOptions {
  store: WebhookStore;
  hooks: WebhookHooks;
  logger: Logger;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  allowPrivate: boolean;
  /** How often the store is asked for due deliveries when nothing wakes the deliverer. */
  pollMs?: number;
  now?: () => number;
}

/** Deliveries attempted at once per node. */
const BATCH = 16;
/** No retry waits longer than this. */
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;
const DEFAULT_POLL_MS = 1_000;

/** The wait before attempt `attempts + 1`: base, 4×base, 16×base, ... (capped). */
export function retryDelay(retryBaseMs: number, attempts: number): number {
  return Math.min(retryBaseMs * 4 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export class WebhookDeliverer {
  private readonly options: DelivererOptions;
  private readonly now: () => number;
  private readonly leaseMs: number;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private running: Promise<void> | null = null;
  private again = false;
  /** The earliest retry settled during a tick, to look at once the tick is over. */
  private retryAt = Number.POSITIVE_INFINITY;
  private closed = false;

  constructor(options: DelivererOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    // Long enough for an attempt's whole timeout, so that no two nodes attempt at once.
    this.leaseMs = options.timeoutMs * 2 + 5_000;
  }

  start(): void {
    this.schedule(0);
  }

  /** Something was enqueued: look now rather than at the next poll. */
  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** A retry this node scheduled: look then, not only at the next poll. */
  private wakeAt(at: number): void {
    if (this.closed || this.running || at >= this.timerAt) {
      if (this.running) this.retryAt = Math.min(this.retryAt, at);
      return;
    }
    this.schedule(Math.max(0, at - this.now()));
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = this.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.running = this.tick().finally(() => {
        this.running = null;
        const poll = this.options.pollMs ?? DEFAULT_POLL_MS;
        const retry = Math.max(0, this.retryAt - this.now());
        this.retryAt = Number.POSITIVE_INFINITY;
        const soon = this.again;
        this.again = false;
        this.schedule(soon ? 0 : Math.min(poll, retry));
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      for (;;) {
        const due = await this.options.store.claimDue(this.now(), this.leaseMs, BATCH);
        await Promise.all(due.map((ref) => this.attempt(ref)));
        if (due.length < BATCH || this.closed) return;
      }
    } catch (error) {
      // The store is away (Redis down): the next poll tries again; nothing is lost.
      this.options.logger.warn({ err: error }, "webhook deliveries could not be read");
    }
  }

  private async attempt(ref: DeliveryRef): Promise<void> {
    try {
      const leased = await this.options.store.lease(ref, this.now(), this.leaseMs);
      if (!("job" in leased)) return;
      const { job } = leased;
      const hook = await this.options.hooks.find(job.roomId, job.webhookId);
      const result: AttemptResult = hook
        ? await this.post(job, hook.url, hook.secret)
        : {
            ok: false,
            permanent: true,
            httpStatus: null,
            error: "The webhook was removed.",
            durationMs: 0,
          };
      const settlement = this.settlementFor(job, result);
      await this.options.store.settle(ref, settlement);
      this.log(job, hook?.url ?? null, settlement, result);
      if (settlement.nextAttemptAt !== null) this.wakeAt(settlement.nextAttemptAt);
    } catch (error) {
      this.options.logger.warn(
        { err: error, roomId: ref.roomId, delivery: ref.key },
        "webhook attempt could not be recorded",
      );
    }
  }

  private post(job: DeliveryJob, url: string, secret: string): Promise<AttemptResult> {
    const timestamp = Math.floor(this.now() / 1000);
    return sendWebhook({
      url,
      body: job.body,
      timeoutMs: this.options.timeoutMs,
      allowPrivate: this.options.allowPrivate,
      headers: {
        [WEBHOOK_HEADERS.id]: job.messageId,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(secret, job.messageId, timestamp, job.body),
      },
    });
  }

  private settlementFor(job: DeliveryJob, result: AttemptResult): Settlement {
    const at = this.now();
    const attempt = {
      at,
      durationMs: result.durationMs,
      httpStatus: result.httpStatus,
      error: result.error,
    };
    if (result.ok) return { status: "delivered", nextAttemptAt: null, attempt };
    const attempts = job.attempts + 1;
    if (result.permanent || attempts >= this.options.maxAttempts) {
      return { status: "failed", nextAttemptAt: null, attempt };
    }
    return {
      status: "pending",
      nextAttemptAt: at + retryDelay(this.options.retryBaseMs, attempts),
      attempt,
    };
  }

  /** The URL's host only: its path or query may be a credential (Slack's are). */
  private log(
    job: DeliveryJob,
    url: string | null,
    settlement: Settlement,
    result: AttemptResult,
  ): void {
    const host = url ? safeHost(url) : null;
    const fields = {
      roomId: job.roomId,
      webhookId: job.webhookId,
      messageId: job.messageId,
      host,
      httpStatus: result.httpStatus,
      status: settlement.status,
      attempt: job.attempts + 1,
    };
    if (settlement.status === "delivered") this.options.logger.debug(fields, "webhook delivered");
    else this.options.logger.warn({ ...fields, error: result.error }, "webhook attempt failed");
  }
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
