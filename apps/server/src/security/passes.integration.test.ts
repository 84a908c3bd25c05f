// A pass (participant token) is stored only for someone in the room or waiting in its
// lobby: knocks on a room without a lobby, knocks on a full lobby and joins refused by a
// full room store nothing, and the lobby forgets the pass of whoever it lets go without
// letting in. Counted where the passes live (the token file; the Redis hash) on both
// engines; prints the figures.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { LIMITS } from "@stackboard/core";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithRedis } from "../testing/redis-server.ts";
import { createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

interface Stored {
  passes: number;
  /** Bytes the passes take where they are kept (file size; Redis MEMORY USAGE). */
  bytes: number;
}

/** The passes kept for a room: lines of its token file, or fields of its Redis hash. */
async function storedPasses(node: TestNode, roomId: string, redisUrl: string | null) {
  if (redisUrl === null) {
    const file = path.join(node.dataDir, "rooms", roomId, "tokens.jsonl");
    const text = await readFile(file, "utf8");
    return {
      passes: text.split("\n").filter((line) => line !== "").length,
      bytes: (await stat(file)).size,
    } satisfies Stored;
  }
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const key = `sb:{${roomId}}:tokens`;
    const passes = await client.hlen(key);
    const bytes = passes === 0 ? 0 : Number(await client.call("MEMORY", "USAGE", key));
    return { passes, bytes } satisfies Stored;
  } finally {
    client.disconnect();
  }
}

/** `count` answers from `sockets` knocking (or joining) in parallel, each as someone new. */
async function manyTimes(
  sockets: TestClient[],
  count: number,
  attempt: (socket: TestClient, n: number) => Promise<string>,
): Promise<Record<string, number>> {
  const answers: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    sockets.map(async (socket) => {
      while (next < count) {
        const n = next++;
        const answer = await attempt(socket, n);
        answers[answer] = (answers[answer] ?? 0) + 1;
      }
    }),
  );
  return answers;
}

/** Resolves once the room's log has not moved for a second (leave graces have run out). */
async function quiet(client: TestClient): Promise<void> {
  let seq = client.seq;
  let since = Date.now();
  const deadline = since + 20_000;
  while (Date.now() - since < 1_000 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (client.seq !== seq) {
      seq = client.seq;
      since = Date.now();
    }
  }
}

/** Forgets the socket's pass first, so that it comes as someone new. */
const knockAsSomeoneNew = async (socket: TestClient, n: number) => {
  socket.participantToken = null;
  const result = await socket.knock({ name: `Knocker ${n}` });
  return result.ok ? (result.admitted ? "admitted" : "waiting") : result.error.code;
};

const joinAsSomeoneNew = async (socket: TestClient, n: number) => {
  socket.participantToken = null;
  const result = await socket.join({ name: `Joiner ${n}` });
  return result.ok ? "joined" : result.error.code;
};

