// A full meeting against a real server (embedded store) driven by real socket.io-clients.

import { RoomExportJsonSchema } from "@stackboard/contracts";
import {
  emptyRoom,
  findDecision,
  type RoomEvent,
  type RoomState,
  reduceAll,
} from "@stackboard/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, createRoom } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

let server: TestNode;

beforeAll(async () => {
  server = await startNode();
});
afterAll(async () => {
  await server.dispose();
});

async function serverState(roomId: string): Promise<{ seq: number; state: RoomState }> {
  const response = await apiFetch(`${server.url}/api/rooms/${roomId}`);
  return (await response.json()) as { seq: number; state: RoomState };
}

async function meetingRoom() {
  const room = await createRoom(server.url, "Checkout service", "web-backend");
  const ada = new TestClient(server.url, room.roomId);
  const bo = new TestClient(server.url, room.roomId);
  const cy = new TestClient(server.url, room.roomId);
  expect(await ada.join({ name: "Ada", facilitatorKey: room.facilitatorKey })).toMatchObject({
    ok: true,
    role: "facilitator",
  });
  expect(await bo.join({ name: "Bo" })).toMatchObject({ ok: true, role: "voter" });
  expect(await cy.join({ name: "Cy" })).toMatchObject({ ok: true, role: "voter" });
  return { room, ada, bo, cy, all: [ada, bo, cy] };
}

