// A decision keeps the tie it settled, through a real server: the reducer records it when
// the facilitator decides, a later change of weights does not rewrite it, and a restart
// over a snapshot written before outcomes kept their tie replays the log and finds the
// tie as it stood when the decision was taken (not as today's weights would have it).
import { readFile, writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { roomPaths } from "./store/embedded/room-files.ts";
import { apiFetch, createRoom, getRoom } from "./testing/rest.ts";
import { startNode } from "./testing/server-node.ts";
import { TestClient } from "./testing/test-client.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a settled tie", () => {
  it("survives a weight change and a restart over an older snapshot", async () => {
    const first = await startNode();
    const room = await createRoom(first.url, "Tie on record");
    const ada = new TestClient(first.url, room.roomId);
    const bo = new TestClient(first.url, room.roomId);
    cleanups.push(
      () => ada.close(),
      () => bo.close(),
    );
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await bo.mustJoin({ name: "Bo", role: "voter" });
    for (const criterionId of ["k-speed", "k-cost"]) {
      await ada.must({ type: "criterion.add", criterionId, name: criterionId, weight: 0.5 });
    }
    await ada.must({ type: "decision.add", decisionId: "d", title: "Database", context: "" });
    await ada.must({
      type: "decision.configure",
      decisionId: "d",
      mode: "score",
      dotsPerVoter: 5,
      sealed: false,
    });
    for (const [optionId, label] of [
      ["a", "Apple"],
      ["b", "Banana"],
    ] as const) {
      await ada.must({ type: "option.add", decisionId: "d", optionId, label, catalogId: null });
    }
    await ada.must({ type: "decision.open", decisionId: "d" });
    // At 0.5 / 0.5 both score 4: a tie for first. (Other criteria nobody scored are left out.)
    await bo.must({
      type: "ballot.cast",
      decisionId: "d",
      ballot: {
        mode: "score",
        scores: [
          { optionId: "a", criterionId: "k-speed", score: 5 },
          { optionId: "a", criterionId: "k-cost", score: 3 },
          { optionId: "b", criterionId: "k-speed", score: 3 },
          { optionId: "b", criterionId: "k-cost", score: 5 },
        ],
      },
    });
    await ada.must({ type: "decision.lock", decisionId: "d" });
    await ada.must({ type: "decision.decide", decisionId: "d", optionId: "a", rationale: "Ripe" });
    // Now speed weighs more: Apple leads today; the decision was still taken on a tie.
    await ada.must({
      type: "criterion.update",
      criterionId: "k-speed",
      name: "k-speed",
      weight: 1,
    });

    const outcomeOf = async (url: string) =>
      (await getRoom(url, room.roomId)).state.decisions.find((d) => d.id === "d")?.outcome;
    expect(await outcomeOf(first.url)).toMatchObject({ optionId: "a", settledTie: ["a", "b"] });
    ada.close();
    bo.close();
    await first.close();

    // What a server of an earlier protocol 4 build stored: outcomes without their tie.
    const file = roomPaths(first.dataDir, room.roomId).snapshot;
    const stored = JSON.parse(await readFile(file, "utf8")) as {
      state: { decisions: { outcome: Record<string, unknown> | null }[] };
    };
    for (const decision of stored.state.decisions) delete decision.outcome?.settledTie;
    await writeFile(file, JSON.stringify(stored));

    const second = await startNode({}, first.dataDir);
    cleanups.push(() => second.dispose());
    expect(await outcomeOf(second.url)).toMatchObject({ optionId: "a", settledTie: ["a", "b"] });
    const markdown = await (
      await apiFetch(`${second.url}/api/rooms/${room.roomId}/export.md`)
    ).text();
    expect(markdown).toContain(
      '- Tie: "Apple" and "Banana" tied for first; Ada settled it by choosing "Apple".',
    );
  });
});
