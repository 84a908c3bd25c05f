// The id-reuse attack on sealed and anonymous ballots, from the wire: a facilitator removes
// a decision that has ballots and adds a new one under the same id, hoping that catch-ups
// and exports judge the old ballots by the new decision (unsealed, not anonymous). The
// server refuses the id (ID_REUSED), and no raw frame, `sync` from any seq, newcomer's
// snapshot, REST read or export shows the old ballots' content or voters, also after a
// restart over a snapshot written before removed ids were kept.
import { readFile, writeFile } from "node:fs/promises";
import type { SyncResult } from "@stackboard/contracts";
import type { RoomEvent } from "@stackboard/core";
import { afterEach, describe, expect, it } from "vitest";
import { roomPaths } from "../store/embedded/room-files.ts";
import { apiFetch, createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Distinctive content: a frame carrying the sealed ballot would carry this option id. */
const SECRET_OPTION = "pgsecretq";
const SEALED = "sealed-d";
const ANONYMOUS = "anon-d";

async function meeting(server: TestNode) {
  const room = await createRoom(server.url, "Reuse attack");
  const join = async (name: string, role: "voter" | "observer", key: string | null = null) => {
    const client = new TestClient(server.url, room.roomId);
    cleanups.push(() => client.close());
    await client.mustJoin({ name, role, facilitatorKey: key });
    return client;
  };
  const ada = await join("Ada", "voter", room.facilitatorKey);
  const bo = await join("Bo", "voter");
  const cy = await join("Cy", "voter");
  const eve = await join("Eve", "observer");
  for (const [decisionId, sealed, anonymity, first] of [
    [SEALED, true, "off", SECRET_OPTION],
    [ANONYMOUS, false, "full", "pgopen"],
  ] as const) {
    await ada.must({ type: "decision.add", decisionId, title: "Database", context: "" });
    await ada.must({
      type: "decision.configure",
      decisionId,
      mode: "pick",
      dotsPerVoter: 5,
      sealed,
    });
    await ada.must({ type: "decision.setAnonymity", decisionId, anonymity });
    for (const optionId of [first, "mongo"]) {
      await ada.must({
        type: "option.add",
        decisionId,
        optionId,
        label: optionId,
        catalogId: null,
      });
    }
    await ada.must({ type: "decision.open", decisionId });
    const pick = (optionId: string) => ({ mode: "pick" as const, optionId });
    await bo.must({ type: "ballot.cast", decisionId, ballot: pick(first) });
    await cy.must({ type: "ballot.cast", decisionId, ballot: pick("mongo") });
    await ada.must({ type: "decision.remove", decisionId });
  }
  return { room, ada, bo, cy, eve, voters: [bo.participantId ?? "", cy.participantId ?? ""] };
}

/** What must never reach anyone but the voter: sealed content, or an anonymous voter's id. */
function leaks(event: RoomEvent, voters: readonly string[]): string | null {
  const { body } = event;
  if (body.type === "ballot.cast" && body.decisionId === SEALED) return "a sealed ballot";
  if (body.type.startsWith("ballot.") && "decisionId" in body && body.decisionId === ANONYMOUS) {
    if (voters.includes(event.actorId ?? "")) return "an anonymous voter";
  }
  return null;
}

function expectNoLeak(events: readonly RoomEvent[], voters: readonly string[], where: string) {
  const found = events.flatMap((event) => {
    const leak = leaks(event, voters);
    return leak ? [`${where}: seq ${event.seq} shows ${leak}`] : [];
  });
  expect(found).toEqual([]);
}

/** `sync` from every seq, as raw acks, for a client that is in the room. */
async function syncFromEverySeq(client: TestClient, latest: number): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (let afterSeq = 0; afterSeq <= latest; afterSeq++) {
    results.push(
      await client.socket.timeout(10_000).emitWithAck("sync", { roomId: client.roomId, afterSeq }),
    );
  }
  return results;
}

