// One room as this node holds it: the state reduced from the log, what became of recent
// events (applied, or a no-op at their place in the log), and a queue that runs this
// node's writes to the room one at a time.
import { LIMITS, type Rejection, type RoomEvent, type RoomState, step } from "@stackboard/core";

export type EventListener = (roomId: string, stateBefore: RoomState, event: RoomEvent) => void;

/** What became of an event at its place in the log. */
export interface Outcome {
  seq: number;
  rejection: Rejection | null;
}

/** Outcomes are kept for about as many events as the state keeps command ids. */
const OUTCOMES_KEPT = LIMITS.recentCommandIds * 4;

export class RoomHandle {
  state: RoomState;
  snapshotSeq: number;
  lastUsed = Date.now();
  /** Sockets on this node in this room; an idle room with none may leave memory. */
  holders = 0;
  unsubscribe: () => void = () => {};
  private readonly outcomesBySeq = new Map<number, Outcome>();
  private readonly seqByCommand = new Map<string, number>();
  private readonly waiters = new Map<number, ((outcome: Outcome) => void)[]>();
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
      const { state, rejection } = step(before, event);
      this.state = state;
      this.record(event, { seq: event.seq, rejection });
      this.listener(this.roomId, before, event);
    }
    return true;
  }

  /** What became of the event a command id produced, if this node still knows. */
  outcomeOfCommand(commandId: string): Outcome | undefined {
    const seq = this.seqByCommand.get(commandId);
    return seq === undefined ? undefined : this.outcomesBySeq.get(seq);
  }

  /** Resolves once this node has applied (or refused) the event at `seq`. */
  outcomeAt(seq: number): Promise<Outcome> {
    const known = this.outcomesBySeq.get(seq);
    if (known) return Promise.resolve(known);
    if (seq <= this.state.seq) return Promise.resolve({ seq, rejection: null });
    return new Promise((resolve) => {
      this.waiters.set(seq, [...(this.waiters.get(seq) ?? []), resolve]);
    });
  }

  /** Runs `task` after every earlier task of this room on this node. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private record(event: RoomEvent, outcome: Outcome): void {
    this.outcomesBySeq.set(event.seq, outcome);
    this.outcomesBySeq.delete(event.seq - OUTCOMES_KEPT);
    if (event.commandId !== null) {
      this.seqByCommand.set(event.commandId, event.seq);
      // A Map iterates oldest first.
      if (this.seqByCommand.size > OUTCOMES_KEPT) {
        const oldest = this.seqByCommand.keys().next().value;
        if (oldest !== undefined) this.seqByCommand.delete(oldest);
      }
    }
    const waiting = this.waiters.get(event.seq);
    if (waiting) {
      this.waiters.delete(event.seq);
      for (const resolve of waiting) resolve(outcome);
    }
  }
}
