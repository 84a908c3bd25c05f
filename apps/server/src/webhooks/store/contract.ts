// The behaviour every webhook store engine must show, as vitest blocks; each engine's test
// file calls `describeWebhookStoreContract` with a harness.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import {
  DELIVERIES_KEPT,
  type DeliveryJob,
  type DeliveryRef,
  deliveryKey,
  HISTORY_KEPT,
  type StoredWebhook,
  type WebhookStore,
} from "./types.ts";

export interface WebhookStoreHarness {
  /** A store, and a way to make a room exist in the engine under it. */
  open(): Promise<{ store: WebhookStore; createRoom(roomId: string): Promise<void> }>;
  /** A new store over the same data, after the previous one was closed. */
  reopen(): Promise<WebhookStore>;
  cleanup(): Promise<void>;
}

const roomId = () => randomBytes(16).toString("base64url");
const T0 = 1_700_000_000_000;
const LEASE = 30_000;

export const hookFor = (id: string, createdAt = T0): StoredWebhook => ({
  id,
  url: "https://hooks.example.org/in",
  format: "standard",
  events: ["decision.decided"],
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  createdAt,
});

export const jobFor = (room: string, messageId: string, webhookId = "wh_aaaaaaaaaaaaaaaa") =>
  ({
    roomId: room,
    messageId,
    webhookId,
    type: "decision.decided",
    body: JSON.stringify({ type: "decision.decided", note: 'ünïcode ✓ / \\ "q"' }),
    status: "pending",
    createdAt: T0,
    attempts: 0,
    nextAttemptAt: T0,
    leaseUntil: 0,
    history: [],
  }) satisfies DeliveryJob;

const refOf = (job: DeliveryJob): DeliveryRef => ({ roomId: job.roomId, key: deliveryKey(job) });
const attempt = (at: number, httpStatus: number | null) => ({
  at,
  durationMs: 12,
  httpStatus,
  error: httpStatus === 200 ? null : `The receiver answered ${httpStatus}.`,
});

