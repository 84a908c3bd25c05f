// Who may come in and who must go, against a real server and real socket.io-clients: the
// room passphrase, the lobby, removal and facilitator handoff; the lobby and removal also
// across two nodes on one Redis.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { CommandBody, RoomEvent } from "@stackboard/core";
import { findMember, findParticipant } from "@stackboard/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WRONG_PASSPHRASES } from "./rooms/access.ts";
import { sha256 } from "./rooms/secrets.ts";
import { describeWithRedis } from "./testing/redis-server.ts";
import { apiFetch, createRoom } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

const SECRET = "Blue Harbour 42";
/** Short, so the tests wait for it; long enough for a reload to make it back in time. */
const GRACE_MS = 600;
const QUICK_LEAVES = { LOBBY_LEAVE_GRACE_MS: String(GRACE_MS) };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lobbyLefts = (events: readonly RoomEvent[]) =>
  events.filter((event) => event.body.type === "lobby.left");

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

function clientOf(node: TestNode, roomId: string): TestClient {
  const client = new TestClient(node.url, roomId);
  clients.push(client);
  return client;
}

/** A room with Ada (facilitator) and Bo (voter) in it. */
async function room(node: TestNode = server) {
  const created = await createRoom(node.url, "People");
  const ada = clientOf(node, created.roomId);
  const bo = clientOf(node, created.roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey: created.facilitatorKey });
  await bo.mustJoin({ name: "Bo" });
  return { ...created, ada, bo };
}

/** Resolves once the node no longer keeps `token` as a pass for the room. */
async function passForgotten(node: TestNode, roomId: string, token: string | null) {
  const deadline = Date.now() + 5_000;
  while ((await node.store.findParticipantByToken(roomId, sha256(token ?? ""))) !== null) {
    if (Date.now() > deadline) throw new Error("the pass is still kept");
    await sleep(20);
  }
}

const errorCode = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? "ok" : result.error?.code;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("room passphrase", () => {
  it("stops newcomers without it, lets members and the facilitator key in, and is never shown or stored", async () => {
    const { roomId, facilitatorKey, ada, bo } = await room();
    await ada.must({ type: "room.setPassphrase", passphrase: SECRET });
    await bo.waitFor(() => bo.state.access.passphrase, "passphrase on");

    const cy = clientOf(server, roomId);
    expect(errorCode(await cy.join({ name: "Cy" }))).toBe("PASSPHRASE_REQUIRED");
    expect(errorCode(await cy.join({ name: "Cy", passphrase: "blue harbour 42" }))).toBe(
      "PASSPHRASE_WRONG",
    );
    expect(await cy.join({ name: "Cy", passphrase: SECRET })).toMatchObject({
      ok: true,
      role: "voter",
    });

    // Bo reloads: his pass is enough.
    const boAgain = clientOf(server, roomId);
    expect(await boAgain.join({ name: "Bo", participantToken: bo.participantToken })).toMatchObject(
      { ok: true, participantId: bo.participantId },
    );
    // The facilitator link needs no passphrase.
    const dee = clientOf(server, roomId);
    expect(await dee.join({ name: "Dee", facilitatorKey })).toMatchObject({
      ok: true,
      role: "facilitator",
    });

    // Not in any frame any client received, nor in any file of the room, nor over REST.
    for (const client of [ada, bo, cy, boAgain, dee]) {
      expect(client.frames.length).toBeGreaterThan(0);
      expect(client.frames.join("\n")).not.toContain(SECRET);
    }
    const roomDir = path.join(server.dataDir, "rooms", roomId);
    const files = await filesUnder(roomDir);
    expect(files.some((file) => file.endsWith("meta.json"))).toBe(true);
    for (const file of files) expect(await readFile(file, "utf8")).not.toContain(SECRET);
    const meta = await server.store.getMeta(roomId);
    expect(meta?.passphraseHash).toMatch(/^scrypt\$/);
    const served = await (await apiFetch(`${server.url}/api/rooms/${roomId}`)).text();
    expect(served).not.toContain(SECRET);
    expect(served).not.toContain(meta?.passphraseHash);

    // Cleared: newcomers walk in again.
    await ada.must({ type: "room.setPassphrase", passphrase: null });
    expect((await server.store.getMeta(roomId))?.passphraseHash).toBeNull();
    expect(await clientOf(server, roomId).join({ name: "Eve" })).toMatchObject({ ok: true });
  });

  it("refuses a voter's setPassphrase and changes nothing", async () => {
    const { roomId, ada, bo } = await room();
    const before = await server.rooms.state(roomId);
    const result = await bo.command({ type: "room.setPassphrase", passphrase: "mine now" });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect((await server.store.getMeta(roomId))?.passphraseHash).toBeNull();
    expect((await server.rooms.state(roomId)).seq).toBe(before.seq);
    expect(await clientOf(server, roomId).join({ name: "Cy" })).toMatchObject({ ok: true });

    // Nor may a voter clear the facilitator's.
    await ada.must({ type: "room.setPassphrase", passphrase: SECRET });
    const hash = (await server.store.getMeta(roomId))?.passphraseHash;
    expect(errorCode(await bo.command({ type: "room.setPassphrase", passphrase: null }))).toBe(
      "FORBIDDEN",
    );
    expect((await server.store.getMeta(roomId))?.passphraseHash).toBe(hash);
  });

  it("stops guessing after too many wrong passphrases from one address", async () => {
    const { roomId, ada } = await room();
    await ada.must({ type: "room.setPassphrase", passphrase: SECRET });
    const guesser = clientOf(server, roomId);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < WRONG_PASSPHRASES.guesses; i += 1) {
      codes.push(errorCode(await guesser.join({ name: "Guess", passphrase: `guess ${i}` })));
    }
    expect(codes).toEqual(Array(WRONG_PASSPHRASES.guesses).fill("PASSPHRASE_WRONG"));
    // Now even the right one is not checked, by join or by knock.
    expect(errorCode(await guesser.join({ name: "Guess", passphrase: SECRET }))).toBe(
      "RATE_LIMITED",
    );
    expect(errorCode(await guesser.knock({ name: "Guess", passphrase: SECRET }))).toBe(
      "RATE_LIMITED",
    );
    // Rooms are counted apart: another room's passphrase still works.
    const other = await room();
    await other.ada.must({ type: "room.setPassphrase", passphrase: SECRET });
    expect(
      await clientOf(server, other.roomId).join({ name: "Fay", passphrase: SECRET }),
    ).toMatchObject({ ok: true });
  });
});