describe("a full meeting", () => {
  it("runs from creation to the exported record, and every replica ends equal", async () => {
    const { room, ada, bo, cy, all } = await meetingRoom();
    const template = ada.state;
    expect(template.decisions.map((d) => d.title)).toEqual([
      "API style",
      "Language and runtime",
      "Database",
      "Client interaction",
    ]);
    const [api, lang, db] = template.decisions;
    if (!api || !lang || !db) throw new Error("template decisions missing");

    // Shape: a catalog option added by a voter, the database decision sealed.
    await bo.must({
      type: "option.add",
      decisionId: api.id,
      optionId: "trpc",
      label: "tRPC",
      catalogId: "trpc",
    });
    await ada.must({
      type: "decision.configure",
      decisionId: db.id,
      mode: "score",
      dotsPerVoter: 5,
      sealed: true,
    });
    for (const decision of [api, lang, db])
      await ada.must({ type: "decision.open", decisionId: decision.id });

    // pick
    await bo.must({
      type: "ballot.cast",
      decisionId: api.id,
      ballot: { mode: "pick", optionId: "rest" },
    });
    await cy.must({
      type: "ballot.cast",
      decisionId: api.id,
      ballot: { mode: "pick", optionId: "graphql" },
    });
    await cy.must({
      type: "ballot.cast",
      decisionId: api.id,
      ballot: { mode: "pick", optionId: "rest" },
    });
    // dots
    await bo.must({
      type: "ballot.cast",
      decisionId: lang.id,
      ballot: {
        mode: "dots",
        allocations: [
          { optionId: "nodejs", dots: 3 },
          { optionId: "python", dots: 2 },
        ],
      },
    });
    await cy.must({
      type: "ballot.cast",
      decisionId: lang.id,
      ballot: { mode: "dots", allocations: [{ optionId: "python", dots: 5 }] },
    });
    // score, sealed
    const criteria = template.criteria.map((c) => c.id);
    const scores = (high: string) =>
      db.options.flatMap((option) =>
        criteria.map((criterionId) => ({
          optionId: option.id,
          criterionId,
          score: option.id === high ? 5 : 2,
        })),
      );
    await bo.must({
      type: "ballot.cast",
      decisionId: db.id,
      ballot: { mode: "score", scores: scores("postgresql") },
    });
    await cy.must({
      type: "ballot.cast",
      decisionId: db.id,
      ballot: { mode: "score", scores: scores("postgresql") },
    });

    // annotate, reply, +1
    await cy.must({
      type: "annotation.add",
      annotationId: "n1",
      decisionId: db.id,
      optionId: "postgresql",
      kind: "pro",
      text: "Transactions for payments",
    });
    await bo.must({
      type: "annotation.add",
      annotationId: "n2",
      decisionId: db.id,
      optionId: "mongodb",
      kind: "risk",
      text: "Schema drift",
    });
    await bo.must({
      type: "annotation.reply",
      annotationId: "n1",
      replyId: "r1",
      text: "And JSONB when we need it",
    });
    await ada.must({ type: "annotation.plusOne", annotationId: "n1", on: true });

    // settle
    for (const decision of [api, lang, db])
      await ada.must({ type: "decision.lock", decisionId: decision.id });
    await ada.must({ type: "decision.reveal", decisionId: db.id });
    await ada.must({
      type: "decision.decide",
      decisionId: api.id,
      optionId: "rest",
      rationale: "Simple and cacheable",
    });
    await ada.must({
      type: "decision.decide",
      decisionId: lang.id,
      optionId: "python",
      rationale: "Most dots",
    });
    const last = await ada.must({
      type: "decision.decide",
      decisionId: db.id,
      optionId: "postgresql",
      rationale: "Strong consistency",
    });

    for (const client of all) await client.waitForSeq(last);
    const fromServer = await serverState(room.roomId);
    expect(fromServer.seq).toBe(last);
    for (const client of all) expect(client.state).toEqual(fromServer.state);
    const settled = findDecision(fromServer.state, db.id);
    expect(settled?.status).toBe("decided");
    expect(settled?.ballots.map((b) => b.ballot?.mode)).toEqual(["score", "score"]);

    const markdown = await apiFetch(`${server.url}/api/rooms/${room.roomId}/export.md`);
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(markdown.headers.get("content-disposition")).toContain("attachment");
    const record = await markdown.text();
    expect(record).toContain("# Checkout service");
    expect(record).toContain('Chosen option: "PostgreSQL"');
    expect(record).toContain("Strong consistency");
    expect(record).toContain("Transactions for payments");
    expect(record).toContain("Bo");

    const json = (await (
      await apiFetch(`${server.url}/api/rooms/${room.roomId}/export.json`)
    ).json()) as {
      events: RoomEvent[];
      state: RoomState;
    };
    expect(RoomExportJsonSchema.safeParse(json).success).toBe(true);
    expect(json.events).toHaveLength(last);
    expect(reduceAll(emptyRoom(), json.events)).toEqual(json.state);
    for (const client of all) client.close();
  });

  it("keeps sealed ballots off every other client's wire until the reveal", async () => {
    const { ada, bo, cy, all } = await meetingRoom();
    await ada.must({ type: "decision.add", decisionId: "secret", title: "Queue", context: "" });
    await ada.must({
      type: "decision.configure",
      decisionId: "secret",
      mode: "pick",
      dotsPerVoter: 5,
      sealed: true,
    });
    await ada.must({
      type: "option.add",
      decisionId: "secret",
      optionId: "rabbitZ9",
      label: "RabbitMQ",
      catalogId: null,
    });
    await ada.must({
      type: "option.add",
      decisionId: "secret",
      optionId: "kafkaQ7",
      label: "Kafka",
      catalogId: null,
    });
    await ada.must({ type: "decision.open", decisionId: "secret" });
    await bo.must({
      type: "ballot.cast",
      decisionId: "secret",
      ballot: { mode: "pick", optionId: "kafkaQ7" },
    });
    const lateJoiner = new TestClient(server.url, ada.roomId);
    await lateJoiner.join({ name: "Di" });
    const locked = await ada.must({ type: "decision.lock", decisionId: "secret" });
    for (const client of [...all, lateJoiner]) await client.waitForSeq(locked);

    const ballotFrame =
      /"type":"ballot\.cast"[^}]*"optionId":"kafkaQ7"|"optionId":"kafkaQ7"[^}]*"type":"ballot\.cast"/;
    // The ballot's content, however it is framed (event, snapshot or ack).
    const kafkaBallot = (frames: string[]) =>
      frames.filter(
        (frame) =>
          frame.includes('{\\"mode\\":\\"pick\\",\\"optionId\\":\\"kafkaQ7\\"}') ||
          frame.includes('{"mode":"pick","optionId":"kafkaQ7"}'),
      );
    expect(kafkaBallot(cy.frames)).toEqual([]);
    expect(kafkaBallot(ada.frames)).toEqual([]);
    expect(kafkaBallot(lateJoiner.frames)).toEqual([]);
    expect(kafkaBallot(bo.frames).length).toBeGreaterThan(0);
    expect(cy.frames.some((frame) => ballotFrame.test(frame))).toBe(false);
    expect(findDecision(cy.state, "secret")?.ballots).toEqual([
      expect.objectContaining({ participantId: bo.participantId, ballot: null }),
    ]);
    const rest = await serverState(ada.roomId);
    expect(JSON.stringify(findDecision(rest.state, "secret"))).not.toContain(
      '"optionId":"kafkaQ7"}',
    );

    const revealed = await ada.must({ type: "decision.reveal", decisionId: "secret" });
    await cy.waitForSeq(revealed);
    expect(findDecision(cy.state, "secret")?.ballots[0]?.ballot).toEqual({
      mode: "pick",
      optionId: "kafkaQ7",
    });
    for (const client of [...all, lateJoiner]) client.close();
  });

  it("applies a retried command id once", async () => {
    const { ada, bo, all } = await meetingRoom();
    const decisionId = ada.state.decisions[0]?.id ?? "";
    const command = {
      type: "annotation.add",
      annotationId: "dup",
      decisionId,
      optionId: "rest",
      kind: "question",
      text: "Versioning?",
    } as const;
    const first = await bo.command(command, "retry-me-1");
    const second = await bo.command(command, "retry-me-1");
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toEqual({ ok: true, seq: first.ok ? first.seq : -1, duplicate: true });
    await bo.waitForSeq(first.ok ? first.seq : 0);
    expect(bo.state.annotations.filter((n) => n.id === "dup")).toHaveLength(1);
    expect((await serverState(ada.roomId)).seq).toBe(first.ok ? first.seq : -1);
    for (const client of all) client.close();
  });

  it("refuses a facilitator command from a voter or observer with FORBIDDEN and changes nothing", async () => {
    const { ada, bo, all } = await meetingRoom();
    const olu = new TestClient(server.url, ada.roomId);
    await olu.join({ name: "Olu", role: "observer" });
    const before = await serverState(ada.roomId);
    const decisionId = ada.state.decisions[0]?.id ?? "";
    for (const client of [bo, olu]) {
      for (const command of [
        { type: "decision.open", decisionId },
        { type: "criterion.update", criterionId: "performance", name: "Performance", weight: 1 },
        { type: "timer.start", decisionId: null, durationMs: 60_000, autoLock: false },
        { type: "room.rename", title: "Mine now" },
      ] as const) {
        expect(await client.command(command)).toMatchObject({
          ok: false,
          error: { code: "FORBIDDEN" },
        });
      }
    }
    await ada.must({ type: "decision.open", decisionId });
    expect(
      await olu.command({
        type: "ballot.cast",
        decisionId,
        ballot: { mode: "pick", optionId: "rest" },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const after = await serverState(ada.roomId);
    expect(after.seq).toBe(before.seq + 1);
    for (const client of [...all, olu]) client.close();
  });

  it("answers bad payloads with typed errors and keeps serving", async () => {
    const { ada, all } = await meetingRoom();
    const before = await serverState(ada.roomId);
    const send = (payload: unknown) =>
      ada.socket.timeout(5_000).emitWithAck("command", payload as never);
    expect(await send({ nonsense: true })).toMatchObject({
      ok: false,
      error: { code: "INVALID_COMMAND" },
    });
    expect(
      await send({
        commandId: "cmd-123456",
        roomId: ada.roomId,
        command: {
          type: "ballot.cast",
          decisionId: "x",
          ballot: { mode: "score", scores: [{ optionId: "a", criterionId: "b", score: 9 }] },
        },
      }),
    ).toMatchObject({ ok: false, error: { code: "INVALID_COMMAND" } });
    expect(
      await send({
        commandId: "cmd-123457",
        roomId: "AAAAAAAAAAAAAAAAAAAAAA",
        command: { type: "room.rename", title: "x" },
      }),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await serverState(ada.roomId)).seq).toBe(before.seq);
    expect(await ada.command({ type: "room.rename", title: "Still here" })).toMatchObject({
      ok: true,
    });
    for (const client of all) client.close();
  });
});

