// A gated room (a passphrase or a lobby) keeps its board to its members over REST too:
// every read route refuses a request without a member's pass or the facilitator key, and
// the room read shows an outsider only the room's title. An open room reads as before.
import { ROOM_ACCESS_HEADERS, RoomSnapshotResponseSchema } from "@stackboard/contracts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

const SECRET = "blue harbour 42";
/** Every REST read of a room: the snapshot and each export. */
const READS = [
  "",
  "/export.md",
  "/export.json",
  "/export.radar.csv",
  "/export.ballots.csv",
  "/decisions/db/export.md",
] as const;
const EXPORTS = READS.filter((path) => path !== "");

let server: TestNode;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startNode();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});
afterAll(async () => {
  await server.dispose();
});

function clientOf(roomId: string): TestClient {
  const client = new TestClient(server.url, roomId);
  clients.push(client);
  return client;
}

const memberPass = (token: string | null) => ({
  [ROOM_ACCESS_HEADERS.participantToken]: token ?? "",
});
const facilitatorPass = (key: string) => ({ [ROOM_ACCESS_HEADERS.facilitatorKey]: key });

const read = (roomId: string, path: string, headers: Record<string, string> = {}) =>
  apiFetch(`${server.url}/api/rooms/${roomId}${path}`, { headers });

/** The status of every read route, by path. */
async function statuses(roomId: string, headers: Record<string, string> = {}) {
  const answers = await Promise.all(READS.map((path) => read(roomId, path, headers)));
  await Promise.all(answers.map((answer) => answer.body?.cancel()));
  return Object.fromEntries(READS.map((path, i) => [path || "/", answers[i]?.status]));
}

/** The full snapshot of a room read; fails the test if only the door came back. */
async function snapshotOf(answer: Response) {
  const body = RoomSnapshotResponseSchema.parse(await answer.json());
  if (!("state" in body)) throw new Error("the room read answered with the door only");
  return body;
}

const allAnswer = (status: number) =>
  Object.fromEntries(READS.map((path) => [path || "/", status]));

/** A room with Ada (facilitator), Bo (voter), a decision Bo voted on and a note of his. */
async function boardWithPeople() {
  const created = await createRoom(server.url, "Private platform");
  const ada = clientOf(created.roomId);
  const bo = clientOf(created.roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey: created.facilitatorKey });
  await bo.mustJoin({ name: "Bo" });
  await ada.must({ type: "decision.add", decisionId: "db", title: "Database", context: "" });
  await ada.must({
    type: "option.add",
    decisionId: "db",
    optionId: "pg",
    label: "PostgreSQL",
    catalogId: "postgresql",
  });
  await ada.must({ type: "decision.open", decisionId: "db" });
  await bo.must({
    type: "ballot.cast",
    decisionId: "db",
    ballot: { mode: "pick", optionId: "pg" },
  });
  await bo.must({
    type: "annotation.add",
    annotationId: "a1",
    decisionId: "db",
    optionId: "pg",
    kind: "risk",
    text: "Our ops team has never run it.",
  });
  return { ...created, ada, bo };
}