describe("lobby", () => {
  it("lets a knocker in once a facilitator admits them; a voter cannot", async () => {
    const { roomId, ada, bo } = await room();
    await ada.must({ type: "room.setLobby", on: true });
    await ada.must({ type: "room.setPassphrase", passphrase: SECRET });

    const cy = clientOf(server, roomId);
    expect(errorCode(await cy.join({ name: "Cy", passphrase: SECRET }))).toBe("LOBBY_REQUIRED");
    expect(errorCode(await cy.knock({ name: "Cy" }))).toBe("PASSPHRASE_REQUIRED");
    const knocked = await cy.knock({ name: "Cy", role: "observer", passphrase: SECRET });
    expect(knocked).toMatchObject({ ok: true, admitted: false });
    const cyId = cy.participantId ?? "";
    for (const member of [ada, bo]) {
      await member.waitFor(() => member.state.lobby.some((e) => e.participantId === cyId), "lobby");
      expect(member.state.lobby).toEqual([
        expect.objectContaining({ participantId: cyId, name: "Cy", role: "observer" }),
      ]);
    }
    expect(findParticipant(ada.state, cyId)).toBeUndefined();

    const seq = ada.seq;
    expect(errorCode(await bo.command({ type: "lobby.admit", participantId: cyId }))).toBe(
      "FORBIDDEN",
    );
    expect((await server.rooms.state(roomId)).seq).toBe(seq);
    expect(cy.admissions).toEqual([]);

    await ada.must({ type: "lobby.admit", participantId: cyId });
    await cy.waitFor(() => cy.admissions.length > 0, "admission");
    expect(cy.admissions).toEqual([{ roomId, participantId: cyId, admitted: true }]);
    // In now: the pass is enough, the passphrase is not asked again.
    expect(await cy.join({ name: "Cy", role: "observer" })).toMatchObject({
      ok: true,
      participantId: cyId,
      role: "observer",
    });
    expect(findMember(cy.state, cyId)).toMatchObject({ name: "Cy", role: "observer" });
    expect(cy.state.lobby).toEqual([]);
    // Knocking again as a member says: go ahead and join.
    expect(await cy.knock({ name: "Cy" })).toMatchObject({ ok: true, admitted: true });
  });

  it("turns a denied knocker away, telling every tab it knocked from", async () => {
    const { roomId, ada } = await room();
    await ada.must({ type: "room.setLobby", on: true });
    const dee = clientOf(server, roomId);
    expect(await dee.knock({ name: "Dee" })).toMatchObject({ ok: true, admitted: false });
    // A reload knocks again with the same pass: re-attached, not queued twice.
    const deeReloaded = clientOf(server, roomId);
    expect(
      await deeReloaded.knock({ name: "Dee", participantToken: dee.participantToken }),
    ).toMatchObject({ ok: true, admitted: false, participantId: dee.participantId });
    await ada.waitFor(() => ada.state.lobby.length === 1, "one in the lobby");

    await ada.must({ type: "lobby.deny", participantId: dee.participantId ?? "" });
    const denied = { roomId, participantId: dee.participantId, admitted: false };
    for (const tab of [dee, deeReloaded]) {
      await tab.waitFor(() => tab.admissions.length > 0, "admission");
      expect(tab.admissions).toEqual([denied]);
    }
    expect(ada.state.lobby).toEqual([]);
    expect(findParticipant(ada.state, dee.participantId)).toBeUndefined();
    // Turned away, they hold no pass any more: it is refused, and without it the lobby
    // still stands in the way.
    await passForgotten(server, roomId, dee.participantToken);
    expect(errorCode(await dee.join({ name: "Dee" }))).toBe("UNAUTHORIZED");
    expect(errorCode(await dee.join({ name: "Dee", participantToken: null }))).toBe(
      "LOBBY_REQUIRED",
    );
  });
});