function passesSuite(engine: string, redisUrl: () => string | null): void {
  let node: TestNode;
  const clients: TestClient[] = [];
  const connect = (roomId: string, count: number) => {
    const made = Array.from({ length: count }, () => new TestClient(node.url, roomId));
    clients.push(...made);
    return made;
  };

  beforeAll(async () => {
    const url = redisUrl();
    node = await startNode({
      ...(url === null ? {} : { REDIS_URL: url }),
      // Short, so that knockers who go are let go (and their passes with them) within the test.
      LOBBY_LEAVE_GRACE_MS: "300",
    });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await node?.dispose();
  });

  async function facilitatedRoom(title: string) {
    const room = await createRoom(node.url, title);
    const [ada] = connect(room.roomId, 1);
    if (ada === undefined) throw new Error("no client");
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    return { roomId: room.roomId, ada };
  }

  it("stores no pass for 3,000 knocks on a room without a lobby", async () => {
    const { roomId } = await facilitatedRoom("No lobby");
    const answers = await manyTimes(connect(roomId, 10), 3_000, knockAsSomeoneNew);
    const stored = await storedPasses(node, roomId, redisUrl());
    console.log(
      `passes (${engine}): 3,000 knocks on a room without a lobby: ${JSON.stringify(answers)}; ${stored.passes} passes stored (${stored.bytes} bytes), the facilitator's`,
    );
    expect(answers).toEqual({ NO_LOBBY: 3_000 });
    expect(stored.passes).toBe(1);
  }, 120_000);

  /** Polls until the room's stored passes are exactly its people (in it or waiting). */
  async function passesSettle(roomId: string): Promise<{ stored: Stored; people: number }> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await node.rooms.state(roomId);
      const people = state.participants.length + state.lobby.length;
      const stored = await storedPasses(node, roomId, redisUrl());
      if (stored.passes === people || Date.now() > deadline) return { stored, people };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("stores a pass only for whoever waits in a full lobby, and forgets those it lets go", async () => {
    const { roomId, ada } = await facilitatedRoom("Lobby");
    await ada.must({ type: "room.setLobby", on: true });
    const knockers = connect(roomId, 10);
    const answers = await manyTimes(knockers, 3_000, knockAsSomeoneNew);
    const atMost = (await node.rooms.state(roomId)).lobby.length;
    expect(atMost).toBeLessThanOrEqual(LIMITS.lobby);
    expect(answers.LIMIT_REACHED ?? 0).toBeGreaterThan(0);
    // Each socket waits for its last knock only: the lobby lets the others go after the
    // grace. Then exactly the people in the room or waiting in its lobby hold a pass.
    await quiet(ada);
    expect(ada.state.lobby.length).toBeLessThanOrEqual(knockers.length);
    const settled = await passesSettle(roomId);
    expect(settled.stored.passes).toBe(settled.people);

    // Ten more wait; five of them are turned away: their passes go.
    const more = connect(roomId, 10);
    expect(await manyTimes(more, 10, knockAsSomeoneNew)).toEqual({ waiting: 10 });
    const turnedAway = more.slice(0, 5).map((knocker) => knocker.participantId ?? "");
    for (const participantId of turnedAway) {
      await ada.must({ type: "lobby.deny", participantId });
    }
    const denied = await passesSettle(roomId);
    expect(denied.stored.passes).toBe(denied.people);
    expect(denied.people).toBe(settled.people + 10 - 5);
    // Gone (every knocking socket closes): after the grace, the lobby lets them go too.
    for (const knocker of [...knockers, ...more]) knocker.close();
    await ada.waitFor(() => ada.state.lobby.length === 0, "an empty lobby", 20_000);
    const atEnd = await passesSettle(roomId);
    console.log(
      `passes (${engine}): 3,000 knocks on a lobby: ${JSON.stringify(answers)}, at most ${atMost} waiting at once; settled: ${settled.stored.passes} passes (${settled.stored.bytes} bytes) for ${settled.people} people in the room or its lobby; 10 more knock and 5 are turned away: ${denied.stored.passes} passes for ${denied.people} people; after everyone waiting left: ${atEnd.stored.passes}`,
    );
    expect(atEnd.stored.passes).toBe(1);
  }, 120_000);

  it("stores no pass for 300 joins refused by a full room", async () => {
    const { roomId } = await facilitatedRoom("Full");
    const joiners = connect(roomId, 10);
    const filled = await manyTimes(joiners, LIMITS.participants - 1, joinAsSomeoneNew);
    expect(filled).toEqual({ joined: LIMITS.participants - 1 });
    const refused = await manyTimes(joiners, 300, joinAsSomeoneNew);
    const stored = await storedPasses(node, roomId, redisUrl());
    console.log(
      `passes (${engine}): 300 joins on a full room (${LIMITS.participants}): ${JSON.stringify(refused)}; ${stored.passes} passes stored (${stored.bytes} bytes)`,
    );
    expect(refused).toEqual({ LIMIT_REACHED: 300 });
    expect(stored.passes).toBe(LIMITS.participants);
  }, 120_000);
}

describe("passes, embedded engine", () => passesSuite("embedded", () => null));

describeWithRedis(
  "passes, Redis engine",
  (redis) => passesSuite("redis", () => redis.url),
  // Its own Redis: the passes are counted under the default key prefix.
  { private: true },
);
