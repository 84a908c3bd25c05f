// Feeds the local replica: join catch-up, live broadcasts and sync answers all go through
// one sequencer, so the reducer sees every seq once and in order. A gap asks the server
// for the missing range (one request in flight at a time).

import type { CatchUp } from "@stackboard/contracts";
import type { RoomEvent, RoomState } from "@stackboard/core";
import { EventSequencer } from "./sequencer.ts";

export interface ReplicaSink {
  /** Seq of the last event the replica applied. */
  seq(): number;
  apply(events: readonly RoomEvent[]): void;
  replace(state: RoomState): void;
}

export class ReplicaFeed {
  readonly #sequencer = new EventSequencer();
  readonly #sink: ReplicaSink;
  readonly #requestSync: (afterSeq: number) => void;
  /** False between a (re)connect and its join ack: events are held, not applied. */
  #caughtUp = false;
  #syncing = false;

  constructor(sink: ReplicaSink, requestSync: (afterSeq: number) => void) {
    this.#sink = sink;
    this.#requestSync = requestSync;
  }

  /** A live broadcast. Before the join ack it is only held. */
  onEvent(event: RoomEvent): void {
    this.#sequencer.add([event]);
    if (this.#caughtUp) this.#pump();
  }

  /** The join ack's or a sync answer's catch-up. */
  onCatchUp(catchUp: CatchUp): void {
    if (catchUp.kind === "snapshot" && catchUp.state.seq >= this.#sink.seq()) {
      this.#sink.replace(catchUp.state);
    }
    this.#sequencer.add(catchUp.events);
    this.#caughtUp = true;
    this.#syncing = false;
    this.#pump();
  }

  /** A sync request failed or timed out: the next event or catch-up retries. */
  onSyncFailed(): void {
    this.#syncing = false;
  }

  /** The connection dropped: hold events until the next join ack. */
  pause(): void {
    this.#caughtUp = false;
    this.#syncing = false;
  }

  /** True while a gap waits for a sync answer. */
  get syncing(): boolean {
    return this.#syncing;
  }

  /** Retries a pending gap (after a failed sync). */
  retry(): void {
    if (this.#caughtUp) this.#pump();
  }

  #pump(): void {
    const { ready, gapAfter } = this.#sequencer.take(this.#sink.seq());
    if (ready.length > 0) this.#sink.apply(ready);
    if (gapAfter !== null && !this.#syncing) {
      this.#syncing = true;
      this.#requestSync(gapAfter);
    }
  }
}
