// One room as this node holds it: the state reduced from the log, and a queue that
// runs this node's writes to the room one at a time.
import { type RoomEvent, type RoomState, reduce } from "@stackboard/core";

export type EventListener = (roomId: string, stateBefore: RoomState, event: RoomEvent) => void;

export class RoomHandle {
  state: RoomState;
  snapshotSeq: number;
  lastUsed = Date.now();
  /** Sockets on this node in this room; an idle room with none may leave memory. */
  holders = 0;
  unsubscribe: () => void = () => {};
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly roomId: string,
    state: RoomState,
    private readonly listener: EventListener,
  ) {
    this.state = state;
    this.snapshotSeq = state.seq;
  }

  /**
   * Applies events in seq order; an event already applied is skipped. Returns false when
   * an event leaves a gap, so the caller fetches the missing range from the store.
   */
  ingest(events: readonly RoomEvent[]): boolean {
    for (const event of events) {
      if (event.seq <= this.state.seq) continue;
      if (event.seq !== this.state.seq + 1) return false;
      const before = this.state;
      this.state = reduce(before, event);
      this.listener(this.roomId, before, event);
    }
    return true;
  }

  /** Runs `task` after every earlier task of this room on this node. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
