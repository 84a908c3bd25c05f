// One room as this node holds it: the state reduced from the log, what became of recent
// events (applied, or a no-op at their place in the log), and a queue that runs this
// node's writes to the room one at a time.
import { LIMITS, type Rejection, type RoomEvent, type RoomState, step } from "@stackboard/core";

/** Called for every event of the log in seq order, applied or a no-op (then `stateAfter`
 * equals `stateBefore` but for its seq). */
export type EventListener = (
  roomId: string,
  stateBefore: RoomState,
  event: RoomEvent,
  stateAfter: RoomState,
) => void;

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
  /** Commands of this node whose events are handed to the store but not yet durable. */
  readonly inFlight = new Map<string, Promise<{ seq: number; duplicate: boolean }>>();
  /** The state with this node's in-flight events applied: what the next command is decided on. */
  private speculativeState: RoomState | null = null;
  private readonly speculated = new Map<number, string>();
  private readonly outcomesBySeq = new Map<number, Outcome>();
  private readonly seqByCommand = new Map<string, number>();
  private readonly waiters = new Map<number, ((outcome: Outcome) => void)[]>();
  private queue: Promise<unknown> = Promise.resolve();

  readonly roomId: string;
  private readonly listener: EventListener;

  constructor(roomId: string, state: RoomState, listener: EventListener) {
    this.roomId = roomId;
    this.listener = listener;
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
      this.confirmSpeculation(event);
      this.record(event, { seq: event.seq, rejection });
      this.listener(this.roomId, before, event, state);
    }
    return true;
  }

  /** The latest state this node knows, its own in-flight events included. */
  get latest(): RoomState {
    return this.speculativeState ?? this.state;
  }

  /** Applies an event handed to the store ahead of its durability, for the next decision. */
  speculate(event: RoomEvent): void {
    this.speculativeState = step(this.latest, event).state;
    this.speculated.set(event.seq, identityOf(event));
  }

  /** The store refused or failed an in-flight event: decide from the log's state again. */
  dropSpeculation(): void {
    this.speculativeState = null;
    this.speculated.clear();
  }

  private confirmSpeculation(event: RoomEvent): void {
    if (this.speculativeState === null) return;
    const expected = this.speculated.get(event.seq);
    this.speculated.delete(event.seq);
    // Another node's event took the place we counted on, or the log has caught up.
    if (expected !== identityOf(event) || this.state.seq >= this.speculativeState.seq) {
      this.dropSpeculation();
    }
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

const identityOf = (event: RoomEvent): string =>
  `${event.at}|${event.actorId}|${event.commandId}|${event.body.type}`;
