// Child process of crash.integration.test.ts: appends to its rooms from several concurrent
// writers until it is killed, printing "ack <roomId> <seq> <commandId>" once each append
// resolved. Checkpoints run every 20 ms, so that kills also land in the middle of one.
// Usage: node crash-writer.ts <dataDir> <write|fsync> <roomId>...
import { createEmbeddedStore } from "../index.ts";

const [dataDir, durability, ...roomIds] = process.argv.slice(2);
if (dataDir === undefined || roomIds.length === 0) throw new Error("usage: <dataDir> <roomId>");
if (durability !== "write" && durability !== "fsync") throw new Error("durability: write|fsync");

const store = await createEmbeddedStore({ dataDir, durability, checkpointMs: 20 });
for (const roomId of roomIds) {
  const at = Date.now();
  await store.createRoom(
    { roomId, createdAt: at, facilitatorKeyHash: "0".repeat(64) },
    {
      at,
      actorId: null,
      commandId: null,
      body: {
        type: "room.created",
        roomId,
        title: "crash",
        templateId: null,
        criteria: [],
        decisions: [],
      },
    },
  );
}

// Several writers per room, so that group commits span rooms when the kill lands.
async function writer(roomId: string, w: number): Promise<never> {
  for (let i = 0; ; i++) {
    const commandId = `w${w}-${i}`;
    let expected = await store.latestSeq(roomId);
    for (;;) {
      const body = { type: "room.renamed" as const, title: `title ${commandId}` };
      const pending = { at: Date.now(), actorId: `p${w}`, commandId, body };
      const result = await store.append(roomId, expected, pending);
      if (result.status === "conflict") {
        expected = result.latestSeq;
        continue;
      }
      // stdout to a pipe is synchronous on Linux: once printed, the ack has left the process.
      process.stdout.write(`ack ${roomId} ${result.event.seq} ${commandId}\n`);
      break;
    }
  }
}

await Promise.all(
  roomIds.flatMap((roomId) => Array.from({ length: 4 }, (_, w) => writer(roomId, w))),
);
