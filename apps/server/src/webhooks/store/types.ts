// Where webhooks and their deliveries live: beside the room's meta, in the same store engine
// (a file in the room's folder, or keys under the room's Redis hash tag), never in the
// room's event log, which export.json publishes.
import type {
  WebhookAttempt,
  WebhookDeliveryStatus,
  WebhookEventType,
  WebhookFormat,
} from "@stackboard/contracts";

export interface StoredWebhook {
  id: string;
  url: string;
  format: WebhookFormat;
  events: WebhookEventType[];
  /** The signing secret (`whsec_...`): needed to sign, so kept as is, and never shown again. */
  secret: string;
  createdAt: number;
}

/** One message for one hook, from its enqueueing to its last attempt. */
export interface DeliveryJob {
  roomId: string;
  messageId: string;
  webhookId: string;
  type: WebhookEventType;
  /** The exact JSON text every attempt sends. */
  body: string;
  status: WebhookDeliveryStatus;
  createdAt: number;
  attempts: number;
  /** When the next attempt may start, while pending. */
  nextAttemptAt: number | null;
  /** A node is attempting it until then (so that no other node does at the same time). */
  leaseUntil: number;
  /** The latest attempts, oldest first. */
  history: WebhookAttempt[];
}

export interface DeliveryRef {
  roomId: string;
  /** `<messageId>|<webhookId>`: unique per room. */
  key: string;
}

export const deliveryKey = (job: Pick<DeliveryJob, "messageId" | "webhookId">): string =>
  `${job.messageId}|${job.webhookId}`;

export type Leased =
  | { job: DeliveryJob }
  /** Pending, but not now: due or leased until then. */
  | { retryAt: number }
  /** Delivered, failed for good, or never written: nothing to do. */
  | { gone: true };

export interface Settlement {
  status: WebhookDeliveryStatus;
  nextAttemptAt: number | null;
  attempt: WebhookAttempt;
}

/** Attempts kept per delivery, and deliveries kept per room (pending ones are never dropped). */
export const HISTORY_KEPT = 5;
export const DELIVERIES_KEPT = 100;

export interface WebhookStore {
  listHooks(roomId: string): Promise<StoredWebhook[]>;
  /** False when the room already holds `max` hooks. */
  addHook(roomId: string, hook: StoredWebhook, max: number): Promise<boolean>;
  /** False when there was no such hook. */
  removeHook(roomId: string, webhookId: string): Promise<boolean>;
  /**
   * Writes a pending delivery, due now. False when this message was enqueued for this hook
   * before (by this node or another, however long ago): each event goes once per hook.
   */
  enqueue(job: DeliveryJob): Promise<boolean>;
  /** Up to `limit` deliveries due by `now`, each kept from other callers for `leaseMs`. */
  claimDue(now: number, leaseMs: number, limit: number): Promise<DeliveryRef[]>;
  /** Leases the delivery to the caller if it is pending, due and nobody else's right now. */
  lease(ref: DeliveryRef, now: number, leaseMs: number): Promise<Leased>;
  /** Records an attempt and what comes next. */
  settle(ref: DeliveryRef, settlement: Settlement): Promise<void>;
  /** The room's deliveries, newest first. */
  deliveries(roomId: string, limit: number): Promise<DeliveryJob[]>;
  close(): Promise<void>;
}
