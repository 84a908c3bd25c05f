// The decision-intelligence exports against a real server: sealed ballots stay sealed and
// anonymous voters unnamed in the ballots CSV, one MADR file per decision, the radar sheet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

let server: TestNode;
beforeAll(async () => {
  server = await startNode();
});
afterAll(async () => {
  await server.dispose();
});

const get = (roomId: string, path: string) => apiFetch(`${server.url}/api/rooms/${roomId}${path}`);

describe("intel exports", () => {
  it("serve radar, ballots and MADR files without leaking sealed or anonymous ballots", async () => {
    const room = await createRoom(server.url, "Exports", "empty");
    const ada = new TestClient(server.url, room.roomId);
    const bo = new TestClient(server.url, room.roomId);
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await bo.mustJoin({ name: "Bo" });
    for (const [decisionId, title] of [
      ["db", "Database"],
      ["anon", "Cache"],
    ] as const) {
      await ada.must({ type: "decision.add", decisionId, title, context: "" });
      await ada.must({
        type: "option.add",
        decisionId,
        optionId: `${decisionId}-a`,
        label: "=A",
        catalogId: null,
      });
      await ada.must({
        type: "decision.configure",
        decisionId,
        mode: "pick",
        dotsPerVoter: 5,
        sealed: true,
      });
      if (decisionId === "anon") {
        await ada.must({ type: "decision.setAnonymity", decisionId, anonymity: "full" });
      }
      await ada.must({ type: "decision.open", decisionId });
    }
    for (const decisionId of ["db", "anon"]) {
      await bo.must({
        type: "ballot.cast",
        decisionId,
        ballot: { mode: "pick", optionId: `${decisionId}-a` },
      });
    }

    const sealed = await (await get(room.roomId, "/export.ballots.csv")).text();
    expect(sealed).toContain("Database,pick,Bo,voter,(sealed),,,");
    expect(sealed).toContain("Cache,pick,(anonymous),,1 anonymous ballots");

    await ada.must({ type: "decision.lock", decisionId: "db" });
    await ada.must({ type: "decision.reveal", decisionId: "db" });
    await ada.must({ type: "decision.decide", decisionId: "db", optionId: "db-a", rationale: "" });
    const revealed = await (await get(room.roomId, "/export.ballots.csv")).text();
    expect(revealed).toMatch(/Database,pick,Bo,voter,'=A,,1,/);
    expect(revealed).not.toMatch(/(^|,)=A/m);

    const madr = await get(room.roomId, "/decisions/db/export.md");
    expect(madr.status).toBe(200);
    expect(await madr.text()).toMatch(
      /^---\nstatus: accepted\n.*\ndecision-makers: \["Ada"\]\nconsulted: \["Bo"\]\n/,
    );
    expect((await get(room.roomId, "/decisions/nope/export.md")).status).toBe(404);

    const radar = await (await get(room.roomId, "/export.radar.csv")).text();
    expect(radar).toBe(
      "name,ring,quadrant,isNew,status,movement,history,description\r\n" +
        "'=A,Adopt,Tools,TRUE,New,New,now: Adopt,Database: chosen\r\n",
    );
    ada.close();
    bo.close();
  });
});
