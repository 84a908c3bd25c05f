// A room opens in its creator's language: the template's criteria and decisions are seeded
// in German when asked, with the same ids, weights, modes and options; a language the
// server does not know is refused and opens nothing.
import type { CreateRoomResponse } from "@stackboard/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, getRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";

let server: TestNode;
beforeAll(async () => {
  server = await startNode();
});
afterAll(async () => {
  await server.dispose();
});

async function open(body: Record<string, unknown>): Promise<Response> {
  return apiFetch(`${server.url}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("opening a room in a language", () => {
  it("seeds the template in German, words only", async () => {
    const german = await open({ title: "Zahlungen", template: "web-backend", language: "de" });
    const english = await open({ title: "Payments", template: "web-backend" });
    expect(german.status).toBe(201);
    expect(english.status).toBe(201);
    const roomIdOf = async (response: Response) =>
      ((await response.json()) as CreateRoomResponse).roomId;
    const de = (await getRoom(server.url, await roomIdOf(german))).state;
    const en = (await getRoom(server.url, await roomIdOf(english))).state;
    expect(de.criteria.map((criterion) => criterion.name)).toContain("Vertrautheit im Team");
    expect(de.decisions.map((decision) => decision.title)).toEqual([
      "API-Stil",
      "Sprache und Laufzeit",
      "Datenbank",
      "Client-Interaktion",
    ]);
    expect(en.decisions[0]?.title).toBe("API style");
    const shape = (state: typeof de) =>
      state.decisions.map((d) => ({ id: d.id, mode: d.mode, options: d.options.map((o) => o.id) }));
    expect(shape(de)).toEqual(shape(en));
  });

  it("refuses a language it does not know", async () => {
    const response = await open({ title: "Salle", template: "web-backend", language: "fr" });
    expect(response.status).toBe(400);
  });
});
