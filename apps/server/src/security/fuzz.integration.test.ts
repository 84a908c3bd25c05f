// Hostile input against a live server: 10,000+ generated payloads. Nothing crashes, every
// invalid payload gets a typed error, and no rejected payload changes the room.
import { ERROR_CODES } from "@stackboard/contracts";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

let fuzzCounter = 0;
const KNOWN_CODES = new Set<string>(Object.values(ERROR_CODES));
let server: TestNode;
let unhandled = 0;
const onUnhandled = () => {
  unhandled += 1;
};

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  server = await startNode({ COMMANDS_PER_SECOND: "1000000" });
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await server.dispose();
});

const ids = fc.constantFrom(
  "api-style",
  "database",
  "rest",
  "postgresql",
  "performance",
  "n1",
  "__proto__",
  "constructor",
  "",
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 3000, maxLength: 50_000 }),
  fc.constantFrom("=1+2", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"),
);
const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2.5, 1e308),
);

/** Plausible commands over the room's real ids, some valid, most slightly wrong. */
const commandBody = fc.oneof(
  fc.record({
    type: fc.constant("option.add"),
    decisionId: ids,
    optionId: fc.oneof(ids, fc.string()),
    label: text,
    catalogId: fc.oneof(fc.constant(null), ids),
  }),
  fc.record({
    type: fc.constant("ballot.cast"),
    decisionId: ids,
    ballot: fc.oneof(
      fc.record({ mode: fc.constantFrom("pick", "dots", "score"), optionId: ids }),
      fc.anything(),
    ),
  }),
  fc.record({
    type: fc.constant("annotation.add"),
    annotationId: fc.oneof(ids, fc.string()),
    decisionId: ids,
    optionId: ids,
    kind: fc.constantFrom("pro", "con", "risk", "question", "praise"),
    text,
  }),
  fc.record({
    type: fc.constant("criterion.update"),
    criterionId: ids,
    name: text,
    weight: numbers,
  }),
  fc.record({
    type: fc.constant("timer.start"),
    decisionId: fc.oneof(fc.constant(null), ids),
    durationMs: numbers,
  }),
  fc.record({
    type: fc.constantFrom("decision.open", "decision.lock", "decision.reveal", "decision.reopen"),
    decisionId: ids,
  }),
  fc.record({ type: fc.string(), decisionId: ids }),
);

const deepNesting = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { nested: value } : [value];
  return value;
});

const protoPollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}, "commandId": "cmd-proto-1", "roomId": "x"}'),
  JSON.parse(
    '{"commandId": "cmd-proto-2", "roomId": "x", "command": {"type": "room.rename", "__proto__": {"title": "x"}}}',
  ),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
);

describe("fuzz", () => {
  it("survives 10,000 generated payloads with typed errors and no change from rejected ones", async () => {
    const room = await createRoom(server.url, "Fuzz target", "web-backend");
    const ada = new TestClient(server.url, room.roomId);
    await ada.join({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await ada.must({ type: "decision.open", decisionId: "api-style" });

    const payload = fc.oneof(
      {
        weight: 4,
        arbitrary: commandBody.map((command) => ({
          commandId: `cmdfuzz${(fuzzCounter++).toString(36)}x${Math.random().toString(36).slice(2, 10)}`,
          roomId: room.roomId,
          command,
        })),
      },
      {
        weight: 2,
        arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          commandId: fc.anything(),
          roomId: fc.anything(),
          command: fc.anything(),
        }),
      },
      { weight: 1, arbitrary: deepNesting },
      { weight: 1, arbitrary: protoPollution },
      { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 60_000 }) },
    );
    const samples = fc.sample(payload, { numRuns: 10_000, seed: 20261125 });
    const counts = { sent: 0, accepted: 0, rejected: 0, untyped: 0, changedByRejected: 0 };
    const byCode = new Map<string, number>();
    for (const sample of samples) {
      const before = (await server.rooms.state(room.roomId)).seq;
      const result = (await ada.socket
        .timeout(10_000)
        .emitWithAck("command", sample as never)) as unknown;
      counts.sent += 1;
      const ack = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
      if (ack.ok === true) {
        counts.accepted += 1;
        continue;
      }
      counts.rejected += 1;
      const code = String(ack.error?.code);
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
      if (ack.ok !== false || !KNOWN_CODES.has(code) || typeof ack.error?.message !== "string")
        counts.untyped += 1;
      if ((await server.rooms.state(room.roomId)).seq !== before) counts.changedByRejected += 1;
    }
    console.log(
      `fuzz: ${JSON.stringify(counts)}, unhandled rejections ${unhandled}, codes ${JSON.stringify(Object.fromEntries(byCode))}`,
    );
    expect(counts.sent).toBeGreaterThanOrEqual(10_000);
    expect(counts.untyped).toBe(0);
    expect(counts.changedByRejected).toBe(0);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(unhandled).toBe(0);
    expect(ada.socket.connected).toBe(true);
    expect((await apiFetch(`${server.url}/healthz`)).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    ada.close();
  }, 240_000);

  it("answers garbage joins and syncs with typed errors", async () => {
    const room = await createRoom(server.url, "Join fuzz");
    const client = new TestClient(server.url, room.roomId);
    const samples = fc.sample(fc.anything({ maxDepth: 3 }), { numRuns: 500, seed: 7 });
    let typed = 0;
    for (const sample of samples) {
      for (const event of ["join", "sync"] as const) {
        const ack = (await client.socket
          .timeout(5_000)
          .emitWithAck(event, sample as never)) as unknown as {
          ok: boolean;
          error?: { code: string };
        };
        if (ack.ok === false && KNOWN_CODES.has(ack.error?.code ?? "")) typed += 1;
      }
    }
    console.log(`join/sync fuzz: ${typed} of ${samples.length * 2} answered with a typed error`);
    expect(typed).toBe(samples.length * 2);
    expect((await server.rooms.state(room.roomId)).participants).toHaveLength(0);
    client.close();
  }, 120_000);

  it("closes only the socket that sends more than 64 KiB", async () => {
    const room = await createRoom(server.url, "Big payload");
    const big = new TestClient(server.url, room.roomId);
    const bystander = new TestClient(server.url, room.roomId);
    await big.join({ name: "Big" });
    await bystander.join({ name: "Calm" });
    const closed = new Promise<string>((resolve) =>
      big.socket.on("disconnect", (reason) => resolve(reason)),
    );
    // No ack: the server closes the transport instead of answering.
    const rawEmit = big.socket.emit.bind(big.socket) as (event: string, payload: unknown) => void;
    rawEmit("command", {
      commandId: "cmd-huge-1",
      roomId: room.roomId,
      command: { type: "room.rename", title: "x".repeat(64 * 1024 + 1) },
    });
    expect(await closed).toBe("transport close");
    expect(bystander.socket.connected).toBe(true);
    expect(
      await bystander.command({ type: "participant.rename", name: "Still calm" }),
    ).toMatchObject({ ok: true });
    bystander.close();
  });
});
