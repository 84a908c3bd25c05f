// The behaviour every RoomStore engine must show, as vitest blocks. Each engine's test file
// calls `describeStoreContract` with a harness; only the interface is tested here.
import { createHash, randomBytes } from "node:crypto";
import { emptyRoom, type RoomEvent, type RoomState } from "@stackboard/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NewRoomMeta, PendingEvent, RoomStore, Snapshot } from "./types.ts";

export interface StoreHarness {
  /** A store; data may be shared between tests (room ids are random). */
  open(): Promise<RoomStore>;
  /** A new store over the same persisted data, after the previous one was closed. */
  reopen(): Promise<RoomStore>;
  /** Called after each test, once its store is closed. */
  cleanup(): Promise<void>;
}

export function newRoomId(): string {
  return randomBytes(16).toString("base64url");
}

export function pendingEvent(title: string, commandId: string | null = null): PendingEvent {
  return { at: Date.now(), actorId: "p-1", commandId, body: { type: "room.renamed", title } };
}

function metaFor(roomId: string): NewRoomMeta {
  const facilitatorKeyHash = createHash("sha256").update(`key-${roomId}`).digest("hex");
  return { roomId, createdAt: Date.now(), facilitatorKeyHash };
}

/** The `room.created` event of a room with nothing on its board. */
export function createdEvent(roomId: string): PendingEvent {
  return {
    at: Date.now(),
    actorId: null,
    commandId: null,
    body: {
      type: "room.created",
      roomId,
      title: "Stack",
      templateId: null,
      criteria: [],
      decisions: [],
    },
  };
}

function stateAt(roomId: string, seq: number, title: string): RoomState {
  return { ...emptyRoom(), roomId, seq, title, createdAt: 1 };
}

function titles(events: RoomEvent[]): string[] {
  return events.map((e) => (e.body.type === "room.renamed" ? e.body.title : e.body.type));
}

