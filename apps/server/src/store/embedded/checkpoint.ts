// The checkpoint: about once a second, the journal starts a new file, every room with
// journaled events copies them into its own segments, and the journal files that are
// then fully copied are deleted. A room whose segments cannot be written keeps its events
// (and the files holding them) until a later checkpoint succeeds.
import type { StoreLogger } from "./index.ts";
import type { Journal } from "./journal.ts";
import type { RoomLog } from "./room-log.ts";

export class Checkpoint {
  /** Rooms with events in the journal that are not yet in their segments. */
  private readonly dirty = new Set<RoomLog>();
  private running: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly journal: Journal;
  private readonly logger: StoreLogger;

  constructor(journal: Journal, logger: StoreLogger, everyMs: number) {
    this.journal = journal;
    this.logger = logger;
    this.timer = setInterval(() => void this.run(), Math.max(5, everyMs));
    this.timer.unref();
  }

  /** A room has a newly durable event in the journal. */
  note(room: RoomLog): void {
    this.dirty.add(room);
  }

  /** Copies journaled events into their rooms' segments, then drops the journal files. */
  run(): Promise<void> {
    this.running ??= this.copy()
      .catch((err: unknown) => this.logger.error({ err }, "checkpoint failed"))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** No more checkpoints; resolves once the one under way (if any) is done. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async copy(): Promise<void> {
    const files = await this.journal.rotate();
    const rooms = [...this.dirty];
    this.dirty.clear();
    const results = await Promise.allSettled(rooms.map((room) => room.checkpoint()));
    let failed = 0;
    for (const [i, result] of results.entries()) {
      const room = rooms[i];
      if (result.status === "fulfilled" || room === undefined) continue;
      failed += 1;
      this.dirty.add(room);
      this.logger.error({ roomId: room.roomId, err: result.reason }, "checkpoint failed");
    }
    // The journal files stay until every room holding events from them has its segments.
    if (failed === 0) await this.journal.release(files);
  }
}
