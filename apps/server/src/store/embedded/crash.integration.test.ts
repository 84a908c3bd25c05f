// kill -9 in the middle of appending (and of checkpoints): every acknowledged event must
// survive, in place, in every room.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { newRoomId } from "../contract.ts";
import { createEmbeddedStore } from "./index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, "../../..");
const script = path.join(here, "testing", "crash-writer.ts");
const KILL_AFTER_ACKS = 400;

describe.each([
  ["write", 1],
  ["fsync", 1],
  ["write", 4],
  ["fsync", 4],
] as const)("embedded store killed with SIGKILL (%s, %i rooms)", (durability, roomCount) => {
  it("keeps every acknowledged event, contiguous from seq 1", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-crash-"));
    const roomIds = Array.from({ length: roomCount }, () => newRoomId());
    try {
      const child = spawn(process.execPath, [script, dataDir, durability, ...roomIds], {
        cwd: serverDir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const acks = new Map<string, Map<number, string>>(roomIds.map((id) => [id, new Map()]));
      let total = 0;
      // Lines printed before the kill keep arriving after it: read until the pipe closes.
      createInterface({ input: child.stdout }).on("line", (line) => {
        const [kind, roomId, seq, commandId] = line.split(" ");
        if (kind !== "ack" || roomId === undefined || seq === undefined || !commandId) return;
        acks.get(roomId)?.set(Number(seq), commandId);
        total += 1;
        if (total >= KILL_AFTER_ACKS && child.exitCode === null && !child.killed) {
          child.kill("SIGKILL");
        }
      });
      const [, signal] = (await once(child, "close")) as [number | null, string | null];
      expect(signal, `writer died on its own: ${stderr}`).toBe("SIGKILL");

      const store = await createEmbeddedStore({ dataDir });
      let recovered = 0;
      try {
        for (const roomId of roomIds) {
          const events = await store.readEvents(roomId, 0);
          recovered += events.length;
          expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
          for (const [seq, commandId] of acks.get(roomId) ?? []) {
            const event = events[seq - 1];
            expect(event?.commandId).toBe(commandId);
            expect(event?.body).toEqual({ type: "room.renamed", title: `title ${commandId}` });
          }
          const commandIds = events.flatMap((e) => (e.commandId === null ? [] : [e.commandId]));
          expect(new Set(commandIds).size).toBe(commandIds.length);
        }
      } finally {
        await store.close();
      }
      console.log(
        `durability ${durability}, ${roomCount} rooms: acked ${total}, recovered ${recovered} events`,
      );
      expect(total).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