export function describeStoreContract(engineName: string, harness: StoreHarness): void {
  describe(`RoomStore contract: ${engineName}`, () => {
    let store: RoomStore;

    beforeEach(async () => {
      store = await harness.open();
    });

    afterEach(async () => {
      await store.close();
      await harness.cleanup();
    });

    async function reopen(): Promise<void> {
      await store.close();
      store = await harness.reopen();
    }

    /** A room holding `room.created` and `count` renames titled "t1".."t<count>". */
    async function roomWith(count: number): Promise<string> {
      const roomId = newRoomId();
      await store.createRoom(metaFor(roomId), createdEvent(roomId));
      for (let i = 1; i <= count; i++) {
        const result = await store.append(roomId, i, pendingEvent(`t${i}`, `cmd-${i}`));
        expect(result.status).toBe("appended");
      }
      return roomId;
    }

    it("creates a room with its created event as seq 1, once", async () => {
      const roomId = newRoomId();
      const meta = metaFor(roomId);
      const pending = createdEvent(roomId);
      const created = await store.createRoom(meta, pending);
      expect(created).toEqual({ ...pending, seq: 1 });
      expect(await store.getMeta(roomId)).toEqual({ ...meta, passphraseHash: null });
      expect(await store.latestSeq(roomId)).toBe(1);
      await expect(store.createRoom(meta, createdEvent(roomId))).rejects.toThrow();
      expect(await store.readEvents(roomId, 0)).toEqual([created]);
    });

    it("knows nothing of an unknown room", async () => {
      const roomId = newRoomId();
      expect(await store.getMeta(roomId)).toBeNull();
      expect(await store.readEvents(roomId, 0)).toEqual([]);
      expect(await store.latestSeq(roomId)).toBe(0);
      expect(await store.loadSnapshot(roomId)).toBeNull();
      expect(await store.findParticipantByToken(roomId, "ab".repeat(32))).toBeNull();
      await expect(store.append(roomId, 0, pendingEvent("x"))).rejects.toThrow();
    });

    it("appends at expectedSeq + 1 and refuses a stale expectedSeq without writing", async () => {
      const roomId = await roomWith(0);
      const pending = pendingEvent("a", "c-a");
      const first = await store.append(roomId, 1, pending);
      expect(first).toEqual({ status: "appended", event: { ...pending, seq: 2 } });
      expect(await store.append(roomId, 1, pendingEvent("b", "c-b"))).toEqual({
        status: "conflict",
        latestSeq: 2,
      });
      expect(await store.append(roomId, 5, pendingEvent("b", "c-b"))).toEqual({
        status: "conflict",
        latestSeq: 2,
      });
      expect(await store.latestSeq(roomId)).toBe(2);
      expect(titles(await store.readEvents(roomId, 0))).toEqual(["room.created", "a"]);
      // The refused command id was not recorded: it may still be appended.
      const later = await store.append(roomId, 2, pendingEvent("b", "c-b"));
      expect(later.status).toBe("appended");
    });

    it("appends at the end whatever the last seq when expectedSeq is null", async () => {
      const roomId = await roomWith(2);
      const pending = pendingEvent("anywhere", "c-end");
      expect(await store.append(roomId, null, pending)).toEqual({
        status: "appended",
        event: { ...pending, seq: 4 },
      });
      expect(await store.append(roomId, null, pendingEvent("again", "c-end"))).toEqual({
        status: "duplicate",
        event: { ...pending, seq: 4 },
      });
      expect(titles(await store.readEvents(roomId, 3))).toEqual(["anywhere"]);
    });

    it("returns the original event for a repeated command id, also after reopen", async () => {
      const roomId = await roomWith(2);
      const original = (await store.readEvents(roomId, 1, 1))[0];
      const again = await store.append(roomId, 1, pendingEvent("other title", "cmd-1"));
      expect(again).toEqual({ status: "duplicate", event: original });
      const atHead = await store.append(roomId, 3, pendingEvent("other title", "cmd-1"));
      expect(atHead).toEqual({ status: "duplicate", event: original });
      expect(await store.latestSeq(roomId)).toBe(3);
      await reopen();
      const afterReopen = await store.append(roomId, 3, pendingEvent("other", "cmd-1"));
      expect(afterReopen).toEqual({ status: "duplicate", event: original });
      expect(await store.latestSeq(roomId)).toBe(3);
    });

    it("applies a command id sent twice at once only once", async () => {
      const roomId = await roomWith(0);
      const [a, b] = await Promise.all([
        store.append(roomId, 1, pendingEvent("twice", "c-twice")),
        store.append(roomId, 1, pendingEvent("twice", "c-twice")),
      ]);
      expect([a.status, b.status].sort()).toEqual(["appended", "duplicate"]);
      const [eventA, eventB] = [a, b].map((r) => (r.status === "conflict" ? null : r.event));
      expect(eventA).toEqual(eventB);
      expect(await store.latestSeq(roomId)).toBe(2);
    });

    it("lets events without a command id repeat", async () => {
      const roomId = await roomWith(0);
      expect((await store.append(roomId, 1, pendingEvent("same"))).status).toBe("appended");
      expect((await store.append(roomId, 2, pendingEvent("same"))).status).toBe("appended");
      expect(await store.latestSeq(roomId)).toBe(3);
    });

    it("reads events after a seq, with a limit, and nothing beyond the end", async () => {
      const roomId = await roomWith(9);
      const all = await store.readEvents(roomId, 0);
      expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(titles(await store.readEvents(roomId, 4))).toEqual([
        "t4",
        "t5",
        "t6",
        "t7",
        "t8",
        "t9",
      ]);
      expect(titles(await store.readEvents(roomId, 2, 3))).toEqual(["t2", "t3", "t4"]);
      expect(titles(await store.readEvents(roomId, 8, 100))).toEqual(["t8", "t9"]);
      expect(await store.readEvents(roomId, 10)).toEqual([]);
      expect(await store.readEvents(roomId, 50, 5)).toEqual([]);
      expect(await store.latestSeq(roomId)).toBe(10);
    });

    it("round-trips snapshots, the latest saved winning", async () => {
      const roomId = await roomWith(5);
      expect(await store.loadSnapshot(roomId)).toBeNull();
      const early: Snapshot = { seq: 2, state: stateAt(roomId, 2, "early") };
      const late: Snapshot = { seq: 5, state: stateAt(roomId, 5, "late") };
      await store.saveSnapshot(roomId, early);
      expect(await store.loadSnapshot(roomId)).toEqual(early);
      await store.saveSnapshot(roomId, late);
      expect(await store.loadSnapshot(roomId)).toEqual(late);
      // A snapshot changes nothing about the log itself.
      expect((await store.readEvents(roomId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it("round-trips participant tokens", async () => {
      const roomId = await roomWith(0);
      const hash = createHash("sha256").update("token").digest("hex");
      await store.saveParticipantToken(roomId, hash, "p-1");
      expect(await store.findParticipantByToken(roomId, hash)).toBe("p-1");
      expect(await store.findParticipantByToken(roomId, "00".repeat(32))).toBeNull();
      expect(await store.findParticipantByToken(newRoomId(), hash)).toBeNull();
    });

    it("forgets every pass of one participant, for good", async () => {
      const roomId = await roomWith(0);
      const hash = (token: string) => createHash("sha256").update(token).digest("hex");
      await store.saveParticipantToken(roomId, hash("first"), "p-gone");
      await store.saveParticipantToken(roomId, hash("second"), "p-gone");
      await store.saveParticipantToken(roomId, hash("kept"), "p-kept");
      await store.removeParticipantTokens(roomId, "p-gone");
      await store.removeParticipantTokens(roomId, "p-nobody");
      await store.removeParticipantTokens(newRoomId(), "p-gone");
      expect(await store.findParticipantByToken(roomId, hash("first"))).toBeNull();
      expect(await store.findParticipantByToken(roomId, hash("second"))).toBeNull();
      expect(await store.findParticipantByToken(roomId, hash("kept"))).toBe("p-kept");
      await reopen();
      expect(await store.findParticipantByToken(roomId, hash("first"))).toBeNull();
      expect(await store.findParticipantByToken(roomId, hash("kept"))).toBe("p-kept");
      await store.saveParticipantToken(roomId, hash("again"), "p-gone");
      expect(await store.findParticipantByToken(roomId, hash("again"))).toBe("p-gone");
    });

    it("sets, replaces and clears the passphrase hash, keeping it across reopen", async () => {
      const roomId = await roomWith(1);
      const meta = await store.getMeta(roomId);
      await store.setPassphraseHash(roomId, "scrypt$c2FsdA$Zmlyc3Q");
      expect(await store.getMeta(roomId)).toEqual({
        ...meta,
        passphraseHash: "scrypt$c2FsdA$Zmlyc3Q",
      });
      await store.setPassphraseHash(roomId, "scrypt$c2FsdA$c2Vjb25k");
      await reopen();
      expect((await store.getMeta(roomId))?.passphraseHash).toBe("scrypt$c2FsdA$c2Vjb25k");
      await store.setPassphraseHash(roomId, null);
      expect(await store.getMeta(roomId)).toEqual({ ...meta, passphraseHash: null });
      await reopen();
      expect(await store.getMeta(roomId)).toEqual({ ...meta, passphraseHash: null });
      // The meta is all that changed: the log is as it was.
      expect(await store.latestSeq(roomId)).toBe(2);
    });

    it("refuses a passphrase hash for an unknown room and creates nothing", async () => {
      const roomId = newRoomId();
      await expect(store.setPassphraseHash(roomId, "scrypt$c2FsdA$eA")).rejects.toThrow();
      expect(await store.getMeta(roomId)).toBeNull();
      expect(await store.listRooms()).not.toContain(roomId);
    });

    it("publishes every appended event in order until unsubscribed", async () => {
      const roomId = await roomWith(0);
      const seen: RoomEvent[] = [];
      const unsubscribe = store.subscribe(roomId, (event) => seen.push(event));
      const appended: RoomEvent[] = [];
      for (let i = 0; i < 5; i++) {
        const result = await store.append(roomId, 1 + i, pendingEvent(`s${i}`));
        if (result.status === "appended") appended.push(result.event);
      }
      await vi.waitFor(() => expect(seen).toEqual(appended));
      unsubscribe();
      // A second listener tells when the next event has been published.
      const witness: RoomEvent[] = [];
      const stopWitness = store.subscribe(roomId, (event) => witness.push(event));
      await store.append(roomId, 6, pendingEvent("after"));
      await vi.waitFor(() => expect(witness).toHaveLength(1));
      stopWitness();
      expect(seen).toEqual(appended);
    });

    it("gives 50 concurrent writers retrying on conflict seqs without gap or repeat", async () => {
      const roomId = await roomWith(0);
      const writers = 50;
      const perWriter = 2;
      const write = async (w: number) => {
        for (let i = 0; i < perWriter; i++) {
          for (;;) {
            const seq = await store.latestSeq(roomId);
            const result = await store.append(
              roomId,
              seq,
              pendingEvent(`w${w}-${i}`, `w${w}-${i}`),
            );
            if (result.status === "appended") break;
            expect(result.status).toBe("conflict");
          }
        }
      };
      await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
      const events = await store.readEvents(roomId, 0);
      const total = 1 + writers * perWriter;
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(new Set(events.map((e) => e.commandId)).size).toBe(total);
      expect(await store.latestSeq(roomId)).toBe(total);
    });

    it("keeps everything acknowledged across close and reopen", async () => {
      const roomId = await roomWith(20);
      const hash = createHash("sha256").update("kept").digest("hex");
      await store.saveParticipantToken(roomId, hash, "p-kept");
      const snapshot: Snapshot = { seq: 15, state: stateAt(roomId, 15, "t14") };
      await store.saveSnapshot(roomId, snapshot);
      const before = await store.readEvents(roomId, 0);
      const meta = await store.getMeta(roomId);
      await reopen();
      expect(await store.readEvents(roomId, 0)).toEqual(before);
      expect(await store.getMeta(roomId)).toEqual(meta);
      expect(await store.latestSeq(roomId)).toBe(21);
      expect(await store.loadSnapshot(roomId)).toEqual(snapshot);
      expect(await store.findParticipantByToken(roomId, hash)).toBe("p-kept");
      expect((await store.append(roomId, 21, pendingEvent("next"))).status).toBe("appended");
      expect(await store.listRooms()).toContain(roomId);
    });

    it("keeps deadlines across reopen, earliest first, replaced and forgotten by key", async () => {
      const a = await roomWith(0);
      const b = await roomWith(0);
      const mine = (due: { roomId: string }[]) =>
        due.filter((deadline) => deadline.roomId === a || deadline.roomId === b);
      await store.setDeadline(a, "close:d1", 3_000);
      await store.setDeadline(b, "close:d1", 1_000);
      await store.setDeadline(a, "close:d2", 9_000);
      await store.setDeadline(a, "close:d1", 2_000);
      expect(mine(await store.dueDeadlines(5_000, 100))).toEqual([
        { roomId: b, key: "close:d1", at: 1_000 },
        { roomId: a, key: "close:d1", at: 2_000 },
      ]);
      await reopen();
      await store.setDeadline(b, "close:d1", null);
      expect(mine(await store.dueDeadlines(10_000, 100))).toEqual([
        { roomId: a, key: "close:d1", at: 2_000 },
        { roomId: a, key: "close:d2", at: 9_000 },
      ]);
      expect(mine(await store.dueDeadlines(500, 100))).toEqual([]);
    });

    it("lists created rooms and reports ready", async () => {
      const a = await roomWith(0);
      const b = await roomWith(0);
      const rooms = await store.listRooms();
      expect(rooms).toEqual(expect.arrayContaining([a, b]));
      expect(await store.isReady()).toBe(true);
    });
  });
}
