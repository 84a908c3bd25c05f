// Anonymous decisions on the real wire: no frame, snapshot, REST read or export ever puts
// a participant id next to a ballot of an anonymous decision, for anyone but the voter.
import { findDecision, type RoomEvent, type RoomState, tallyDecision } from "@stackboard/core";
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

const BALLOT_TYPES = /"type":"(ballot\.cast|ballot\.sealed|ballot\.retracted|decision\.revealed)"/;
// Frames are Socket.IO packets: JSON, with the payload's quotes as they are.
const isBallotFrame = (frame: string, decisionId: string) =>
  BALLOT_TYPES.test(frame) && frame.includes(`"decisionId":"${decisionId}"`);

async function anonymousRoom(anonymity: "aliases" | "full", sealed: boolean) {
  const room = await createRoom(server.url, "Anonymous");
  const ada = new TestClient(server.url, room.roomId);
  const bo = new TestClient(server.url, room.roomId);
  const cy = new TestClient(server.url, room.roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
  await bo.mustJoin({ name: "Bo" });
  await cy.mustJoin({ name: "Cy" });
  await ada.must({ type: "decision.add", decisionId: "anon", title: "Queue", context: "" });
  await ada.must({
    type: "decision.configure",
    decisionId: "anon",
    mode: "pick",
    dotsPerVoter: 5,
    sealed,
  });
  for (const [optionId, label] of [
    ["rabbit", "RabbitMQ"],
    ["kafka", "Kafka"],
  ] as const) {
    await ada.must({ type: "option.add", decisionId: "anon", optionId, label, catalogId: null });
  }
  await ada.must({ type: "decision.setAnonymity", decisionId: "anon", anonymity });
  await ada.must({ type: "decision.open", decisionId: "anon" });
  return { room, ada, bo, cy };
}

/** Every ballot-carrying frame a client received for the decision names none of `ids`. */
function expectNoIdsInBallotFrames(client: TestClient, ids: string[]) {
  const frames = client.frames.filter((frame) => isBallotFrame(frame, "anon"));
  expect(frames.length).toBeGreaterThan(0);
  for (const frame of frames) for (const id of ids) expect(frame).not.toContain(id);
}

function expectKeyedBallots(state: RoomState, realIds: string[], own: string | null = null) {
  for (const entry of findDecision(state, "anon")?.ballots ?? []) {
    if (entry.participantId === own) continue;
    expect(entry.participantId).toMatch(/^anon-[A-Za-z0-9_-]{22}$/);
    expect(realIds).not.toContain(entry.participantId);
  }
}

describe("anonymous decisions", () => {
  it("never send who voted what, in frames, snapshots, REST or exports", async () => {
    const { room, ada, bo, cy } = await anonymousRoom("aliases", false);
    const voters = [bo.participantId ?? "", cy.participantId ?? "", ada.participantId ?? ""];
    await bo.must({
      type: "ballot.cast",
      decisionId: "anon",
      ballot: { mode: "pick", optionId: "kafka" },
    });
    await cy.must({
      type: "ballot.cast",
      decisionId: "anon",
      ballot: { mode: "pick", optionId: "rabbit" },
    });
    // A change of mind and a retraction move the same key, never a new one.
    await bo.must({
      type: "ballot.cast",
      decisionId: "anon",
      ballot: { mode: "pick", optionId: "rabbit" },
    });
    await ada.must({ type: "ballot.cast", decisionId: "anon", ballot: { mode: "abstain" } });
    await ada.must({ type: "ballot.retract", decisionId: "anon" });
    const lateJoiner = new TestClient(server.url, room.roomId);
    await lateJoiner.mustJoin({ name: "Di" });
    const locked = await ada.must({ type: "decision.lock", decisionId: "anon" });
    for (const client of [ada, bo, cy, lateJoiner]) await client.waitForSeq(locked);

    expectNoIdsInBallotFrames(ada, voters.slice(0, 2));
    expectNoIdsInBallotFrames(cy, [voters[0] ?? ""]);
    expectNoIdsInBallotFrames(bo, [voters[1] ?? "", voters[2] ?? ""]);
    // The voter's own tabs do learn their own ballot under their own id.
    expect(bo.frames.some((f) => isBallotFrame(f, "anon") && f.includes(voters[0] ?? ""))).toBe(
      true,
    );

    // Replicas hold keys for others, equal tallies, one entry per voter.
    expectKeyedBallots(ada.state, voters);
    expectKeyedBallots(cy.state, voters, cy.participantId);
    expectKeyedBallots(lateJoiner.state, voters);
    for (const client of [ada, bo, cy, lateJoiner]) {
      const decision = findDecision(client.state, "anon");
      expect(decision?.ballots).toHaveLength(2);
      if (decision) expect(tallyDecision(decision, []).options.map((o) => o.value)).toEqual([2, 0]);
    }
    // Keys are per voter and decision: Cy's view of Bo's key equals Ada's.
    const keysSeenBy = (client: TestClient) =>
      (findDecision(client.state, "anon")?.ballots ?? []).map((entry) => entry.participantId);
    expect(keysSeenBy(ada)).toEqual(keysSeenBy(lateJoiner));
    expect(keysSeenBy(cy)).toContain(keysSeenBy(ada)[0]);

    const rest = (await (await apiFetch(`${server.url}/api/rooms/${room.roomId}`)).json()) as {
      state: RoomState;
    };
    expectKeyedBallots(rest.state, voters);
    const exported = (await (
      await apiFetch(`${server.url}/api/rooms/${room.roomId}/export.json`)
    ).json()) as { state: RoomState; events: RoomEvent[] };
    expectKeyedBallots(exported.state, voters);
    const ballotEvents = exported.events.filter(
      (event) => event.body.type.startsWith("ballot.") && JSON.stringify(event).includes('"anon"'),
    );
    expect(ballotEvents.length).toBe(5);
    for (const event of ballotEvents) expect(voters).not.toContain(event.actorId);
    const markdown = await (
      await apiFetch(`${server.url}/api/rooms/${room.roomId}/export.md`)
    ).text();
    expect(markdown).toContain("anonymous ballots (aliases)");
    for (const client of [ada, bo, cy, lateJoiner]) client.close();
  });

  it("keeps sealed anonymous ballots keyed through the reveal, and is one-way", async () => {
    const { ada, bo, cy } = await anonymousRoom("full", true);
    const voters = [bo.participantId ?? "", cy.participantId ?? ""];
    await bo.must({
      type: "ballot.cast",
      decisionId: "anon",
      ballot: { mode: "pick", optionId: "kafka" },
    });
    await cy.must({
      type: "ballot.cast",
      decisionId: "anon",
      ballot: { mode: "pick", optionId: "kafka" },
    });
    await ada.must({ type: "decision.lock", decisionId: "anon" });
    const revealed = await ada.must({ type: "decision.reveal", decisionId: "anon" });
    for (const client of [ada, bo, cy]) await client.waitForSeq(revealed);
    expectNoIdsInBallotFrames(ada, voters);
    expectNoIdsInBallotFrames(cy, [voters[0] ?? ""]);
    expectKeyedBallots(ada.state, voters);
    const decision = findDecision(ada.state, "anon");
    expect(decision?.ballots.map((entry) => entry.ballot)).toEqual([
      { mode: "pick", optionId: "kafka" },
      { mode: "pick", optionId: "kafka" },
    ]);
    // Bo's own replica: his entry under his id, Cy's under its key, both revealed.
    expect(findDecision(bo.state, "anon")?.ballots.map((entry) => entry.ballot)).toEqual([
      { mode: "pick", optionId: "kafka" },
      { mode: "pick", optionId: "kafka" },
    ]);

    await ada.must({ type: "decision.reopen", decisionId: "anon" });
    const back = await ada.command({
      type: "decision.setAnonymity",
      decisionId: "anon",
      anonymity: "off",
    });
    expect(back).toMatchObject({ ok: false });
    for (const client of [ada, bo, cy]) client.close();
  });
});
