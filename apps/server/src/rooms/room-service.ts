// Rooms on this node: loads a room from its snapshot plus the log after it (no full
// replay), turns commands into events, appends them through the store at the seq they
// were decided against, and hands every applied event, in seq order, to the fan-out.

import { normaliseError, rejectionError, StackboardError } from "@stackboard/contracts";
import {
  type CommandBody,
  checkCommand,
  checkEvent,
  type EventBody,
  emptyRoom,
  eventForCommand,
  isOutdatedState,
  isRecentCommand,
  type Rejection,
  type RoomEvent,
  type RoomState,
  reduceAll,
} from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import type { AppendResult, RoomStore } from "../store/types.ts";
import { type BallotKeysFor, createBallotKeys, ephemeralBallotKeySecret } from "./ballot-keys.ts";
import { type EventListener, type Outcome, RoomHandle } from "./room-handle.ts";
import { snapshotLead } from "./snapshot-phase.ts";

export interface RoomServiceOptions {
  store: RoomStore;
  logger: Logger;
  metrics: Metrics;
  snapshotEvery: number;
  roomIdleMs: number;
  /** Keys the ballot keys of anonymous decisions; must be the same on every node. */
  ballotKeySecret?: string;
  now?: () => number;
}

export interface Executed {
  seq: number;
  duplicate: boolean;
}

/** A room entered or left this node's memory (state: as loaded; null: it left). */
export type RoomResidencyListener = (roomId: string, state: RoomState | null) => void;

/** Builds the event to append from the room's current state, or refuses. The room service
 * then checks it against that state (core's rules), once. */
export type EventBuilder = (state: RoomState) => EventBody | Rejection;

/** What a new command must meet beyond the log's rules (core's `checkCommand`), asked after them. */
export type CommandCheck = (state: RoomState) => Rejection | null;

const READ_CHUNK = 5_000;

export class RoomService {
  private readonly handles = new Map<string, RoomHandle>();
  private readonly loading = new Map<string, Promise<RoomHandle>>();
  private readonly listeners: EventListener[] = [];
  private readonly residency: RoomResidencyListener[] = [];
  /** The save under way per room: one at a time. */
  private readonly snapshotting = new Map<RoomHandle, Promise<void>>();
  /** After a failed save, the seq at which the next one is tried (not on every event). */
  private readonly snapshotRetryAt = new WeakMap<RoomHandle, number>();
  private readonly now: () => number;
  private readonly evictTimer: NodeJS.Timeout;
  /** Appends under way (commands, server-made events, REST): awaited before closing. */
  private appending = 0;
  /** Told once no append is under way (see `appendsDone`). */
  private appendsIdle: (() => void)[] = [];
  /** The ballot key function of a room (anonymous decisions; see `ballot-keys.ts`). */
  readonly ballotKeys: BallotKeysFor;

  private readonly options: RoomServiceOptions;

  constructor(options: RoomServiceOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.ballotKeys = createBallotKeys(options.ballotKeySecret ?? ephemeralBallotKeySecret());
    this.evictTimer = setInterval(() => this.evictIdle(), Math.min(options.roomIdleMs, 60_000));
    this.evictTimer.unref();
  }

  get store(): RoomStore {
    return this.options.store;
  }

  onEvent(listener: EventListener): void {
    this.listeners.push(listener);
  }

  /** Told when a room is loaded into this node (with its state) and when it leaves (null). */
  onResidency(listener: RoomResidencyListener): void {
    this.residency.push(listener);
  }

  /** The room as this node holds it; throws ROOM_NOT_FOUND. */
  async open(roomId: string): Promise<RoomHandle> {
    const handle = this.handles.get(roomId) ?? (await this.load(roomId));
    handle.lastUsed = this.now();
    return handle;
  }

  async state(roomId: string): Promise<RoomState> {
    return (await this.open(roomId)).state;
  }

  /** A participant's command, decided against the latest state and appended once. */
  execute(roomId: string, actorId: string, commandId: string, command: CommandBody) {
    // What core's `decide` does, in two halves: the event here, its checks in `prepare`.
    return this.append(
      roomId,
      actorId,
      commandId,
      (state) => eventForCommand(state, command),
      (state) => checkCommand(state, command),
    );
  }