describe("REST reads of a gated room", () => {
  it("refuse outsiders, show them only the title, and let members and the facilitator read", async () => {
    const { roomId, facilitatorKey, ada, bo } = await boardWithPeople();
    await ada.must({ type: "room.setPassphrase", passphrase: SECRET });

    // No pass: every export is 401 with the usual error shape.
    for (const path of EXPORTS) {
      const answer = await read(roomId, path);
      expect(answer.status, path).toBe(401);
      expect(await answer.json(), path).toEqual({
        error: { code: "UNAUTHORIZED", message: "This room is private: join it first." },
      });
    }
    // The room read is the door: the title and nothing of the board.
    const door = await read(roomId, "");
    expect(door.status).toBe(200);
    expect(door.headers.get("cache-control")).toBe("private, no-store");
    const doorText = await door.text();
    expect(JSON.parse(doorText)).toEqual({ roomId, gated: true, title: "Private platform" });
    expect(RoomSnapshotResponseSchema.safeParse(JSON.parse(doorText)).success).toBe(true);
    // (The random room id could spell "Bo" by chance: it is left out of the search.)
    const doorWithoutId = doorText.replace(roomId, "");
    for (const secret of ["Ada", "Bo", "Database", "PostgreSQL", "never run it", SECRET]) {
      expect(doorWithoutId).not.toContain(secret);
    }

    // A member's pass or the facilitator key opens every read.
    expect(await statuses(roomId, memberPass(bo.participantToken))).toEqual(allAnswer(200));
    expect(await statuses(roomId, facilitatorPass(facilitatorKey))).toEqual(allAnswer(200));
    const asMember = await snapshotOf(await read(roomId, "", memberPass(bo.participantToken)));
    expect(asMember.state.title).toBe("Private platform");
    expect(asMember.state.annotations).toHaveLength(1);
    const record = await (await read(roomId, "/export.md", memberPass(bo.participantToken))).text();
    expect(record).toContain("PostgreSQL");

    // Forged or malformed credentials open nothing.
    const forged = { ...memberPass("f".repeat(32)), ...facilitatorPass("g".repeat(32)) };
    expect(await statuses(roomId, forged)).toEqual({ ...allAnswer(401), "/": 200 });
    expect(await statuses(roomId, memberPass("not a token"))).toEqual({
      ...allAnswer(401),
      "/": 200,
    });

    // Removed, Bo's pass opens nothing any more; the room read is the door again.
    const boToken = bo.participantToken;
    await ada.must({ type: "participant.remove", participantId: bo.participantId ?? "" });
    expect(await statuses(roomId, memberPass(boToken))).toEqual({ ...allAnswer(401), "/": 200 });
    expect(await (await read(roomId, "", memberPass(boToken))).json()).toEqual({
      roomId,
      gated: true,
      title: "Private platform",
    });
    expect(await statuses(roomId, memberPass(ada.participantToken))).toEqual(allAnswer(200));

    // Without the passphrase the room is open to its link again.
    await ada.must({ type: "room.setPassphrase", passphrase: null });
    expect(await statuses(roomId)).toEqual(allAnswer(200));
  });

  it("keep a lobby room's board from someone still waiting until they are admitted", async () => {
    const { roomId, ada } = await boardWithPeople();
    await ada.must({ type: "room.setLobby", on: true });
    expect(await statuses(roomId)).toEqual({ ...allAnswer(401), "/": 200 });

    const cy = clientOf(roomId);
    expect(await cy.knock({ name: "Cy" })).toMatchObject({ ok: true, admitted: false });
    const cyPass = memberPass(cy.participantToken);
    expect(await statuses(roomId, cyPass)).toEqual({ ...allAnswer(401), "/": 200 });

    await ada.must({ type: "lobby.admit", participantId: cy.participantId ?? "" });
    expect(await statuses(roomId, cyPass)).toEqual(allAnswer(200));
  });
});

describe("REST reads of an open room", () => {
  it("need no headers, as before", async () => {
    const { roomId } = await boardWithPeople();
    expect(await statuses(roomId)).toEqual(allAnswer(200));
    const answer = await read(roomId, "");
    expect(answer.headers.get("cache-control")).toBeNull();
    const snapshot = await snapshotOf(answer);
    expect(snapshot.roomId).toBe(roomId);
    expect(snapshot.state.participants.map((p) => p.name)).toEqual(["Ada", "Bo"]);
    expect(snapshot.state.annotations).toHaveLength(1);
  });

  it("answer 404 for an unknown room whatever the headers", async () => {
    const unknown = "A".repeat(22);
    expect((await read(unknown, "", memberPass("f".repeat(32)))).status).toBe(404);
    expect((await read(unknown, "/export.md")).status).toBe(404);
  });
});