async function expectNothingShown(server: TestNode, clients: TestClient[], voters: string[]) {
  const [reader] = clients;
  if (!reader) throw new Error("no reader");
  const latest = reader.seq;
  for (const client of clients) {
    for (const result of await syncFromEverySeq(client, latest)) {
      if (!result.ok) throw new Error(result.error.message);
      expectNoLeak(result.catchUp.events, voters, `sync for ${client.participantId}`);
      const text = JSON.stringify(result);
      expect(text).not.toContain(`"optionId":"${SECRET_OPTION}"}`);
    }
    // Every raw frame this socket received: live events, acks, catch-ups.
    for (const frame of client.frames) {
      expect(frame).not.toContain(`"mode":"pick","optionId":"${SECRET_OPTION}"`);
      for (const voter of voters) {
        expect(frame).not.toMatch(
          new RegExp(`"actorId":"${voter}"[^}]*"type":"ballot\\.\\w+","decisionId":"${ANONYMOUS}"`),
        );
      }
    }
  }
  const base = `${server.url}/api/rooms/${reader.roomId}`;
  const exported = (await (await apiFetch(`${base}/export.json`)).json()) as {
    events: RoomEvent[];
  };
  expectNoLeak(exported.events, voters, "export.json");
  for (const path of ["", "/export.json", "/export.md", "/export.ballots.csv"]) {
    const text = await (await apiFetch(`${base}${path}`)).text();
    expect(text, path).not.toContain(`"optionId":"${SECRET_OPTION}"}`);
    // The removed decisions (and so their ballots) are on no board, record or sheet.
    if (path !== "/export.json") expect(text, path).not.toContain(SECRET_OPTION);
  }
}

describe("re-adding a removed decision's id", () => {
  it("is refused, and no frame, sync, snapshot, REST read or export shows the old ballots", async () => {
    const server = await startNode();
    cleanups.push(() => server.dispose());
    const { room, ada, eve, voters } = await meeting(server);
    for (const decisionId of [SEALED, ANONYMOUS]) {
      const again = await ada.command({
        type: "decision.add",
        decisionId,
        title: "Fresh",
        context: "",
      });
      expect(again).toMatchObject({ ok: false, error: { code: "ID_REUSED" } });
    }
    const newcomer = new TestClient(server.url, room.roomId);
    cleanups.push(() => newcomer.close());
    await newcomer.mustJoin({ name: "Newcomer" });
    expect(newcomer.lastCatchUp?.kind).toBe("snapshot");
    await eve.waitForSeq(newcomer.seq);
    await expectNothingShown(server, [eve, newcomer, ada], voters);
  });

  it("stays refused after a restart over a snapshot written before removed ids were kept", async () => {
    const first = await startNode();
    const { room, voters } = await meeting(first);
    await first.close();
    // What a server of protocol 3 stored: no removed ids, no proposals.
    const file = roomPaths(first.dataDir, room.roomId).snapshot;
    const stored = JSON.parse(await readFile(file, "utf8")) as {
      seq: number;
      state: { retiredIds?: unknown; decisions: Record<string, unknown>[] };
    };
    delete stored.state.retiredIds;
    for (const decision of stored.state.decisions) {
      delete decision.proposal;
      delete decision.retiredOptionIds;
    }
    await writeFile(file, JSON.stringify(stored));

    const second = await startNode({}, first.dataDir);
    cleanups.push(() => second.dispose());
    const ada = new TestClient(second.url, room.roomId);
    cleanups.push(() => ada.close());
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    const again = await ada.command({
      type: "decision.add",
      decisionId: SEALED,
      title: "F",
      context: "",
    });
    expect(again).toMatchObject({ ok: false, error: { code: "ID_REUSED" } });
    const eve = new TestClient(second.url, room.roomId);
    cleanups.push(() => eve.close());
    await eve.mustJoin({ name: "Eve", role: "observer" });
    await expectNothingShown(second, [eve], voters);
  });
});