  /**
   * Appends the event `build` makes. It is decided against the latest state this node
   * knows, its own in-flight events included, and handed to the store in order under the
   * room's queue; durability is awaited outside the queue, so one room's writes batch.
   * The store accepts it only at the seq it was decided for; if another node got there
   * first, the second try appends at the end of the log and the log's verdict (applied,
   * or a no-op with the rule's error) is the answer: at most two appends, never a storm.
   */
  async append(
    roomId: string,
    actorId: string | null,
    commandId: string | null,
    build: EventBuilder,
    commandCheck?: CommandCheck,
  ): Promise<Executed> {
    const loaded = this.handles.get(roomId);
    if (loaded) loaded.lastUsed = this.now();
    const handle = loaded ?? (await this.open(roomId));
    const work = () => this.pipelined(handle, actorId, commandId, build, commandCheck);
    if (commandId === null) return this.counted(handle, null, work);
    const inFlight = handle.inFlight.get(commandId);
    if (inFlight) return inFlight.then((done) => ({ ...done, duplicate: true }));
    // Its bookkeeping ends in `counted`, which has not finished before this line: an async
    // function runs on only up to its first await.
    const run = this.counted(handle, commandId, work);
    handle.inFlight.set(commandId, run);
    return run;
  }

  /** Resolves once every append begun so far has its answer (durable, or refused). */
  async appendsDone(): Promise<void> {
    while (this.appending > 0) await new Promise<void>((resolve) => this.appendsIdle.push(resolve));
  }

  /**
   * Throws the rule's error when `build`'s event would be refused as the room's next event
   * now; appends nothing. For work that must not happen for a refused event (a new pass).
   */
  async precheck(roomId: string, actorId: string | null, build: EventBuilder): Promise<void> {
    const handle = await this.open(roomId);
    this.prepare(handle.latest, actorId, null, build);
  }

  /** Counts an append as under way (and its command as in flight) until it has its answer. */
  private async counted(
    handle: RoomHandle,
    commandId: string | null,
    work: () => Promise<Executed>,
  ): Promise<Executed> {
    this.appending += 1;
    try {
      return await work();
    } finally {
      if (commandId !== null) handle.inFlight.delete(commandId);
      this.appending -= 1;
      if (this.appending === 0) for (const resolve of this.appendsIdle.splice(0)) resolve();
    }
  }

  private async pipelined(
    handle: RoomHandle,
    actorId: string | null,
    commandId: string | null,
    build: EventBuilder,
    commandCheck?: CommandCheck,
  ): Promise<Executed> {
    const decide = () => {
      const state = handle.latest;
      const known = this.knownOutcome(handle, state, commandId);
      if (known) return { known };
      const speculated = this.prepare(state, actorId, commandId, build, commandCheck);
      const written = this.storeCall(this.store.append(handle.roomId, state.seq, speculated));
      handle.speculate(speculated);
      return { written, speculated };
    };
    // Decided at once when nothing of this room waits in its queue (the usual case); behind
    // the queue otherwise, so that decisions keep the order their commands came in.
    const handed = handle.queued > 0 ? await handle.exclusive(async () => decide()) : decide();
    if ("known" in handed) return handed.known;
    let result: AppendResult;
    try {
      result = await handed.written;
    } catch (error) {
      handle.dropSpeculation();
      throw error;
    }
    if (result.status === "appended" && result.event.seq === handed.speculated.seq) {
      // Appended as decided: the store's copy (Redis decodes one) is this very event.
      return this.verdict(handle, handed.speculated, false);
    }
    if (result.status !== "conflict") {
      return this.verdict(handle, result.event, result.status === "duplicate");
    }
    handle.dropSpeculation();
    return handle.exclusive(async () => {
      await this.backfill(handle);
      const state = handle.latest;
      const known = this.knownOutcome(handle, state, commandId);
      if (known) return known;
      const pending = this.prepare(state, actorId, commandId, build, commandCheck);
      const atEnd = await this.storeCall(this.store.append(handle.roomId, null, pending));
      if (atEnd.status === "conflict")
        throw new StackboardError("CONFLICT", "The room is busy; please retry.");
      return this.verdict(handle, atEnd.event, atEnd.status === "duplicate");
    });
  }

  /** A retried command that this node already knows the fate of. */
  private knownOutcome(
    handle: RoomHandle,
    state: RoomState,
    commandId: string | null,
  ): Executed | null {
    if (commandId === null) return null;
    const known = handle.outcomeOfCommand(commandId);
    if (known) return this.settled(known, true);
    return isRecentCommand(state.recentCommandIds, commandId)
      ? { seq: state.seq, duplicate: true }
      : null;
  }

  /** The event to append, checked against `state` (once); throws the rule's error. */
  private prepare(
    state: RoomState,
    actorId: string | null,
    commandId: string | null,
    build: EventBuilder,
    commandCheck?: CommandCheck,
  ): RoomEvent {
    const body = build(state);
    if ("code" in body) throw rejectionError(body);
    // The seq it is decided for; the store assigns the real one (the same, or a conflict).
    const event: RoomEvent = { seq: state.seq + 1, at: this.now(), actorId, commandId, body };
    const rejection = checkEvent(state, event) ?? commandCheck?.(state) ?? null;
    if (rejection) throw rejectionError(rejection);
    return event;
  }

