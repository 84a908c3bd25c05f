// S5's long histories, written straight through the app's embedded store before the server
// starts (appending 100k events over a socket would take minutes and measure nothing of
// interest). The log looks as a live server leaves it: a room.created from the empty
// template, the participants (with tokens, so voters and joiners come back as themselves),
// one open pick decision, then ballots, and the snapshot the room service would have taken
// last (every 500 events).
import { createHash, randomBytes } from "node:crypto";
import {
  type EventBody,
  emptyRoom,
  findTemplate,
  type Role,
  type RoomState,
  reduce,
} from "@stackboard/core";
import { createEmbeddedStore } from "../../../apps/server/src/store/embedded/index.ts";
import type { PendingEvent } from "../../../apps/server/src/store/types.ts";
import { DECISION_ID, OPTION_IDS, ROOM_SETUP } from "../generator/bench-client.ts";

export interface SeededRoom {
  roomId: string;
  history: number;
  facilitatorKey: string;
  voterTokens: string[];
  joinerTokens: string[];
}

const SNAPSHOT_EVERY = 500;
const CHUNK = 2000;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const secret = () => randomBytes(24).toString("base64url");

export async function seedRooms(
  dataDir: string,
  histories: readonly number[],
  voters: number,
  joiners: number,
): Promise<SeededRoom[]> {
  const store = await createEmbeddedStore({ dataDir, durability: "write" });
  try {
    const rooms: SeededRoom[] = [];
    for (const history of histories) rooms.push(await seedRoom(store, history, voters, joiners));
    return rooms;
  } finally {
    await store.close();
  }
}

type Store = Awaited<ReturnType<typeof createEmbeddedStore>>;

async function seedRoom(
  store: Store,
  history: number,
  voters: number,
  joiners: number,
): Promise<SeededRoom> {
  const roomId = randomBytes(16).toString("base64url");
  const facilitatorKey = secret();
  const now = Date.now();
  const template = findTemplate("empty");
  const created = await store.createRoom(
    { roomId, createdAt: now, facilitatorKeyHash: sha256(facilitatorKey) },
    {
      at: now,
      actorId: null,
      commandId: null,
      body: {
        type: "room.created",
        roomId,
        title: `History ${history}`,
        templateId: "empty",
        criteria: template?.criteria.map((criterion) => ({ ...criterion })) ?? [],
        decisions: [],
      },
    },
  );
  let state: RoomState = reduce(emptyRoom(), created);
  let snapshot: { seq: number; state: RoomState } | null = null;
  const people: { id: string; token: string; role: Role }[] = [
    { id: "pfacilitator", token: secret(), role: "facilitator" },
  ];
  for (let i = 0; i < voters + joiners; i += 1) {
    people.push({ id: `pseed${i}`, token: secret(), role: "voter" });
  }
  for (const person of people)
    await store.saveParticipantToken(roomId, sha256(person.token), person.id);

  const bodies: [string | null, EventBody][] = [
    ...people.map((person, i): [string | null, EventBody] => [
      null,
      {
        type: "participant.joined",
        participantId: person.id,
        name: `Seed ${i}`,
        colour: "#2563eb",
        role: person.role,
      },
    ]),
    ...ROOM_SETUP.map((command): [string | null, EventBody] => ["pfacilitator", toEvent(command)]),
  ];
  const ballotCount = Math.max(0, history - 1 - bodies.length);
  const pending = (index: number): PendingEvent => {
    const fixed = bodies[index];
    if (fixed) return { at: now, actorId: fixed[0], commandId: null, body: fixed[1] };
    const n = index - bodies.length;
    return {
      at: now,
      actorId: `pseed${n % voters}`,
      commandId: `seed${n.toString(36).padStart(6, "0")}`,
      body: {
        type: "ballot.cast",
        decisionId: DECISION_ID,
        ballot: { mode: "pick", optionId: OPTION_IDS[n % 3] ?? "o1" },
      },
    };
  };
  const total = bodies.length + ballotCount;
  for (let from = 0; from < total; from += CHUNK) {
    // Appends are ordered by call, not by completion: a chunk goes out without awaiting each.
    const base = state.seq;
    const chunk = Array.from({ length: Math.min(CHUNK, total - from) }, (_unused, i) =>
      store.append(roomId, base + i, pending(from + i)),
    );
    for (const result of await Promise.all(chunk)) {
      if (result.status !== "appended") throw new Error(`seeding ${roomId}: ${result.status}`);
      state = reduce(state, result.event);
      if (state.seq % SNAPSHOT_EVERY === 0) snapshot = { seq: state.seq, state };
    }
  }
  if (snapshot) await store.saveSnapshot(roomId, snapshot);
  return {
    roomId,
    history: state.seq,
    facilitatorKey,
    voterTokens: people.slice(1, 1 + voters).map((person) => person.token),
    joinerTokens: people.slice(1 + voters).map((person) => person.token),
  };
}

function toEvent(command: (typeof ROOM_SETUP)[number]): EventBody {
  switch (command.type) {
    case "decision.add":
      return { ...command, type: "decision.added" };
    case "option.add":
      return { ...command, type: "option.added" };
    case "decision.open":
      return { ...command, type: "decision.opened" };
    default:
      throw new Error(`unexpected setup command ${command.type}`);
  }
}