describe("reconnecting", () => {
  it("gets exactly the missed events after its last seq", async () => {
    const { ada, bo, cy, all } = await meetingRoom();
    const seenByCy = cy.state.seq;
    const token = cy.participantToken;
    cy.close();
    const decisionId = ada.state.decisions[0]?.id ?? "";
    await ada.must({ type: "decision.open", decisionId });
    await bo.must({ type: "ballot.cast", decisionId, ballot: { mode: "pick", optionId: "grpc" } });
    const last = await ada.must({ type: "room.rename", title: "Renamed while away" });

    const back = new TestClient(server.url, ada.roomId);
    back.state = cy.state;
    const joined = await back.join({ name: "Cy", participantToken: token });
    expect(joined).toMatchObject({ ok: true, participantId: cy.participantId });
    expect(back.lastCatchUp?.kind).toBe("events");
    const seqs =
      back.lastCatchUp?.kind === "events" ? back.lastCatchUp.events.map((e) => e.seq) : [];
    expect(seqs).toEqual(Array.from({ length: last - seenByCy }, (_, i) => seenByCy + 1 + i));
    await back.waitForSeq(last);
    expect(back.state).toEqual(ada.state);
    for (const client of [...all, back]) client.close();
  });

  it("is the same participant after a reload; a forged token or key is refused", async () => {
    const { room, bo, all } = await meetingRoom();
    const reload = new TestClient(server.url, room.roomId);
    expect(await reload.join({ name: "Bo", participantToken: bo.participantToken })).toMatchObject({
      ok: true,
      participantId: bo.participantId,
    });
    expect(reload.state.participants).toHaveLength(3);
    const forged = new TestClient(server.url, room.roomId);
    expect(await forged.join({ name: "Eve", participantToken: "A".repeat(32) })).toMatchObject({
      ok: false,
      error: { code: "UNAUTHORIZED" },
    });
    expect(await forged.join({ name: "Eve", facilitatorKey: "B".repeat(32) })).toMatchObject({
      ok: false,
      error: { code: "UNAUTHORIZED" },
    });
    for (const client of [...all, reload, forged]) client.close();
  });
});
