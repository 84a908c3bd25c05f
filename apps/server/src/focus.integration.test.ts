// Focus mode over the wire, against a real server and real socket.io-clients: a voter's
// spotlight is FORBIDDEN and writes nothing; a facilitator's reaches everyone in the room,
// a co-facilitator may move it, a late joiner (and the REST snapshot) lands on it, and
// removing the decision clears it everywhere.
import type { CommandBody, RoomEvent } from "@stackboard/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_DECISION } from "./testing/commands.ts";
import { createRoom, getRoom } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

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

const focus = (decisionId: string | null): CommandBody => ({ type: "room.setFocus", decisionId });
const focusEvents = (events: readonly RoomEvent[]) =>
  events.filter((event) => event.body.type === "room.focusSet");

/** A room with Ada (facilitator), Bo and Cy (voters), and two decisions, `db` and `cache`. */
async function room() {
  const created = await createRoom(server.url, "Focus");
  const ada = clientOf(created.roomId);
  const bo = clientOf(created.roomId);
  const cy = clientOf(created.roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey: created.facilitatorKey });
  await bo.mustJoin({ name: "Bo" });
  await cy.mustJoin({ name: "Cy" });
  for (const command of DATABASE_DECISION) await ada.must(command);
  await ada.must({ type: "decision.add", decisionId: "cache", title: "Cache", context: "" });
  return { ...created, ada, bo, cy };
}

describe("focus mode", () => {
  it("refuses a voter's spotlight and writes nothing", async () => {
    const { roomId, ada, bo, cy } = await room();
    const before = (await server.rooms.readAll(roomId)).length;
    for (const decisionId of ["db", "nowhere", null]) {
      const refused = await bo.command(focus(decisionId));
      expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    // Nothing was appended, and no replica moved.
    expect(await server.rooms.readAll(roomId)).toHaveLength(before);
    const seq = await ada.must({ type: "room.rename", title: "Still here" });
    for (const client of [ada, bo, cy]) {
      await client.waitForSeq(seq);
      expect(client.state.focusedDecisionId).toBeNull();
      expect(focusEvents(client.received)).toHaveLength(0);
    }
  });

  it("reaches everyone, follows a co-facilitator, lands a late joiner and clears with its decision", async () => {
    const { roomId, ada, bo, cy } = await room();
    const seq = await ada.must(focus("cache"));
    for (const client of [bo, cy]) {
      await client.waitForSeq(seq);
      expect(client.state.focusedDecisionId).toBe("cache");
      expect(focusEvents(client.received).map((event) => event.body)).toEqual([
        { type: "room.focusSet", decisionId: "cache" },
      ]);
    }
    // Focusing what is already in focus, or something not on the board, says why.
    expect(await ada.command(focus("cache"))).toMatchObject({
      ok: false,
      error: { code: "INVALID_TRANSITION" },
    });
    expect(await ada.command(focus("nowhere"))).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });

    // A co-facilitator moves the spotlight; everyone follows.
    await ada.must({
      type: "participant.setRole",
      participantId: cy.participantId ?? "",
      role: "facilitator",
    });
    const moved = await cy.must(focus("db"));
    await bo.waitForSeq(moved);
    expect(bo.state.focusedDecisionId).toBe("db");

    // Someone new, and a reload, land on the spotlit decision; so does the REST snapshot.
    const late = clientOf(roomId);
    await late.mustJoin({ name: "Dee" });
    expect(late.state.focusedDecisionId).toBe("db");
    bo.close();
    const reloaded = clientOf(roomId);
    await reloaded.mustJoin({ name: "Bo", participantToken: bo.participantToken });
    expect(reloaded.state.focusedDecisionId).toBe("db");
    expect((await getRoom(server.url, roomId)).state.focusedDecisionId).toBe("db");

    // The spotlit decision goes: nothing is in focus, for everyone.
    const removed = await ada.must({ type: "decision.remove", decisionId: "db" });
    for (const client of [ada, cy, late, reloaded]) {
      await client.waitForSeq(removed);
      expect(client.state.focusedDecisionId).toBeNull();
    }
  });
});