  /** What the log says of an appended event, once this node has applied up to it. */
  private verdict(
    handle: RoomHandle,
    event: RoomEvent,
    duplicate: boolean,
  ): Executed | Promise<Executed> {
    this.ingestOne(handle, event);
    const known = handle.state.seq >= event.seq ? handle.outcomeIfKnown(event.seq) : undefined;
    // Usually the store's listener has applied it already: answered without a promise.
    if (known) return this.settled(known, duplicate);
    return this.verdictAfterBackfill(handle, event, duplicate);
  }

  private async verdictAfterBackfill(
    handle: RoomHandle,
    event: RoomEvent,
    duplicate: boolean,
  ): Promise<Executed> {
    if (handle.state.seq < event.seq) await this.backfill(handle);
    return this.settled(
      handle.outcomeIfKnown(event.seq) ?? (await handle.outcomeAt(event.seq)),
      duplicate,
    );
  }

  private settled(outcome: Outcome, duplicate: boolean): Executed {
    if (outcome.rejection) throw rejectionError(outcome.rejection);
    return { seq: outcome.seq, duplicate };
  }

  /** Events after `afterSeq` from the log, in order. */
  async readEvents(roomId: string, afterSeq: number, limit?: number): Promise<RoomEvent[]> {
    return this.storeCall(this.store.readEvents(roomId, afterSeq, limit));
  }

  /** Every event of the room, for exports. */
  async readAll(roomId: string): Promise<RoomEvent[]> {
    const events: RoomEvent[] = [];
    for (;;) {
      const chunk = await this.readEvents(roomId, events.at(-1)?.seq ?? 0, READ_CHUNK);
      events.push(...chunk);
      if (chunk.length < READ_CHUNK) return events;
    }
  }

  /** A socket on this node holds the room: keep it in memory. */
  retain(handle: RoomHandle): void {
    handle.holders += 1;
  }

  release(handle: RoomHandle): void {
    handle.holders = Math.max(0, handle.holders - 1);
    handle.lastUsed = this.now();
  }

  get loadedRooms(): number {
    return this.handles.size;
  }

  async close(): Promise<void> {
    clearInterval(this.evictTimer);
    await this.appendsDone();
    await Promise.allSettled([...this.handles.values()].map((handle) => this.snapshot(handle)));
    for (const handle of this.handles.values()) {
      handle.unsubscribe();
      this.announce(handle.roomId, null);
    }
    this.handles.clear();
  }

  private async load(roomId: string): Promise<RoomHandle> {
    const pending = this.loading.get(roomId);
    if (pending) return pending;
    const loading = this.loadFromStore(roomId).finally(() => this.loading.delete(roomId));
    this.loading.set(roomId, loading);
    return loading;
  }

  private async loadFromStore(roomId: string): Promise<RoomHandle> {
    const handle = await this.readRoom(roomId);
    handle.unsubscribe = this.store.subscribe(roomId, (event) => {
      if (!handle.ingestOne(event)) this.backfillLater(handle);
    });
    try {
      // Events appended between our read and the subscription would otherwise be missed.
      await this.backfill(handle);
    } catch (error) {
      // Not loaded after all: nothing may keep listening for it.
      handle.unsubscribe();
      throw error;
    }
    this.handles.set(roomId, handle);
    this.options.metrics.roomsLoaded.set(this.handles.size);
    this.announce(roomId, handle.state);
    return handle;
  }

  /** The room's latest snapshot plus the log after it (the whole log for an old snapshot). */
  private async readRoom(roomId: string): Promise<RoomHandle> {
    const meta = await this.storeCall(this.store.getMeta(roomId));
    if (!meta) throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");
    const stored = await this.storeCall(this.store.loadSnapshot(roomId));
    // A snapshot from an older server lacks what the reducer has learnt since (which ids
    // were removed, so never to be reused): replay the whole log under today's rules instead.
    const snapshot = stored && !isOutdatedState(stored.state) ? stored : null;
    let state = snapshot ? snapshot.state : emptyRoom();
    for (;;) {
      const events = await this.readEvents(roomId, state.seq, READ_CHUNK);
      state = reduceAll(state, events);
      if (events.length < READ_CHUNK) break;
    }
    const handle = new RoomHandle(roomId, state, (id, before, event, after) =>
      this.emit(id, before, event, after),
    );
    handle.snapshotSeq = snapshot?.seq ?? 0;
    handle.snapshotLead = snapshotLead(roomId, this.options.snapshotEvery);
    handle.lastUsed = this.now();
    return handle;
  }

