// The embedded engine's deadlines: one small JSON file in the data directory
// (`deadlines.json`, `[[roomId, key, at], ...]`), held in memory and replaced atomically
// on every change, one write at a time.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Deadline } from "../types.ts";
import { writeFileAtomic } from "./file-writes.ts";
import { isErrno } from "./room-files.ts";
import { SerialQueue } from "./serial.ts";

const FILE = "deadlines.json";

const idOf = (roomId: string, key: string) => JSON.stringify([roomId, key]);

export class DeadlineFile {
  private readonly file: string;
  private readonly sync: boolean;
  private readonly writes = new SerialQueue();
  private readonly deadlines: Map<string, Deadline>;

  private constructor(file: string, sync: boolean, deadlines: Map<string, Deadline>) {
    this.file = file;
    this.sync = sync;
    this.deadlines = deadlines;
  }

  static async open(dataDir: string, sync: boolean): Promise<DeadlineFile> {
    const file = path.join(dataDir, FILE);
    const deadlines = new Map<string, Deadline>();
    try {
      const rows: unknown = JSON.parse(await readFile(file, "utf8"));
      if (Array.isArray(rows)) {
        for (const row of rows) {
          if (!Array.isArray(row)) continue;
          const [roomId, key, at] = row as unknown[];
          if (typeof roomId !== "string" || typeof key !== "string" || typeof at !== "number") {
            continue;
          }
          deadlines.set(idOf(roomId, key), { roomId, key, at });
        }
      }
    } catch (err) {
      if (!isErrno(err, "ENOENT")) throw err;
    }
    return new DeadlineFile(file, sync, deadlines);
  }

  set(roomId: string, key: string, at: number | null): Promise<void> {
    return this.writes.run(async () => {
      const id = idOf(roomId, key);
      const current = this.deadlines.get(id);
      if ((current?.at ?? null) === at) return;
      const next = new Map(this.deadlines);
      if (at === null) next.delete(id);
      else next.set(id, { roomId, key, at });
      const rows = [...next.values()].map((d) => [d.roomId, d.key, d.at]);
      await writeFileAtomic(this.file, JSON.stringify(rows), this.sync);
      this.deadlines.clear();
      for (const [entry, deadline] of next) this.deadlines.set(entry, deadline);
    });
  }

  due(until: number, limit: number): Deadline[] {
    return [...this.deadlines.values()]
      .filter((deadline) => deadline.at <= until)
      .sort((a, b) => a.at - b.at)
      .slice(0, Math.max(0, limit));
  }

  /** Waits for the writes under way. */
  settled(): Promise<void> {
    return this.writes.run(async () => {});
  }
}
