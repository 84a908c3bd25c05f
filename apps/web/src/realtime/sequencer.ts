// Holds room events until they can be applied strictly in seq order. Events may arrive
// out of order (a broadcast before the join ack, a sync answer after newer broadcasts) or
// twice; the sequencer hands out each seq once, in order, and says when one is missing.
import type { RoomEvent } from "@stackboard/core";

export interface Take {
  /** The contiguous run after the applied seq, in order. */
  ready: RoomEvent[];
  /** When later events wait behind a missing one: the seq to sync after. */
  gapAfter: number | null;
}

export class EventSequencer {
  readonly #pending = new Map<number, RoomEvent>();

  /** Keeps events for later; a seq already held is kept once. */
  add(events: readonly RoomEvent[]): void {
    for (const event of events) {
      if (!this.#pending.has(event.seq)) this.#pending.set(event.seq, event);
    }
  }

  /** Drops what `appliedSeq` already covers and returns what can be applied next. */
  take(appliedSeq: number): Take {
    for (const seq of this.#pending.keys()) if (seq <= appliedSeq) this.#pending.delete(seq);
    const ready: RoomEvent[] = [];
    let next = appliedSeq + 1;
    for (let event = this.#pending.get(next); event; event = this.#pending.get(next)) {
      ready.push(event);
      this.#pending.delete(next);
      next += 1;
    }
    const gapAfter = this.#pending.size > 0 ? next - 1 : null;
    return { ready, gapAfter };
  }

  get size(): number {
    return this.#pending.size;
  }

  clear(): void {
    this.#pending.clear();
  }
}
