// Who may act: every facilitator-only command from a voter and an observer, and every
// command aimed at a room the socket has not joined, is refused and writes nothing.
import type { CommandBody } from "@stackboard/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

let server: TestNode;
beforeAll(async () => {
  server = await startNode();
});
afterAll(async () => {
  await server.dispose();
});

/** Each facilitator-only command, aimed at a decision where it would otherwise succeed. */
function facilitatorCommands(voterId: string): CommandBody[] {
  return [
    { type: "room.rename", title: "Taken over" },
    { type: "participant.setRole", participantId: voterId, role: "facilitator" },
    { type: "decision.add", decisionId: "extra", title: "Extra", context: "" },
    { type: "decision.edit", decisionId: "draft", title: "Edited", context: "" },
    { type: "decision.remove", decisionId: "draft" },
    {
      type: "decision.configure",
      decisionId: "draft",
      mode: "dots",
      dotsPerVoter: 3,
      sealed: true,
    },
    { type: "criterion.add", criterionId: "cost", name: "Cost", weight: 0.5 },
    { type: "criterion.update", criterionId: "perf", name: "Performance", weight: 0.9 },
    { type: "criterion.remove", criterionId: "perf" },
    { type: "decision.open", decisionId: "draft" },
    { type: "decision.lock", decisionId: "voting" },
    { type: "decision.reveal", decisionId: "sealed" },
    { type: "decision.decide", decisionId: "locked", optionId: "a", rationale: "Because" },
    { type: "decision.reopen", decisionId: "locked" },
    { type: "timer.start", decisionId: null, durationMs: 60_000, autoLock: false },
    { type: "timer.stop" },
  ];
}

async function preparedRoom() {
  const room = await createRoom(server.url, "Authorization");
  const ada = new TestClient(server.url, room.roomId);
  const bo = new TestClient(server.url, room.roomId);
  const olu = new TestClient(server.url, room.roomId);
  await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
  await bo.mustJoin({ name: "Bo" });
  await olu.mustJoin({ name: "Olu", role: "observer" });
  await ada.must({ type: "criterion.add", criterionId: "perf", name: "Performance", weight: 0.5 });
  for (const [decisionId, sealed] of [
    ["draft", false],
    ["voting", false],
    ["sealed", true],
    ["locked", false],
  ] as const) {
    await ada.must({ type: "decision.add", decisionId, title: decisionId, context: "" });
    await ada.must({
      type: "decision.configure",
      decisionId,
      mode: "pick",
      dotsPerVoter: 5,
      sealed,
    });
    await ada.must({ type: "option.add", decisionId, optionId: "a", label: "A", catalogId: null });
    if (decisionId === "draft") continue;
    await ada.must({ type: "decision.open", decisionId });
    if (decisionId !== "voting") await ada.must({ type: "decision.lock", decisionId });
  }
  await ada.must({ type: "timer.start", decisionId: null, durationMs: 60_000, autoLock: false });
  return { room, ada, bo, olu };
}