describe("knockers who give up", () => {
  let quick: TestNode;
  beforeAll(async () => {
    quick = await startNode(QUICK_LEAVES);
  });
  afterAll(async () => {
    await quick.dispose();
  });

  it("forgets a knocker who went away once the grace is over, pass and all; they may knock again", async () => {
    const { roomId, ada, bo } = await room(quick);
    await ada.must({ type: "room.setLobby", on: true });
    const cy = clientOf(quick, roomId);
    expect(await cy.knock({ name: "Cy" })).toMatchObject({ ok: true, admitted: false });
    const cyId = cy.participantId ?? "";
    await ada.waitFor(() => ada.state.lobby.length === 1, "Cy waiting");

    // Cancel on the waiting page closes the connection.
    cy.close();
    await sleep(GRACE_MS / 3);
    expect(ada.state.lobby.map((entry) => entry.participantId)).toEqual([cyId]);
    for (const member of [ada, bo]) {
      await member.waitFor(() => member.state.lobby.length === 0, "lobby empty", 5_000);
    }
    expect(findParticipant(ada.state, cyId)).toBeUndefined();
    const left = lobbyLefts(await quick.rooms.readAll(roomId));
    expect(left).toEqual([
      expect.objectContaining({ actorId: null, body: { type: "lobby.left", participantId: cyId } }),
    ]);
    expect(left[0]?.commandId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/);

    // Gone, they hold no pass any more; back later, they knock again as someone new.
    await passForgotten(quick, roomId, cy.participantToken);
    const cyLater = clientOf(quick, roomId);
    expect(
      errorCode(await cyLater.knock({ name: "Cy", participantToken: cy.participantToken })),
    ).toBe("UNAUTHORIZED");
    cyLater.participantToken = null;
    expect(await cyLater.knock({ name: "Cy" })).toMatchObject({ ok: true, admitted: false });
    const cyAgain = cyLater.participantId ?? "";
    expect(cyAgain).not.toBe(cyId);
    await ada.waitFor(() => ada.state.lobby.some((e) => e.participantId === cyAgain), "back");
  });

  it("keeps the place of a knocker who reloads within the grace, and lets them in", async () => {
    const { roomId, ada } = await room(quick);
    await ada.must({ type: "room.setLobby", on: true });
    const dee = clientOf(quick, roomId);
    await dee.knock({ name: "Dee" });
    const deeId = dee.participantId ?? "";
    await ada.waitFor(() => ada.state.lobby.length === 1, "Dee waiting");

    dee.close();
    const reloaded = clientOf(quick, roomId);
    expect(
      await reloaded.knock({ name: "Dee", participantToken: dee.participantToken }),
    ).toMatchObject({ ok: true, admitted: false, participantId: deeId });
    await sleep(GRACE_MS * 2);
    expect(ada.state.lobby.map((entry) => entry.participantId)).toEqual([deeId]);
    expect(lobbyLefts(await quick.rooms.readAll(roomId))).toEqual([]);

    await ada.must({ type: "lobby.admit", participantId: deeId });
    await reloaded.waitFor(() => reloaded.admissions.length > 0, "admission");
    expect(reloaded.admissions).toEqual([{ roomId, participantId: deeId, admitted: true }]);
    expect(await reloaded.join({ name: "Dee" })).toMatchObject({ ok: true, participantId: deeId });
  });
});

