// SIGTERM in the middle of a vote: the server process stops taking work, answers what it
// took, tells every client to come back (`closing`), and exits by itself within
// SHUTDOWN_TIMEOUT_MS; after a restart, every command it acknowledged is in the log, at
// the seq it was acknowledged with.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandResult, RoomExportJson } from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_DECISION } from "./testing/commands.ts";
import { apiFetch, createRoom } from "./testing/rest.ts";
import { spawnServerProcess } from "./testing/server-process.ts";
import { newCommandId, TestClient } from "./testing/test-client.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const SHUTDOWN_TIMEOUT_MS = 5_000;
const VOTERS = 3;
/** Commands each voter keeps waiting for their answer at any moment. */
const OUTSTANDING = 4;

interface Answer {
  commandId: string;
  result: CommandResult;
  afterSignal: boolean;
}

const cast = (index: number): CommandBody => ({
  type: "ballot.cast",
  decisionId: "db",
  ballot: { mode: "pick", optionId: index % 2 === 0 ? "pg" : "mysql" },
});

describe("graceful shutdown", () => {
  it("SIGTERM mid-vote: acknowledged votes survive, clients are told to come back, the process exits in time", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "stackboard-sigterm-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) };
    const node = await spawnServerProcess(env);
    cleanups.push(() => node.child.stop("SIGKILL"));
    const room = await createRoom(node.url, "Shutdown", "empty");
    const ada = new TestClient(node.url, room.roomId);
    await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
    for (const command of DATABASE_DECISION) await ada.must(command);
    await ada.must({
      type: "option.add",
      decisionId: "db",
      optionId: "mysql",
      label: "MySQL",
      catalogId: "mysql",
    });
    await ada.must({ type: "decision.open", decisionId: "db" });
    const voters = Array.from(
      { length: VOTERS },
      () => new TestClient(node.url, room.roomId, { ackTimeoutMs: 3_000 }),
    );
    for (const [index, voter] of voters.entries()) await voter.mustJoin({ name: `V${index}` });

    const answers: Answer[] = [];
    let signalledAt: number | null = null;
    const exited = new Promise<number | null>((resolve) =>
      node.child.process.once("exit", (code) => resolve(code)),
    );
    const vote = async (voter: TestClient) => {
      for (let index = 0; voter.disconnectReason === null; index += 1) {
        const commandId = newCommandId();
        const result = await voter.command(cast(index), commandId).catch(() => null);
        if (result === null) continue; // no answer: the socket went; it was not acknowledged
        answers.push({ commandId, result, afterSignal: signalledAt !== null });
        const acknowledged = answers.filter((answer) => answer.result.ok).length;
        if (signalledAt === null && acknowledged >= 60) {
          signalledAt = Date.now();
          node.child.process.kill("SIGTERM");
        }
      }
    };
    await Promise.all(
      voters.flatMap((voter) => Array.from({ length: OUTSTANDING }, () => vote(voter))),
    );
    const code = await exited;
    const drainMs = Date.now() - (signalledAt ?? Date.now());

    // Exit code 0: the drain finished by itself (the forced exit after the timeout is 1).
    expect(code, node.child.stderr()).toBe(0);
    expect(drainMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    for (const voter of voters) {
      expect(voter.closings).toEqual([{ reconnectAfterMs: expect.any(Number) }]);
      expect(voter.disconnectReason).toBe("io server disconnect");
    }
    // Work taken before the signal was answered after it; work offered during the drain was
    // refused with a code the browser retries, never with anything final.
    const acknowledged = answers.filter((answer) => answer.result.ok);
    expect(acknowledged.filter((answer) => answer.afterSignal).length).toBeGreaterThan(0);
    const refusals = answers.flatMap(({ result }) => (result.ok ? [] : [result.error.code]));
    expect(new Set(refusals)).toEqual(new Set(refusals.length > 0 ? ["STORE_UNAVAILABLE"] : []));

    const again = await spawnServerProcess(env, node.port);
    cleanups.push(() => again.child.stop("SIGKILL"));
    const exported = (await (
      await apiFetch(`${again.url}/api/rooms/${room.roomId}/export.json`)
    ).json()) as RoomExportJson;
    const logged = new Map(exported.events.map((event) => [event.commandId, event.seq]));
    const lost = acknowledged.filter(
      ({ commandId, result }) => !result.ok || logged.get(commandId) !== result.seq,
    );
    console.log(
      `SIGTERM: ${acknowledged.length} acknowledged (${acknowledged.filter((a) => a.afterSignal).length} after the signal), ${refusals.length} refused while draining, drained in ${drainMs} ms, ${lost.length} lost`,
    );
    expect(lost).toEqual([]);
    ada.close();
    for (const voter of voters) voter.close();
  }, 60_000);
});