  /** Reads what the log has past this node's state: the log, not pub/sub, is the truth. */
  private async backfill(handle: RoomHandle): Promise<void> {
    for (;;) {
      const events = await this.readEvents(handle.roomId, handle.state.seq, READ_CHUNK);
      this.ingest(handle, events);
      if (events.length < READ_CHUNK) return;
    }
  }

  /**
   * A gap found outside any request: catch up in the background. A failure is logged and
   * counted; the next event or request that finds the gap tries again.
   */
  private backfillLater(handle: RoomHandle): void {
    this.backfill(handle).catch((error: unknown) =>
      this.backgroundFailed("backfill", handle, error),
    );
  }

  private backgroundFailed(kind: "backfill" | "snapshot", handle: RoomHandle, error: unknown) {
    this.options.metrics.roomErrors.inc({ kind });
    this.options.logger.warn(
      { err: error, roomId: handle.roomId, seq: handle.state.seq, kind },
      `room ${kind} failed`,
    );
  }

  private ingest(handle: RoomHandle, events: readonly RoomEvent[]): void {
    if (!handle.ingest(events)) this.backfillLater(handle);
    this.snapshotIfDue(handle);
  }

  private ingestOne(handle: RoomHandle, event: RoomEvent): void {
    if (!handle.ingestOne(event)) this.backfillLater(handle);
    this.snapshotIfDue(handle);
  }

  private snapshotIfDue(handle: RoomHandle): void {
    const { seq } = handle.state;
    const due =
      seq - handle.snapshotSeq >= this.options.snapshotEvery - handle.snapshotLead &&
      seq >= (this.snapshotRetryAt.get(handle) ?? 0);
    if (due && !this.snapshotting.has(handle)) void this.snapshot(handle);
  }

  /**
   * Saves the room's state as of now, after any save under way. `snapshotSeq` moves only
   * once the save succeeded; a failed one is logged, counted and tried again
   * `snapshotEvery` events later. The save is registered before anything is awaited: the
   * events of one store commit are applied without yielding, and each of them past the
   * due point would otherwise start a save of its own (the same state, written N times).
   */
  private snapshot(handle: RoomHandle): Promise<void> {
    const previous = this.snapshotting.get(handle);
    const saving = (async () => {
      await previous;
      if (handle.state.seq === handle.snapshotSeq) return;
      const snapshot = { seq: handle.state.seq, state: handle.state };
      try {
        await this.store.saveSnapshot(handle.roomId, snapshot);
        handle.snapshotSeq = Math.max(handle.snapshotSeq, snapshot.seq);
        handle.snapshotLead = 0;
      } catch (error) {
        this.snapshotRetryAt.set(handle, snapshot.seq + this.options.snapshotEvery);
        this.backgroundFailed("snapshot", handle, error);
      }
    })();
    this.snapshotting.set(handle, saving);
    return saving.then(() => {
      if (this.snapshotting.get(handle) === saving) this.snapshotting.delete(handle);
    });
  }

  private emit(roomId: string, before: RoomState, event: RoomEvent, after: RoomState): void {
    for (const listener of this.listeners) {
      try {
        listener(roomId, before, event, after);
      } catch (error) {
        this.options.logger.error({ err: error, roomId, seq: event.seq }, "event listener failed");
      }
    }
  }

  private announce(roomId: string, state: RoomState | null): void {
    for (const listener of this.residency) {
      try {
        listener(roomId, state);
      } catch (error) {
        this.options.logger.error({ err: error, roomId }, "room residency listener failed");
      }
    }
  }

  private evictIdle(): void {
    const cutoff = this.now() - this.options.roomIdleMs;
    for (const [roomId, handle] of this.handles) {
      if (handle.holders > 0 || handle.lastUsed > cutoff) continue;
      void this.snapshot(handle);
      handle.unsubscribe();
      this.handles.delete(roomId);
      this.announce(roomId, null);
    }
    this.options.metrics.roomsLoaded.set(this.handles.size);
  }

  /** Store failures become STORE_UNAVAILABLE; our own errors pass through. */
  private storeCall<T>(call: Promise<T>): Promise<T> {
    return call.catch((error: unknown) => {
      if (error instanceof StackboardError) throw error;
      this.options.logger.warn({ err: normaliseError(error).cause ?? error }, "store call failed");
      throw new StackboardError(
        "STORE_UNAVAILABLE",
        "The room store is unavailable; try again shortly.",
        { cause: error },
      );
    });
  }
}
