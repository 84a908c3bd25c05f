// Who has not voted, on the real wire: only a facilitator nudges, at most once per decision
// every 10 s (a typed TOO_SOON), and a nudge on an anonymous decision tells the facilitator
// nobody's name or id; each nudged voter's own replica knows it was nudged. Auto-reveal:
// the server locks and reveals once, right after the last eligible vote and not before,
// also with two nodes on one Redis.
import {
  findDecision,
  NUDGE_INTERVAL_MS,
  nudgedToVote,
  type RoomEvent,
  turnout,
} from "@stackboard/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeWithRedis } from "./testing/redis-server.ts";
import { createRoom } from "./testing/rest.ts";
import { startNode, type TestNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

let server: TestNode;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startNode();
});
afterAll(async () => {
  await server.dispose();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

function clientOf(at: TestNode, roomId: string): TestClient {
  const client = new TestClient(at.url, roomId);
  clients.push(client);
  return client;
}

const BO_NAME = "Bo Novak";
const CY_NAME = "Cy Lind";

interface RoomSetup {
  sealed: boolean;
  anonymity?: "aliases" | "full";
  autoReveal?: boolean;
}

/** Ada (facilitator), Bo and Cy in a room whose decision `q` is open for voting. */
async function meeting(
  setup: RoomSetup,
  nodes: { ada: TestNode; others: TestNode } = {
    ada: server,
    others: server,
  },
) {
  const { roomId, facilitatorKey } = await createRoom(nodes.ada.url, "Queue");
  const ada = clientOf(nodes.ada, roomId);
  const bo = clientOf(nodes.others, roomId);
  const cy = clientOf(nodes.others, roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey });
  // Names with a space: random ids (base64url) can never contain them by chance.
  await bo.mustJoin({ name: BO_NAME });
  await cy.mustJoin({ name: CY_NAME });
  await ada.must({ type: "decision.add", decisionId: "q", title: "Queue", context: "" });
  await ada.must({
    type: "decision.configure",
    decisionId: "q",
    mode: "pick",
    dotsPerVoter: 5,
    sealed: setup.sealed,
  });
  for (const [optionId, label] of [
    ["rabbit", "RabbitMQ"],
    ["kafka", "Kafka"],
  ] as const) {
    await ada.must({ type: "option.add", decisionId: "q", optionId, label, catalogId: null });
  }
  if (setup.anonymity) {
    await ada.must({ type: "decision.setAnonymity", decisionId: "q", anonymity: setup.anonymity });
  }
  if (setup.autoReveal) {
    await ada.must({ type: "decision.setAutoReveal", decisionId: "q", autoReveal: true });
  }
  await ada.must({ type: "decision.open", decisionId: "q" });
  return { roomId, ada, bo, cy };
}

const vote = (client: TestClient, optionId = "kafka") =>
  client.must({ type: "ballot.cast", decisionId: "q", ballot: { mode: "pick", optionId } });

const ofType = (events: readonly RoomEvent[], type: RoomEvent["body"]["type"]) =>
  events.filter((event) => event.body.type === type);

describe("nudging those who have not voted", () => {
  it("is a facilitator's only, once per decision every 10 s, and names nobody on an anonymous decision", async () => {
    const { ada, bo, cy } = await meeting({ sealed: true, anonymity: "full" });
    await vote(bo);
    const forbidden = await bo.command({ type: "decision.nudge", decisionId: "q" });
    expect(forbidden).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const framesBefore = ada.frames.length;
    const nudged = await ada.must({ type: "decision.nudge", decisionId: "q" });
    const again = await ada.command({ type: "decision.nudge", decisionId: "q" });
    expect(again).toMatchObject({ ok: false, error: { code: "TOO_SOON" } });
    expect(NUDGE_INTERVAL_MS).toBe(10_000);

    for (const client of [ada, bo, cy]) await client.waitForSeq(nudged);
    const me = (client: TestClient) => client.participantId ?? "";
    const decisionOf = (client: TestClient) => {
      const decision = findDecision(client.state, "q");
      if (!decision) throw new Error("no decision");
      return decision;
    };
    // Cy's own replica knows she was nudged; Bo voted; Ada sent it.
    expect(nudgedToVote(cy.state, decisionOf(cy), me(cy))).toBe(true);
    expect(nudgedToVote(bo.state, decisionOf(bo), me(bo))).toBe(false);
    expect(nudgedToVote(ada.state, decisionOf(ada), me(ada))).toBe(false);

    // The facilitator learns counts, never who: not in the nudge's frame, not in the state.
    expect(turnout(ada.state, decisionOf(ada))).toEqual({ voted: 1, eligible: 3, waiting: null });
    const nudgeFrames = ada.frames.slice(framesBefore).filter((f) => f.includes("decision.nudged"));
    expect(nudgeFrames).toHaveLength(1);
    for (const secret of [me(bo), me(cy), BO_NAME, CY_NAME]) {
      expect(nudgeFrames[0]).not.toContain(secret);
    }
    expect(JSON.stringify(decisionOf(ada).ballots)).not.toContain(me(bo));
    expect(decisionOf(ada).nudge).toEqual({ at: expect.any(Number), by: me(ada) });
  });

  it("is refused once everyone who may vote has voted", async () => {
    const { ada, bo, cy } = await meeting({ sealed: false });
    for (const client of [ada, bo, cy]) await vote(client);
    const refused = await ada.command({ type: "decision.nudge", decisionId: "q" });
    expect(refused).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
  });

  it("is judged like every new command by core's checkCommand (a consent block needs a reason)", async () => {
    const { roomId, facilitatorKey } = await createRoom(server.url, "Consent");
    const fran = clientOf(server, roomId);
    const ava = clientOf(server, roomId);
    await fran.mustJoin({ name: "Fran", facilitatorKey });
    await ava.mustJoin({ name: "Ava" });
    await fran.must({ type: "decision.add", decisionId: "c", title: "Adopt Kafka", context: "" });
    await fran.must({
      type: "decision.configure",
      decisionId: "c",
      mode: "consent",
      dotsPerVoter: 5,
      sealed: false,
    });
    await fran.must({
      type: "option.add",
      decisionId: "c",
      optionId: "k",
      label: "Kafka",
      catalogId: null,
    });
    const unwritten = await fran.command({ type: "decision.open", decisionId: "c" });
    expect(unwritten).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
    await fran.must({ type: "decision.propose", decisionId: "c", optionId: "k", text: "Kafka." });
    await fran.must({ type: "decision.open", decisionId: "c" });
    const block = await ava.command({
      type: "ballot.cast",
      decisionId: "c",
      ballot: { mode: "consent", stance: "block", reason: " " },
    });
    expect(block).toMatchObject({ ok: false, error: { code: "REASON_REQUIRED" } });
  });
});

describe("auto-reveal", () => {
  it("reveals once, by the server, right after the last eligible vote and not before", async () => {
    const { roomId, ada, bo, cy } = await meeting({ sealed: true, autoReveal: true });
    await vote(ada, "rabbit");
    await vote(bo);
    // Someone new who may vote joins: the room waits for them too.
    const di = clientOf(server, roomId);
    await di.mustJoin({ name: "Di" });
    const cyVoted = await vote(cy);
    await ada.waitForSeq(cyVoted);
    // A round trip later nothing more happened: no lock, no reveal.
    const later = await ada.must({ type: "room.rename", title: "Queue, still open" });
    await ada.waitForSeq(later);
    expect(findDecision(ada.state, "q")?.status).toBe("voting");
    expect(ofType(await server.rooms.readAll(roomId), "decision.allVoted")).toHaveLength(0);

    await vote(di);
    for (const client of [ada, bo, cy, di]) {
      await client.waitFor(() => findDecision(client.state, "q")?.status === "revealed", "reveal");
      const ballots = findDecision(client.state, "q")?.ballots ?? [];
      expect(ballots.map((entry) => entry.ballot)).toEqual([
        { mode: "pick", optionId: "rabbit" },
        { mode: "pick", optionId: "kafka" },
        { mode: "pick", optionId: "kafka" },
        { mode: "pick", optionId: "kafka" },
      ]);
    }
    const log = await server.rooms.readAll(roomId);
    expect(ofType(log, "decision.allVoted")).toEqual([expect.objectContaining({ actorId: null })]);
    expect(ofType(log, "decision.revealed")).toEqual([expect.objectContaining({ actorId: null })]);
    // The lock comes right after the last vote, the reveal right after the lock.
    const lastVote = log.findLastIndex((event) => event.body.type === "ballot.cast");
    expect(log[lastVote + 1]?.body.type).toBe("decision.allVoted");
    expect(log[lastVote + 2]?.body.type).toBe("decision.revealed");
  });

  it("waits while the decision does not reveal by itself", async () => {
    const { roomId, ada, bo, cy } = await meeting({ sealed: true });
    for (const client of [ada, bo]) await vote(client);
    const last = await vote(cy);
    const later = await ada.must({ type: "room.rename", title: "Still sealed" });
    await ada.waitForSeq(Math.max(last, later));
    expect(findDecision(ada.state, "q")?.status).toBe("voting");
    expect(ofType(await server.rooms.readAll(roomId), "decision.revealed")).toHaveLength(0);
  });
});

describeWithRedis("auto-reveal on two nodes", (redis) => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startNode({ REDIS_URL: redis.url }),
      startNode({ REDIS_URL: redis.url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it("locks and reveals once, though both nodes hold the room", async () => {
    const { roomId, ada, bo, cy } = await meeting(
      { sealed: true, anonymity: "aliases", autoReveal: true },
      { ada: a, others: b },
    );
    await vote(ada);
    await vote(bo);
    await vote(cy, "rabbit");
    for (const client of [ada, bo, cy]) {
      await client.waitFor(() => findDecision(client.state, "q")?.status === "revealed", "reveal");
    }
    const later = await ada.must({ type: "room.rename", title: "Settled" });
    await ada.waitForSeq(later);
    const log = await b.rooms.readAll(roomId);
    expect(ofType(log, "decision.allVoted")).toHaveLength(1);
    expect(ofType(log, "decision.revealed")).toHaveLength(1);
  });
});
