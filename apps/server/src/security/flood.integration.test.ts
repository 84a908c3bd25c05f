// A client that floods is slowed, then cut off, alone: 50 other clients have every command
// acknowledged. Prints both runs' latency figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

let server: TestNode;
beforeAll(async () => {
  // All test clients share 127.0.0.1: the per-address limit is raised so this measures the per-socket one.
  server = await startNode({ COMMANDS_PER_SECOND: "30", COMMANDS_PER_SECOND_PER_IP: "1000000" });
});
afterAll(async () => {
  await server.dispose();
});

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Each client renames itself every `everyMs` for `forMs`; returns ack latencies (ms). */
async function steadyTraffic(
  clients: TestClient[],
  everyMs: number,
  forMs: number,
): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    clients.map(async (client, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * everyMs) / clients.length));
      for (let sent = 0; sent * everyMs < forMs; sent += 1) {
        const started = performance.now();
        const result = await client.command({
          type: "participant.rename",
          name: `Voter ${index} ${sent % 10}`,
        });
        if (result.ok) latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    }),
  );
  return latencies;
}

describe("flood", () => {
  it("limits one socket at 1,000 commands/s while 50 others have every command acknowledged", async () => {
    const room = await createRoom(server.url, "Flood");
    const clients = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const client = new TestClient(server.url, room.roomId);
        await client.mustJoin({ name: `Voter ${index}` });
        return client;
      }),
    );
    const quiet = await steadyTraffic(clients, 500, 4_000);

    const flooder = new TestClient(server.url, room.roomId);
    await flooder.mustJoin({ name: "Flooder" });
    const floodResults = { sent: 0, accepted: 0, limited: 0 };
    let cutOff = false;
    flooder.socket.on("disconnect", () => {
      cutOff = true;
    });
    const flood = setInterval(() => {
      for (let i = 0; i < 10 && flooder.socket.connected; i += 1) {
        floodResults.sent += 1;
        flooder
          .command({ type: "participant.rename", name: `Flood ${floodResults.sent % 100}` })
          .then(
            (result) => {
              if (result.ok) floodResults.accepted += 1;
              else if (result.error.code === "RATE_LIMITED") floodResults.limited += 1;
            },
            () => undefined,
          );
      }
    }, 10);
    const loud = await steadyTraffic(clients, 500, 4_000);
    clearInterval(flood);

    const figures = {
      quietP50: percentile(quiet, 50).toFixed(1),
      quietP99: percentile(quiet, 99).toFixed(1),
      floodP50: percentile(loud, 50).toFixed(1),
      floodP99: percentile(loud, 99).toFixed(1),
      ...floodResults,
      cutOff,
    };
    console.log(`flood: ${JSON.stringify(figures)} (ms)`);
    expect(loud.length).toBe(quiet.length);
    expect(floodResults.limited).toBeGreaterThanOrEqual(floodResults.accepted);
    expect(floodResults.accepted).toBeLessThanOrEqual(30 * 6);
    expect(cutOff).toBe(true);
    // Latency under the flood is a figure (printed above, kept in docs/security.md), not an
    // assertion: on a shared 2-core machine scheduling noise alone can double a p99.
    for (const client of clients) client.close();
    flooder.close();
  }, 60_000);
});