describe("removal", () => {
  it("cuts the removed participant off for good while the others see them removed", async () => {
    const { roomId, facilitatorKey, ada, bo } = await room();
    const cy = clientOf(server, roomId);
    await cy.mustJoin({ name: "Cy" });
    const boId = bo.participantId ?? "";
    await cy.waitFor(() => cy.statusOf(boId) === "online", "Bo online");

    await ada.must({ type: "participant.remove", participantId: boId });
    await bo.waitFor(() => bo.disconnectReason !== null, "Bo disconnected");
    expect(bo.disconnectReason).toBe("io server disconnect");
    // Their own tab was told why before it was cut off.
    expect(findParticipant(bo.state, boId)?.removed).toBe(true);
    for (const member of [ada, cy]) {
      await member.waitFor(() => findParticipant(member.state, boId)?.removed === true, "removed");
      await member.waitFor(() => member.statusOf(boId) === "offline", "Bo offline");
    }

    const seq = (await server.rooms.state(roomId)).seq;
    const boAgain = clientOf(server, roomId);
    const pass = { name: "Bo", participantToken: bo.participantToken };
    expect(errorCode(await boAgain.join(pass))).toBe("REMOVED");
    expect(errorCode(await boAgain.join({ ...pass, facilitatorKey }))).toBe("REMOVED");
    expect(errorCode(await boAgain.knock(pass))).toBe("REMOVED");
    expect(errorCode(await boAgain.command({ type: "participant.rename", name: "Back" }))).toBe(
      "NOT_JOINED",
    );
    expect((await server.rooms.state(roomId)).seq).toBe(seq);
  });
});

describe("facilitator handoff", () => {
  it("moves facilitator rights from the old facilitator to the new one", async () => {
    const { ada, bo } = await room();
    await ada.must({ type: "facilitation.handOff", participantId: bo.participantId ?? "" });
    await ada.waitFor(() => findMember(ada.state, ada.participantId)?.role === "voter", "voter");
    const rename = (title: string): CommandBody => ({ type: "room.rename", title });
    expect(errorCode(await ada.command(rename("Mine")))).toBe("FORBIDDEN");
    expect(errorCode(await ada.command({ type: "room.setLobby", on: true }))).toBe("FORBIDDEN");
    await bo.must(rename("Bo's now"));
    await bo.must({ type: "room.setLobby", on: true });
    await ada.waitFor(() => ada.state.title === "Bo's now" && ada.state.access.lobby, "renamed");
  });
});

describeWithRedis("lobby and removal across two nodes", (redis) => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startNode({ REDIS_URL: redis.url, ...QUICK_LEAVES }),
      startNode({ REDIS_URL: redis.url, ...QUICK_LEAVES }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it("forgets a knocker whose tabs on both nodes went away, with one lobby.left", async () => {
    const { roomId, ada } = await room(a);
    await ada.must({ type: "room.setLobby", on: true });
    const onA = clientOf(a, roomId);
    await onA.knock({ name: "Eve" });
    const eveId = onA.participantId ?? "";
    const onB = clientOf(b, roomId);
    expect(await onB.knock({ name: "Eve", participantToken: onA.participantToken })).toMatchObject({
      ok: true,
      admitted: false,
      participantId: eveId,
    });
    await ada.waitFor(() => ada.state.lobby.length === 1, "Eve waiting");

    // One tab going leaves the other waiting: no node forgets Eve.
    onA.close();
    await sleep(GRACE_MS * 2);
    expect(ada.state.lobby.map((entry) => entry.participantId)).toEqual([eveId]);

    // Both nodes check once the last tab has gone; the log takes one answer.
    const again = clientOf(a, roomId);
    await again.knock({ name: "Eve", participantToken: onA.participantToken });
    again.close();
    onB.close();
    await ada.waitFor(() => ada.state.lobby.length === 0, "lobby empty", 5_000);
    await sleep(GRACE_MS);
    expect(lobbyLefts(await a.rooms.readAll(roomId))).toHaveLength(1);
    expect((await b.rooms.state(roomId)).lobby).toEqual([]);
  });

  it("admits a knocker on node B from node A, then removes them from A", async () => {
    const { roomId, ada, bo } = await room(a);
    await ada.must({ type: "room.setLobby", on: true });
    const cy = clientOf(b, roomId);
    expect(errorCode(await cy.join({ name: "Cy" }))).toBe("LOBBY_REQUIRED");
    expect(await cy.knock({ name: "Cy" })).toMatchObject({ ok: true, admitted: false });
    const cyId = cy.participantId ?? "";
    await ada.waitFor(() => ada.state.lobby.some((e) => e.participantId === cyId), "lobby");

    await ada.must({ type: "lobby.admit", participantId: cyId });
    await cy.waitFor(() => cy.admissions.length > 0, "admission on B");
    expect(cy.admissions).toEqual([{ roomId, participantId: cyId, admitted: true }]);
    expect(await cy.join({ name: "Cy" })).toMatchObject({ ok: true, participantId: cyId });
    expect(findMember(cy.state, cyId)?.role).toBe("voter");

    await ada.must({ type: "participant.remove", participantId: cyId });
    await cy.waitFor(() => cy.disconnectReason !== null, "Cy cut off on B");
    await bo.waitFor(() => findParticipant(bo.state, cyId)?.removed === true, "removed");
    const cyAgain = clientOf(b, roomId);
    expect(
      errorCode(await cyAgain.join({ name: "Cy", participantToken: cy.participantToken })),
    ).toBe("REMOVED");
  });
});
