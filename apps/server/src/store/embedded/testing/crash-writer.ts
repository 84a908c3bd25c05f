// Child process of crash.integration.test.ts: appends to one room from several concurrent
// writers until it is killed, printing "ack <seq> <commandId>" once each append resolved.
// Usage: node crash-writer.ts <dataDir> <roomId> <write|fsync>
import { createEmbeddedStore } from "../index.ts";

const [dataDir, roomId, durability] = process.argv.slice(2);
if (dataDir === undefined || roomId === undefined) throw new Error("usage: <dataDir> <roomId>");
if (durability !== "write" && durability !== "fsync") throw new Error("durability: write|fsync");

const store = await createEmbeddedStore({ dataDir, durability });
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

// Several writers, so that group commit batches are in flight when the kill lands.
async function writer(w: number): Promise<never> {
  for (let i = 0; ; i++) {
    const commandId = `w${w}-${i}`;
    let expected = await store.latestSeq(roomId as string);
    for (;;) {
      const body = { type: "room.renamed" as const, title: `title ${commandId}` };
      const pending = { at: Date.now(), actorId: `p${w}`, commandId, body };
      const result = await store.append(roomId as string, expected, pending);
      if (result.status === "conflict") {
        expected = result.latestSeq;
        continue;
      }
      // stdout to a pipe is synchronous on Linux: once printed, the ack has left the process.
      process.stdout.write(`ack ${result.event.seq} ${commandId}\n`);
      break;
    }
  }
}

await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