describe("authorization matrix", () => {
  it("refuses every facilitator-only command from a voter and an observer", async () => {
    const { ada, bo, olu } = await preparedRoom();
    const before = (await server.rooms.state(ada.roomId)).seq;
    let refused = 0;
    let total = 0;
    for (const client of [bo, olu]) {
      for (const command of facilitatorCommands(client.participantId ?? "")) {
        total += 1;
        const result = await client.command(command);
        if (!result.ok && result.error.code === "FORBIDDEN") refused += 1;
        else
          console.error(
            `not refused: ${command.type} by ${client.participantId}: ${JSON.stringify(result)}`,
          );
      }
    }
    const written = (await server.rooms.state(ada.roomId)).seq - before;
    console.log(
      `authorization: ${refused}/${total} FORBIDDEN (${((100 * refused) / total).toFixed(0)}%), ${written} events written`,
    );
    expect(refused).toBe(total);
    expect(written).toBe(0);
    // The same commands from the facilitator do go through (the matrix is not vacuous).
    expect(await ada.command({ type: "decision.lock", decisionId: "voting" })).toMatchObject({
      ok: true,
    });
    for (const client of [ada, bo, olu]) client.close();
  });

  it("answers FORBIDDEN, not NOT_FOUND, to probes with unknown ids from a voter and an observer", async () => {
    const { ada, bo, olu } = await preparedRoom();
    const before = (await server.rooms.state(ada.roomId)).seq;
    const nobody = "p-no-such-person";
    const nothing = "no-such-thing";
    const probes: CommandBody[] = [
      ...facilitatorCommands(nobody).map((command) =>
        "decisionId" in command && command.decisionId !== null
          ? { ...command, decisionId: nothing }
          : command,
      ),
      { type: "participant.setRole", participantId: nobody, role: "observer" },
      { type: "participant.remove", participantId: nobody },
      { type: "facilitation.handOff", participantId: nobody },
      { type: "lobby.admit", participantId: nobody },
      { type: "lobby.deny", participantId: nobody },
      { type: "room.setLobby", on: true },
      { type: "room.setPassphrase", passphrase: "let me in" },
      { type: "option.remove", decisionId: nothing, optionId: nothing },
      { type: "option.remove", decisionId: "voting", optionId: nothing },
      { type: "annotation.remove", annotationId: nothing },
      {
        type: "decision.setRules",
        decisionId: nothing,
        maxDotsPerOption: null,
        quorum: 0,
        threshold: 0,
      },
      { type: "decision.setAnonymity", decisionId: nothing, anonymity: "full" },
      { type: "decision.newRound", decisionId: nothing },
    ];
    const observerProbes: CommandBody[] = [
      { type: "ballot.cast", decisionId: nothing, ballot: { mode: "pick", optionId: nothing } },
      { type: "ballot.retract", decisionId: nothing },
      { type: "option.add", decisionId: nothing, optionId: "x", label: "X", catalogId: null },
    ];
    const answers = new Map<string, number>();
    let total = 0;
    for (const [client, commands] of [
      [bo, probes],
      [olu, [...probes, ...observerProbes]],
    ] as const) {
      for (const command of commands) {
        total += 1;
        const result = await client.command(command);
        const code = result.ok ? "ok" : result.error.code;
        answers.set(code, (answers.get(code) ?? 0) + 1);
        if (code !== "FORBIDDEN") console.error(`probe ${command.type} answered ${code}`);
      }
    }
    const written = (await server.rooms.state(ada.roomId)).seq - before;
    console.log(
      `authority first: ${answers.get("FORBIDDEN") ?? 0}/${total} probes with unknown ids FORBIDDEN, ${written} events written`,
    );
    expect(Object.fromEntries(answers)).toEqual({ FORBIDDEN: total });
    expect(written).toBe(0);
    for (const client of [ada, bo, olu]) client.close();
  });

  it("refuses every command aimed at another room", async () => {
    const { ada } = await preparedRoom();
    const other = await createRoom(server.url, "Someone else's");
    const before = (await server.rooms.state(other.roomId)).seq;
    const commands: CommandBody[] = [
      ...facilitatorCommands(ada.participantId ?? ""),
      { type: "participant.rename", name: "Intruder" },
      { type: "option.add", decisionId: "draft", optionId: "b", label: "B", catalogId: null },
      { type: "ballot.cast", decisionId: "voting", ballot: { mode: "pick", optionId: "a" } },
      {
        type: "annotation.add",
        annotationId: "n1",
        decisionId: "voting",
        optionId: "a",
        kind: "pro",
        text: "Hi",
      },
    ];
    let refused = 0;
    for (const command of commands) {
      const result = await ada.socket.timeout(5_000).emitWithAck("command", {
        commandId: `cross-${refused}-${command.type.replace(".", "-")}`,
        roomId: other.roomId,
        command,
      });
      if (!result.ok && result.error.code === "FORBIDDEN") refused += 1;
    }
    console.log(
      `cross-room: ${refused}/${commands.length} FORBIDDEN, ${(await server.rooms.state(other.roomId)).seq - before} events written`,
    );
    expect(refused).toBe(commands.length);
    expect((await server.rooms.state(other.roomId)).seq).toBe(before);
    ada.close();
  });

  it("refuses commands from a socket that has not joined", async () => {
    const room = await createRoom(server.url, "Unjoined");
    const stranger = new TestClient(server.url, room.roomId);
    await stranger.connected();
    expect(await stranger.command({ type: "room.rename", title: "x" })).toMatchObject({
      ok: false,
      error: { code: "NOT_JOINED" },
    });
    stranger.close();
  });
});
