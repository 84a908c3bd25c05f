// The room service's own work when the store fails: nothing is left listening, the failure
// is logged with its room and counted, and a snapshot is recorded only once it is saved.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger.ts";
import { createMetrics, type Metrics } from "../metrics.ts";
import { createdEvent } from "../store/contract.ts";
import { createEmbeddedStore, type EmbeddedStore } from "../store/embedded/index.ts";
import type { RoomStore } from "../store/types.ts";
import { RoomService } from "./room-service.ts";
import { newRoomId } from "./secrets.ts";
import { snapshotLead } from "./snapshot-phase.ts";

/** The store, with `faults` standing in for some of its methods. */
function withFaults(store: RoomStore, faults: Partial<RoomStore>): RoomStore {
  return new Proxy(store, {
    get(target, key) {
      const fault = Reflect.get(faults, key);
      if (fault !== undefined) return fault;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const errorsOf = async (metrics: Metrics, kind: string) =>
  (await metrics.roomErrors.get()).values.find((value) => value.labels.kind === kind)?.value ?? 0;

describe("RoomService when the store fails", () => {
  let dataDir: string;
  let store: EmbeddedStore;
  let roomId: string;
  let logged: string[];
  const services: RoomService[] = [];

  const service = (faults: Partial<RoomStore>, metrics: Metrics, snapshotEvery = 1000) => {
    const rooms = new RoomService({
      store: withFaults(store, faults),
      logger: createLogger("warn", { write: (line: string) => logged.push(line) }),
      metrics,
      snapshotEvery,
      roomIdleMs: 60_000,
    });
    services.push(rooms);
    return rooms;
  };

  const join = (rooms: RoomService, participantId: string) =>
    rooms.append(roomId, null, null, () => ({
      type: "participant.joined",
      participantId,
      name: participantId,
      colour: "#336699",
      role: "voter",
    }));

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "room-service-"));
    store = await createEmbeddedStore({ dataDir });
    roomId = newRoomId();
    logged = [];
    await store.createRoom({ roomId, createdAt: 1, facilitatorKeyHash: "" }, createdEvent(roomId));
  });

  afterEach(async () => {
    for (const rooms of services.splice(0)) await rooms.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("leaves no subscription behind when catching up fails while loading a room", async () => {
    let subscribed = 0;
    let reads = 0;
    const rooms = service(
      {
        subscribe: (id, listener) => {
          subscribed += 1;
          const stop = store.subscribe(id, listener);
          return () => {
            subscribed -= 1;
            stop();
          };
        },
        // The first read loads the log; the second, after subscribing, fails once.
        readEvents: (id, afterSeq, limit) => {
          reads += 1;
          return reads === 2
            ? Promise.reject(new Error("disk unplugged"))
            : store.readEvents(id, afterSeq, limit);
        },
      },
      createMetrics(),
    );
    await expect(rooms.open(roomId)).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
    expect(subscribed).toBe(0);
    expect(rooms.loadedRooms).toBe(0);
    // The store is back: the room loads, and listens once.
    expect((await rooms.open(roomId)).state.roomId).toBe(roomId);
    expect(subscribed).toBe(1);
  });

  it("records a snapshot only once it is saved, and logs and counts one that fails", async () => {
    const metrics = createMetrics();
    let failing = true;
    const saved: number[] = [];
    const rooms = service(
      {
        saveSnapshot: (id, snapshot) => {
          if (failing) return Promise.reject(new Error("disk full"));
          saved.push(snapshot.seq);
          return store.saveSnapshot(id, snapshot);
        },
      },
      metrics,
      3,
    );
    const handle = await rooms.open(roomId);
    // room.created is seq 1: the save at seq 3 fails.
    for (const id of ["p1", "p2", "p3"]) await join(rooms, id);
    await vi.waitFor(async () => expect(await errorsOf(metrics, "snapshot")).toBe(1));
    expect(handle.snapshotSeq).toBe(0);
    expect(logged.some((line) => line.includes(roomId) && line.includes("snapshot failed"))).toBe(
      true,
    );

    // Tried again a full interval later (seq 6), not on every event; recorded once saved.
    failing = false;
    await join(rooms, "p4");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toEqual([]);
    await join(rooms, "p5");
    await vi.waitFor(() => expect(handle.snapshotSeq).toBe(6));
    expect(saved).toEqual([6]);
    expect(await errorsOf(metrics, "snapshot")).toBe(1);
  });
  /** A service whose snapshot saves reach the store and are listed, by seq, in `saved`. */
  const recordingSaves = (snapshotEvery: number) => {
    const saved: number[] = [];
    const rooms = service(
      {
        saveSnapshot: (id, snapshot) => {
          saved.push(snapshot.seq);
          return store.saveSnapshot(id, snapshot);
        },
      },
      createMetrics(),
      snapshotEvery,
    );
    return { rooms, saved };
  };

  it("saves a room's first snapshot its lead early, then one every interval", async () => {
    // A room whose lead is not 0, so that an on-time first snapshot fails the test.
    do roomId = newRoomId();
    while (snapshotLead(roomId, 20) === 0);
    await store.createRoom({ roomId, createdAt: 1, facilitatorKeyHash: "" }, createdEvent(roomId));
    const { rooms, saved } = recordingSaves(20);
    const handle = await rooms.open(roomId);
    const lead = snapshotLead(roomId, 20);
    // room.created is seq 1; each join is one more event. A due snapshot is only checked
    // for on the next event, so each save is awaited before the joins go on.
    for (let seq = 2; seq <= 20 - lead; seq += 1) await join(rooms, `p${seq}`);
    await vi.waitFor(() => expect(handle.snapshotSeq).toBe(20 - lead));
    for (let seq = 21 - lead; seq <= 45; seq += 1) await join(rooms, `p${seq}`);
    await vi.waitFor(() => expect(handle.snapshotSeq).toBe(40 - lead));
    expect(saved).toEqual([20 - lead, 40 - lead]);
  });

  it("saves a snapshot that falls due once, however many events arrive in the same turn", async () => {
    const { rooms, saved } = recordingSaves(5);
    const handle = await rooms.open(roomId);
    // Twelve joins in one turn: the store commits them as one group and the room applies
    // them one after another without yielding, past the point where a snapshot falls due.
    await Promise.all(Array.from({ length: 12 }, (_, i) => join(rooms, `p${i}`)));
    await vi.waitFor(() => expect(handle.snapshotSeq).toBe(13));
    expect(saved).toEqual([13]);
  });
});
