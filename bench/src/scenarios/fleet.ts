// Rooms and their clients for a scenario: rooms made on the target, clients spread over
// the target's nodes (each room split across them) and over the generator workers, then
// connected, joined and (app) set up by each room's facilitator.

import type { WorkerPool } from "../generator/pool.ts";
import type { ClientSpec } from "../generator/protocol.ts";
import { inBatches } from "../generator/worker-state.ts";
import type { RoomRef, Target } from "../targets/target.ts";

export interface FleetShape {
  rooms: number;
  clientsPerRoom: number;
  /** The first `votersPerRoom` clients of each room vote; the rest only watch. */
  votersPerRoom: number;
}

/** `rooms` rooms of `clientsPerRoom`, every client voting. */
export const everyoneVotes = (rooms: number, clientsPerRoom: number): FleetShape => ({
  rooms,
  clientsPerRoom,
  votersPerRoom: clientsPerRoom,
});

export interface Fleet {
  rooms: RoomRef[];
  /** Client specs per worker. */
  byWorker: ClientSpec[][];
  joined: number;
  failed: number;
  firstError: string | null;
  connectMs: number;
}

export async function makeRooms(target: Target, count: number): Promise<RoomRef[]> {
  const rooms: RoomRef[] = new Array(count);
  const indexes = Array.from({ length: count }, (_unused, index) => index);
  await inBatches(indexes, 16, async (index) => {
    rooms[index] = await target.createRoom(`Bench room ${index}`);
  });
  return rooms;
}

export function planClients(
  target: Target,
  rooms: readonly RoomRef[],
  shape: FleetShape,
  workers: number,
  /** Where this batch's client indexes start (they stay unique across batches). */
  firstIndex = 0,
): ClientSpec[][] {
  const byWorker: ClientSpec[][] = Array.from({ length: workers }, () => []);
  const nodes = target.nodes;
  rooms.forEach((room, roomIndex) => {
    for (let k = 0; k < shape.clientsPerRoom; k += 1) {
      const index = firstIndex + roomIndex * shape.clientsPerRoom + k;
      const node = k % nodes.length;
      byWorker[index % workers]?.push({
        index,
        url: nodes[node]?.url ?? "",
        node,
        roomId: room.roomId,
        facilitatorKey: k === 0 ? room.facilitatorKey : null,
        participantToken: null,
        voter: k < shape.votersPerRoom,
        name: `bench${index}`,
      });
    }
  });
  return byWorker;
}

/** Connects and joins every planned client; app rooms get their decision opened. */
export async function bringUp(
  pool: WorkerPool,
  target: Target,
  byWorker: ClientSpec[][],
  setUp = true,
): Promise<Pick<Fleet, "joined" | "failed" | "firstError" | "connectMs">> {
  const protocol = target.spec.kind === "app" ? "app" : "relay";
  const started = performance.now();
  const connected = await pool.all(
    (index) => ({ type: "connect", protocol, clients: byWorker[index] ?? [], concurrency: 32 }),
    600_000,
  );
  let failed = connected.reduce((total, one) => total + one.failed, 0);
  let firstError = connected.find((one) => one.firstError !== null)?.firstError ?? null;
  if (protocol === "app" && setUp) {
    const setup = await pool.all(() => ({ type: "setup" }), 600_000);
    failed += setup.reduce((total, one) => total + one.failed, 0);
    firstError ??= setup.find((one) => one.firstError !== null)?.firstError ?? null;
  }
  return {
    joined: connected.reduce((total, one) => total + one.joined, 0),
    failed,
    firstError,
    connectMs: Math.round(performance.now() - started),
  };
}

export async function buildFleet(
  pool: WorkerPool,
  target: Target,
  shape: FleetShape,
): Promise<Fleet> {
  const rooms = await makeRooms(target, shape.rooms);
  const byWorker = planClients(target, rooms, shape, pool.size);
  const up = await bringUp(pool, target, byWorker);
  return { rooms, byWorker, ...up };
}