export function describeWebhookStoreContract(name: string, harness: WebhookStoreHarness): void {
  describe(`webhook store contract: ${name}`, () => {
    let store: WebhookStore;
    let createRoom: (roomId: string) => Promise<void>;
    const room = async () => {
      const id = roomId();
      await createRoom(id);
      return id;
    };

    const open = async () => {
      ({ store, createRoom } = await harness.open());
    };
    afterEach(async () => {
      await store.close();
      await harness.cleanup();
    });

    it("keeps a room's hooks with their secrets, up to the room's maximum", async () => {
      await open();
      const id = await room();
      expect(await store.addHook(id, hookFor("wh_bbbbbbbbbbbbbbbb", T0 + 1), 2)).toBe(true);
      expect(await store.addHook(id, hookFor("wh_aaaaaaaaaaaaaaaa", T0), 2)).toBe(true);
      expect(await store.addHook(id, hookFor("wh_cccccccccccccccc"), 2)).toBe(false);
      expect((await store.listHooks(id)).map((hook) => hook.id)).toEqual([
        "wh_aaaaaaaaaaaaaaaa",
        "wh_bbbbbbbbbbbbbbbb",
      ]);
      expect((await store.listHooks(id))[0]).toEqual(hookFor("wh_aaaaaaaaaaaaaaaa", T0));
      expect(await store.removeHook(id, "wh_aaaaaaaaaaaaaaaa")).toBe(true);
      expect(await store.removeHook(id, "wh_aaaaaaaaaaaaaaaa")).toBe(false);
      expect(await store.listHooks(id)).toHaveLength(1);
      expect(await store.listHooks(await room())).toEqual([]);
      await expect(store.addHook(roomId(), hookFor("wh_dddddddddddddddd"), 2)).rejects.toThrow();
    });

    it("enqueues a message once per hook, however often it is offered", async () => {
      await open();
      const id = await room();
      expect(await store.enqueue(jobFor(id, "msg_1"))).toBe(true);
      expect(await store.enqueue(jobFor(id, "msg_1"))).toBe(false);
      expect(await store.enqueue(jobFor(id, "msg_1", "wh_bbbbbbbbbbbbbbbb"))).toBe(true);
      const [first] = await store.claimDue(T0, LEASE, 10);
      expect(first).toBeDefined();
      // Delivered and then offered again (a late node): still a duplicate.
      const job = jobFor(id, "msg_1");
      await store.lease(refOf(job), T0, LEASE);
      await store.settle(refOf(job), {
        status: "delivered",
        nextAttemptAt: null,
        attempt: attempt(T0, 200),
      });
      expect(await store.enqueue(jobFor(id, "msg_1"))).toBe(false);
      expect(await store.deliveries(id, 10)).toHaveLength(2);
    });

    it("hands a due delivery to one claimer at a time, and again once the claim lapses", async () => {
      await open();
      const id = await room();
      const job = jobFor(id, "msg_due");
      await store.enqueue(job);
      const mine = (refs: DeliveryRef[]) => refs.filter((ref) => ref.roomId === id);
      expect(mine(await store.claimDue(T0 - 1, LEASE, 100))).toEqual([]);
      expect(mine(await store.claimDue(T0, LEASE, 100))).toEqual([refOf(job)]);
      expect(mine(await store.claimDue(T0 + 1, LEASE, 100))).toEqual([]);
      expect(mine(await store.claimDue(T0 + LEASE, LEASE, 100))).toEqual([refOf(job)]);
    });

    it("leases a delivery to one attempt at a time and records each attempt", async () => {
      await open();
      const id = await room();
      const job = jobFor(id, "msg_lease");
      const ref = refOf(job);
      await store.enqueue(job);
      const leased = await store.lease(ref, T0, LEASE);
      expect(leased).toEqual({ job: { ...job, leaseUntil: T0 + LEASE } });
      expect(await store.lease(ref, T0 + 5, LEASE)).toEqual({ retryAt: T0 + LEASE });
      await store.settle(ref, {
        status: "pending",
        nextAttemptAt: T0 + 1000,
        attempt: attempt(T0, 500),
      });
      expect(await store.lease(ref, T0 + 10, LEASE)).toEqual({ retryAt: T0 + 1000 });
      const again = await store.lease(ref, T0 + 1000, LEASE);
      expect(again).toMatchObject({ job: { attempts: 1, history: [attempt(T0, 500)] } });
      await store.settle(ref, {
        status: "delivered",
        nextAttemptAt: null,
        attempt: attempt(T0 + 1000, 200),
      });
      expect(await store.lease(ref, T0 + 2000, LEASE)).toEqual({ gone: true });
      const [logged] = await store.deliveries(id, 10);
      expect(logged).toMatchObject({
        status: "delivered",
        attempts: 2,
        nextAttemptAt: null,
        leaseUntil: 0,
        history: [attempt(T0, 500), attempt(T0 + 1000, 200)],
      });
      expect(logged?.body).toBe(job.body);
      // Once done, the schedule forgets it.
      expect(
        (await store.claimDue(T0 + 10 * LEASE, LEASE, 100)).filter((r) => r.roomId === id),
      ).toEqual([]);
    });

    it("keeps the latest attempts and deliveries, and every pending delivery", async () => {
      await open();
      const id = await room();
      const job = jobFor(id, "msg_hist");
      await store.enqueue(job);
      for (let i = 0; i < HISTORY_KEPT + 2; i += 1) {
        await store.settle(refOf(job), {
          status: "pending",
          nextAttemptAt: T0,
          attempt: attempt(T0 + i, 500),
        });
      }
      const [kept] = await store.deliveries(id, 1);
      expect(kept?.history.map((a) => a.at)).toEqual(
        Array.from({ length: HISTORY_KEPT }, (_, i) => T0 + i + 2),
      );
      for (let i = 0; i < DELIVERIES_KEPT + 3; i += 1) {
        const done = jobFor(id, `msg_${i}`);
        await store.enqueue(done);
        await store.settle(refOf(done), {
          status: "delivered",
          nextAttemptAt: null,
          attempt: attempt(T0, 200),
        });
      }
      const log = await store.deliveries(id, 1000);
      expect(log).toHaveLength(DELIVERIES_KEPT + 1);
      expect(log[0]?.messageId).toBe(`msg_${DELIVERIES_KEPT + 2}`);
      expect(log.at(-1)?.messageId).toBe("msg_hist"); // still pending, so still there
    });

    it("finds pending deliveries again after a restart", async () => {
      await open();
      const id = await room();
      const job = jobFor(id, "msg_restart");
      await store.enqueue(job);
      await store.lease(refOf(job), T0, LEASE);
      await store.close();
      store = await harness.reopen();
      const due = await store.claimDue(T0 + LEASE, LEASE, 100);
      expect(due.filter((ref) => ref.roomId === id)).toEqual([refOf(job)]);
      expect(await store.lease(refOf(job), T0 + LEASE, LEASE)).toMatchObject({ job: {} });
      expect(await store.listHooks(id)).toEqual([]);
    });
  });
}
