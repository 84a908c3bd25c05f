// One room as this node holds it: the state reduced from the log, what became of recent
// events (applied, or a no-op at their place in the log), and a queue that runs this
// node's writes to the room one at a time.
import {
  applyAllowed,
  LIMITS,
  type Rejection,
  type RoomEvent,
  type RoomState,
  step,
} from "@stackboard/core";

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

/** An event of this node handed to the store, applied ahead of its durability. */
interface Speculation {
  event: RoomEvent;
  /** The state it was decided and applied against, and the state it made. */
  before: RoomState;
  after: RoomState;
}

export class RoomHandle {
  state: RoomState;
  snapshotSeq: number;
  /** How many events early this room's next snapshot falls due (see snapshot-phase.ts). */
  snapshotLead = 0;
  lastUsed = Date.now();
  /** Sockets on this node in this room; an idle room with none may leave memory. */
  holders = 0;
  unsubscribe: () => void = () => {};
  /** Commands of this node whose events are handed to the store but not yet durable. */
  readonly inFlight = new Map<string, Promise<{ seq: number; duplicate: boolean }>>();
  /** This node's in-flight events in seq order: the last one's state is what the next
   * command is decided on, and each one's state is taken over once the event is durable. */
  private readonly speculations: Speculation[] = [];
  /** The seq alone stands for "applied", so the common outcome costs no object. */
  private readonly outcomesBySeq = new Map<number, Outcome | number>();
  private readonly seqByCommand = new Map<string, number>();
  private readonly waiters = new Map<number, ((outcome: Outcome) => void)[]>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Tasks of `exclusive` queued or running: while any is, a decision waits its turn. */
  queued = 0;

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
    for (const event of events) if (!this.ingestOne(event)) return false;
    return true;
  }

  /** `ingest` for one event, without an array around it. */
  ingestOne(event: RoomEvent): boolean {
    if (event.seq <= this.state.seq) return true;
    if (event.seq !== this.state.seq + 1) return false;
    const before = this.state;
    const speculation = this.speculations[0];
    let after: RoomState;
    let rejection: Rejection | null = null;
    if (speculation && sameIdentity(speculation.event, event)) {
      // Our own event took the place we counted on.
      this.speculations.shift();
      if (speculation.before === before && speculation.event.body === event.body) {
        // The very event on the very state it was decided on: the state it made is the state.
        after = speculation.after;
      } else {
        // A copy (a store that decodes what it stored), or after such a copy: reduce it.
        ({ state: after, rejection } = step(before, event));
        if (rejection !== null) this.dropSpeculation();
      }
    } else {
      // Another node's event took the place we counted on: decide from the log's state.
      this.dropSpeculation();
      ({ state: after, rejection } = step(before, event));
    }
    this.state = after;
    this.record(event, rejection === null ? event.seq : { seq: event.seq, rejection });
    this.listener(this.roomId, before, event, after);
    return true;
  }

  /** The latest state this node knows, its own in-flight events included. */
  get latest(): RoomState {
    return this.speculations.at(-1)?.after ?? this.state;
  }

  /**
   * Applies an event handed to the store ahead of its durability, for the next decision.
   * `checkEvent` has just allowed it against `latest`, so it is applied without a check.
   */
  speculate(event: RoomEvent): void {
    const before = this.latest;
    this.speculations.push({ event, before, after: applyAllowed(before, event) });
  }

  /** The store refused or failed an in-flight event: decide from the log's state again. */
  dropSpeculation(): void {
    this.speculations.length = 0;
  }

  /** What became of the event a command id produced, if this node still knows. */
  outcomeOfCommand(commandId: string): Outcome | undefined {
    const seq = this.seqByCommand.get(commandId);
    return seq === undefined ? undefined : this.outcomeIfKnown(seq);
  }

  /** What became of the event at `seq`, if this node has applied it. */
  outcomeIfKnown(seq: number): Outcome | undefined {
    const known = this.outcomesBySeq.get(seq);
    if (known !== undefined) return typeof known === "number" ? { seq, rejection: null } : known;
    return seq <= this.state.seq ? { seq, rejection: null } : undefined;
  }

  /** Resolves once this node has applied (or refused) the event at `seq`. */
  outcomeAt(seq: number): Promise<Outcome> {
    const known = this.outcomeIfKnown(seq);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => {
      this.waiters.set(seq, [...(this.waiters.get(seq) ?? []), resolve]);
    });
  }

  /** Runs `task` after every earlier task of this room on this node. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.queued += 1;
    const run = this.queue.then(task, task);
    this.queue = run.then(this.dequeued, this.dequeued);
    return run;
  }

  private readonly dequeued = (): void => {
    this.queued -= 1;
  };

  private record(event: RoomEvent, outcome: Outcome | number): void {
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
      const settled = typeof outcome === "number" ? { seq: outcome, rejection: null } : outcome;
      for (const resolve of waiting) resolve(settled);
    }
  }
}

/** The event that was speculated, or a copy of it (the store hands back what it was given). */
const sameIdentity = (a: RoomEvent, b: RoomEvent): boolean =>
  a.seq === b.seq &&
  a.at === b.at &&
  a.actorId === b.actorId &&
  a.commandId === b.commandId &&
  a.body.type === b.body.type;
