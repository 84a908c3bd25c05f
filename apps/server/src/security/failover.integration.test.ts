// Faults with figures: a node killed under 200 voters, and redis-server killed with -9.
// Nothing acknowledged is lost, nothing is applied twice, every replica converges.
import type { RoomEvent } from "@stackboard/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { annotation, DATABASE_DECISION } from "../testing/commands.ts";
import { describeWithRedis, PrivateRedis } from "../testing/redis-server.ts";
import { apiFetch, createRoom, getRoom } from "../testing/rest.ts";
import { startNode } from "../testing/server-node.ts";
import { type ServerProcess, spawnServerProcess } from "../testing/server-process.ts";
import { TestClient } from "../testing/test-client.ts";

// With the facilitator, 200 clients: the room's participant cap.
const VOTERS = 199;
const ROUNDS = 5;

async function exportedEvents(url: string, roomId: string): Promise<RoomEvent[]> {
  const response = await apiFetch(`${url}/api/rooms/${roomId}/export.json`);
  return ((await response.json()) as { events: RoomEvent[] }).events;
}

describeWithRedis(
  "failover",
  (redis) => {
    let nodes: ServerProcess[] = [];
    beforeAll(async () => {
      nodes = [
        await spawnServerProcess({ REDIS_URL: redis.url }),
        await spawnServerProcess({ REDIS_URL: redis.url }),
      ];
    });
    afterAll(async () => {
      await Promise.all(nodes.map((node) => node.child.stop("SIGKILL")));
    });

    it("survives SIGKILL of a node under 200 voters: 0 acknowledged lost, 0 applied twice", async () => {
      const [a, b] = nodes;
      if (!a || !b) throw new Error("nodes missing");
      const room = await createRoom(b.url, "Failover");
      const ada = new TestClient(b.url, room.roomId);
      await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
      for (const command of DATABASE_DECISION) await ada.must(command);
      const voters: TestClient[] = [];
      // Joins in batches: 200 simultaneous first joins on two nodes is a stampede on one log.
      for (let first = 0; first < VOTERS; first += 20) {
        const batch = Array.from({ length: Math.min(20, VOTERS - first) }, async (_, offset) => {
          const index = first + offset;
          const node = index % 2 === 0 ? a : b;
          const client = new TestClient(node.url, room.roomId, { ackTimeoutMs: 5_000 });
          await client.mustJoin({ name: `Voter ${index}` });
          return client;
        });
        voters.push(...(await Promise.all(batch)));
      }

      const acknowledged = new Set<string>();
      let failovers = 0;
      let killed = false;
      const killAt = Math.floor((VOTERS * ROUNDS) / 3);
      const vote = async (client: TestClient, index: number) => {
        for (let round = 0; round < ROUNDS; round += 1) {
          const commandId = `failover-${index}-r${round}`;
          const command = annotation(`v${index}r${round}`, `Voter ${index} round ${round}`);
          for (let attempt = 0; ; attempt += 1) {
            const result = await client.command(command, commandId).catch(() => null);
            if (result?.ok) break;
            if (attempt > 20) {
              throw new Error(`${commandId} never acknowledged: ${JSON.stringify(result)}`);
            }
            // The node is gone (or the ack was lost): move to the survivor, resend the same id.
            failovers += 1;
            await client.moveTo(b.url).catch(() => undefined);
          }
          acknowledged.add(commandId);
          if (!killed && acknowledged.size >= killAt) {
            killed = true;
            a.child.process.kill("SIGKILL");
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const started = Date.now();
      await Promise.all(voters.map((client, index) => vote(client, index)));

      const events = await exportedEvents(b.url, room.roomId);
      const applied = new Map<string, number>();
      for (const event of events)
        if (event.commandId) applied.set(event.commandId, (applied.get(event.commandId) ?? 0) + 1);
      const missing = [...acknowledged].filter((id) => !applied.has(id));
      const twice = [...applied].filter(([, count]) => count > 1);
      const served = await getRoom(b.url, room.roomId);
      const convergeStart = Date.now();
      // Convergence time is reported below; the wait is only a guard against a client that
      // never catches up (on a busy machine 200 clients take seconds to drain their sockets).
      await Promise.all(voters.map((client) => client.waitForSeq(served.seq, 30_000)));
      const convergedMs = Date.now() - convergeStart;
      const equal = voters.filter(
        (client) => JSON.stringify(client.state) === JSON.stringify(served.state),
      ).length;
      console.log(
        `node kill: ${VOTERS} voters, ${acknowledged.size} acknowledged, killed after ${killAt}, ${failovers} failovers, ` +
          `${missing.length} missing, ${twice.length} applied twice, ${equal}/${VOTERS} replicas equal to the log ${convergedMs} ms after, run ${Date.now() - started} ms`,
      );
      expect(killed).toBe(true);
      expect(acknowledged.size).toBe(VOTERS * ROUNDS);
      expect(missing).toEqual([]);
      expect(twice).toEqual([]);
      expect(served.state.annotations).toHaveLength(VOTERS * ROUNDS);
      expect(equal).toBe(VOTERS);
      for (const client of [ada, ...voters]) client.close();
    }, 120_000);
  },
  { private: true },
);

describeWithRedis(
  "redis crash",
  () => {
    for (const appendFsync of ["always", "everysec"] as const) {
      it(`kill -9 of redis-server (appendfsync ${appendFsync}): counts what acknowledged events survive`, async () => {
        const redis = await PrivateRedis.start({ appendOnly: true, appendFsync });
        const node = await startNode({ REDIS_URL: redis.url, COMMANDS_PER_SECOND: "100000" });
        try {
          const room = await createRoom(node.url, "Redis crash");
          // A long ack wait: on a busy machine 600 commands at once take seconds to be answered,
          // and the kill must come after the 300th acknowledgement.
          const ada = new TestClient(node.url, room.roomId, { ackTimeoutMs: 10_000 });
          await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
          for (const command of DATABASE_DECISION) await ada.must(command);
          const acknowledged: string[] = [];
          let crashed = false;
          await Promise.all(
            Array.from({ length: 600 }, (_, index) =>
              ada
                .command(annotation(`n${index}`, `Reason ${index}`))
                .then(async (result) => {
                  if (!result.ok) return;
                  acknowledged.push(`n${index}`);
                  if (acknowledged.length === 300 && !crashed) {
                    crashed = true;
                    await redis.kill();
                  }
                })
                .catch(() => undefined),
            ),
          );
          await redis.resume();
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          const fresh = await startNode({ REDIS_URL: redis.url });
          const kept = new Set(
            (await getRoom(fresh.url, room.roomId)).state.annotations.map((note) => note.id),
          );
          const lost = acknowledged.filter((id) => !kept.has(id));
          console.log(
            `redis kill -9 (appendfsync ${appendFsync}): ${acknowledged.length} acknowledged, ${lost.length} lost`,
          );
          await fresh.dispose();
          ada.close();
          expect(crashed).toBe(true);
          if (appendFsync === "always") expect(lost).toEqual([]);
        } finally {
          await node.dispose();
          await redis.dispose();
        }
      }, 60_000);
    }
  },
  { private: true },
);
