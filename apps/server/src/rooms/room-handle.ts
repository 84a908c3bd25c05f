// One room as this node holds it: the state reduced from the log, and a queue that
// runs this node's writes to the room one at a time.
import { LIMITS, type RoomEvent, type RoomState, reduce } from "@stackboard/core";

export type EventListener = (roomId: string, stateBefore: RoomState, event: RoomEvent) => void;

export class RoomHandle {
  state: RoomState;
  snapshotSeq: number;
  lastUsed = Date.now();
  /** Sockets on this node in this room; an idle room with none may leave memory. */
  holders = 0;
  unsubscribe: () => void = () => {};
  /** Seq of each recent command id, so a retry is answered with the seq it got first. */
  private readonly commandSeqs = new Map<string, number>();
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
      if (event.commandId !== null) this.rememberCommand(event.commandId, event.seq);
      this.listener(this.roomId, before, event);
    }
    return true;
  }

  seqOfCommand(commandId: string): number | undefined {
    return this.commandSeqs.get(commandId);
  }

  private rememberCommand(commandId: string, seq: number): void {
    this.commandSeqs.set(commandId, seq);
    // Keep as many as the state's recent command ids (a Map iterates oldest first).
    if (this.commandSeqs.size > LIMITS.recentCommandIds) {
      const oldest = this.commandSeqs.keys().next().value;
      if (oldest !== undefined) this.commandSeqs.delete(oldest);
    }
  }

  /** Runs `task` after every earlier task of this room on this node. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
