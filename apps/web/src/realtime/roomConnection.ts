// One socket's life in one room: open (join, or knock on a lobby), catch up, live events
// in seq order, sync on a gap, presence, the command outbox, and close. Every reply and
// message from the server is checked against its contract before it touches a store; the
// retry timers are its own and `close` cancels them. What to do when the door refuses is
// decided by `entryGate.ts`; who this browser is, by `lib/identity.ts`.
import {
  AdmissionMessageSchema,
  ClosingMessageSchema,
  type CommandEnvelope,
  type CommandResult,
  CommandResultSchema,
  EventMessageSchema,
  type JoinRequest,
  JoinResultSchema,
  type KnockRequest,
  KnockResultSchema,
  PROTOCOL_VERSION,
  PresenceMessageSchema,
  readFacilitatorFragment,
  SyncResultSchema,
  type WireError,
} from "@stackboard/contracts";
import { assertNever, type CommandBody, type RoomEvent } from "@stackboard/core";
import { errorText } from "../i18n/errors.ts";
import { clockOffset } from "../lib/clock.ts";
import { updateIdentity } from "../lib/identity.ts";
import { newCommandId } from "../lib/ids.ts";
import type { KeyValueStore } from "../lib/storage.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { useUiStore } from "../store/uiStore.ts";
import { CommandDispatcher } from "./dispatcher.ts";
import {
  afterAdmission,
  afterJoinRefused,
  afterKnockRefused,
  type EntryAttempt,
  type EntryContext,
  type EntryStep,
} from "./entryGate.ts";
import { Outbox } from "./outbox.ts";
import { PendingCommands } from "./pending.ts";
import { ReplicaFeed } from "./replicaFeed.ts";
import { needsCommitment, OrderedSends, withCommitment } from "./sealing.ts";
import { newsForMe } from "./selfEvents.ts";
import {
  type ClientSocket,
  COMMAND_TIMEOUT_MS,
  createSocket,
  JOIN_TIMEOUT_MS,
  reconnectDelayMs,
  SYNC_TIMEOUT_MS,
} from "./socket.ts";

const RETRY_SYNC_MS = 2000;
const NO_ANSWER: WireError = { code: "INTERNAL", message: "The server did not answer. Try again." };

const connection = () => useConnectionStore.getState();
const room = () => useRoomStore.getState();

export class RoomConnection {
  readonly roomId: string;
  private readonly storage: KeyValueStore;
  private readonly socket: ClientSocket;
  private readonly outbox: Outbox;
  private readonly feed: ReplicaFeed;
  private readonly dispatcher: CommandDispatcher;
  private readonly pending = new PendingCommands();
  /** Sends in the order they were made, a sealed cast waiting for its commitment. */
  private readonly sends = new OrderedSends();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly cleanup: (() => void)[] = [];
  private closed = false;
  /** UNAUTHORIZED answers met by dropping a credential (see entryGate.ts). */
  private downgrades = 0;
  /** The room's passphrase as typed: in memory only, never in storage. */
  private passphrase: string | null = null;
  /** The participant id the lobby knows this tab by, once a knock was answered. */
  private knockedAs: string | null = null;

  constructor(roomId: string, storage: KeyValueStore, socket: ClientSocket = createSocket()) {
    this.roomId = roomId;
    this.storage = storage;
    this.socket = socket;
    this.outbox = new Outbox(storage, roomId);
    this.feed = new ReplicaFeed(
      {
        seq: () => room().state.seq,
        apply: (events) => {
          room().applyEvents(events);
          this.readNewsForMe(events);
        },
        replace: (state) => {
          room().replaceState(state);
          this.readNewsForMe([]);
        },
      },
      (afterSeq) => this.sync(afterSeq),
    );
    this.dispatcher = new CommandDispatcher(
      this.outbox,
      roomId,
      { emit: (envelope, done) => this.emitCommand(envelope, done) },
      {
        onRejected: (_entry, error) => toastError(error),
        onAccepted: (entry, seq) => {
          if (this.pending.accepted(entry, seq, room().state.seq)) this.publishPending();
        },
        schedule: (retry, delayMs) => this.later(retry, delayMs),
      },
    );
  }

  /** Starts: listens, and connects (which joins) unless the browser is offline. */
  open(): void {
    this.publishPending();
    this.cleanup.push(this.outbox.subscribe(() => this.publishPending()));
    this.cleanup.push(
      useRoomStore.subscribe((next) => {
        if (this.pending.applied(next.state.seq)) this.publishPending();
      }),
    );
    this.listen();
    this.watchWindow();
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      connection().setStatus("offline");
    } else {
      this.socket.connect();
    }
  }

  /** Ends: no timer fires, no listener hears, no reply is acted on after this. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const undo of this.cleanup) undo();
    this.dispatcher.dispose();
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  /** The passphrase screen's answer: join again with it (kept in memory only). */
  submitPassphrase(passphrase: string): void {
    this.passphrase = passphrase;
    connection().setGate({ kind: "passphrase", problem: null, checking: true });
    if (this.socket.connected) this.join();
    else this.socket.connect();
  }

  /** After a facilitator said no: ask once more (a new knock, a new wait). */
  knockAgain(): void {
    connection().setGate({ kind: "lobby" });
    if (this.socket.connected) this.knock();
    // Connecting joins first, which answers LOBBY_REQUIRED and so knocks.
    else this.socket.connect();
  }

  /**
   * Queues a command in the outbox and sends it (now, or once reconnected). A cast on a
   * sealed decision first gets its commitment (Web Crypto hashes asynchronously); commands
   * made meanwhile wait behind it, so the server receives them in the order they were made.
   */
  submit(command: CommandBody): string {
    const sealedCast = command.type === "ballot.cast" && needsCommitment(command.decisionId);
    if (!sealedCast && !this.sends.busy) return this.dispatcher.submit(command).commandId;
    const commandId = newCommandId();
    this.sends.enqueue(async () => {
      const ready = await withCommitment(this.roomId, command);
      if (!this.closed) this.dispatcher.submit(ready, commandId);
    });
    return commandId;
  }

  /**
   * Sends a command at once, outside the outbox, and reports the server's answer. For a
   * command that must never be written to storage (a passphrase); offline it fails.
   */
  sendNow(command: CommandBody): Promise<WireError | null> {
    if (!this.dispatcher.online) {
      return Promise.resolve({ code: "NOT_JOINED", message: "Join the room first." });
    }
    const envelope = { commandId: newCommandId(), roomId: this.roomId, command };
    return new Promise((resolve) => {
      this.emitCommand(envelope, (error, result) => {
        resolve(error || result === undefined ? NO_ANSWER : result.ok ? null : result.error);
      });
    });
  }

  /** Runs `action` after `delayMs` unless closed first; returns its cancel. */
  private later(action: () => void, delayMs: number): () => void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) action();
    }, delayMs);
    this.timers.add(timer);
    return () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  /** `handler`, silent once this connection is closed (late replies and messages). */
  private whileOpen<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      if (!this.closed) handler(...args);
    };
  }

  private emitCommand(
    envelope: CommandEnvelope,
    done: (error: Error | null, result?: CommandResult) => void,
  ): void {
    this.socket.timeout(COMMAND_TIMEOUT_MS).emit("command", envelope, (error, raw) => {
      const parsed = CommandResultSchema.safeParse(raw);
      if (error) done(error);
      else if (!parsed.success) done(new Error("The server's answer was not understood."));
      else done(null, parsed.data);
    });
  }

  private listen(): void {
    const { socket } = this;
    /** The pause the server asked for before it closed us (a restart or a deploy). */
    let comeBackAfterMs: number | null = null;
    socket.on(
      "connect",
      this.whileOpen(() => {
        // Turned away: wait for "Knock again" instead of knocking on every reconnect.
        if (connection().gate?.kind === "denied") return;
        this.join();
      }),
    );
    socket.on(
      "disconnect",
      this.whileOpen((reason) => {
        this.feed.pause();
        this.dispatcher.setOnline(false);
        if (connection().status !== "failed") connection().setStatus(lostStatus());
        // The server closed us on purpose (e.g. a restart): socket.io will not retry by itself.
        const hint = comeBackAfterMs;
        comeBackAfterMs = null;
        if (reason !== "io server disconnect" || connection().status === "failed") return;
        if (hint === null) {
          socket.connect();
          return;
        }
        // It said when: come back then, spread out so the room does not return all at once.
        this.later(() => {
          if (socket.disconnected) socket.connect();
        }, reconnectDelayMs(hint));
      }),
    );
    socket.on(
      "closing",
      this.whileOpen((raw) => {
        const parsed = ClosingMessageSchema.safeParse(raw);
        if (parsed.success) comeBackAfterMs = parsed.data.reconnectAfterMs;
      }),
    );
    socket.on(
      "connect_error",
      this.whileOpen(() => {
        const { status } = connection();
        if (status !== "connecting" && status !== "failed") connection().setStatus(lostStatus());
      }),
    );
    socket.on(
      "event",
      this.whileOpen((raw) => {
        const parsed = EventMessageSchema.safeParse(raw);
        if (parsed.success && parsed.data.roomId === this.roomId) {
          this.feed.onEvent(parsed.data.event);
        }
      }),
    );
    socket.on(
      "presence",
      this.whileOpen((raw) => {
        const parsed = PresenceMessageSchema.safeParse(raw);
        if (parsed.success && parsed.data.roomId === this.roomId) {
          connection().setPresence(parsed.data.participants);
        }
      }),
    );
    socket.on(
      "admission",
      this.whileOpen((raw) => {
        const parsed = AdmissionMessageSchema.safeParse(raw);
        if (!parsed.success) return;
        const answer = afterAdmission(parsed.data, {
          roomId: this.roomId,
          knockedAs: this.knockedAs,
          gate: connection().gate,
        });
        if (answer === "join") this.join();
        else if (answer === "denied") connection().setGate({ kind: "denied" });
      }),
    );
  }

  private watchWindow(): void {
    if (typeof window === "undefined") return;
    const goOffline = () => {
      connection().setStatus("offline");
      this.socket.disconnect();
    };
    const goOnline = () => {
      if (connection().status === "failed") return;
      connection().setStatus("reconnecting");
      if (this.socket.disconnected) this.socket.connect();
    };
    const visibility = () => this.reportPresence();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    document.addEventListener("visibilitychange", visibility);
    this.cleanup.push(() => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      document.removeEventListener("visibilitychange", visibility);
    });
  }

  private identity() {
    return updateIdentity(this.storage, this.roomId, {});
  }

  /** What a join and a knock both say: who, as what, with which pass and passphrase. */
  private entryRequest() {
    const identity = this.identity();
    return {
      request: {
        protocolVersion: PROTOCOL_VERSION,
        roomId: this.roomId,
        name: identity.name,
        role: identity.role,
        participantToken: identity.participantToken,
        ...(this.passphrase === null ? {} : { passphrase: this.passphrase }),
      },
      identity,
    };
  }

  /**
   * The door's answer to a join or a knock: none (or one not understood) starts the
   * connection over, which joins again; a refusal goes through the entry gate; a success
   * keeps the pass it carries and is handed back.
   */
  private entered<T extends { ok: true; participantToken: string }>(
    error: Error | null,
    reply: { success: true; data: T | { ok: false; error: WireError } } | { success: false },
    refused: (error: WireError, context: EntryContext) => EntryStep,
  ): T | null {
    if (error || !reply.success) {
      this.socket.disconnect().connect();
      return null;
    }
    const result = reply.data;
    if (!result.ok) {
      this.carryOut(refused(result.error, this.entryContext()), result.error);
      return null;
    }
    updateIdentity(this.storage, this.roomId, { participantToken: result.participantToken });
    return result;
  }

  private join(): void {
    if (this.closed) return;
    const { request, identity } = this.entryRequest();
    const joining: JoinRequest = {
      ...request,
      facilitatorKey: identity.facilitatorKey,
      lastSeq: room().state.seq,
    };
    const sentAt = Date.now();
    this.socket.timeout(JOIN_TIMEOUT_MS).emit(
      "join",
      joining,
      this.whileOpen((error, raw) => {
        const result = this.entered(error, JoinResultSchema.safeParse(raw), afterJoinRefused);
        if (result === null) return;
        connection().joined({
          participantId: result.participantId,
          role: result.role,
          clockOffset: clockOffset(sentAt, Date.now(), result.serverTime),
        });
        this.feed.onCatchUp(result.catchUp);
        this.dispatcher.setOnline(true);
        this.reportPresence();
      }),
    );
  }

  /** Asks a room with a lobby to be let in; the pass it answers with is kept like a join's. */
  private knock(): void {
    if (this.closed) return;
    const knocking: KnockRequest = this.entryRequest().request;
    connection().setGate({ kind: "lobby" });
    this.socket.timeout(JOIN_TIMEOUT_MS).emit(
      "knock",
      knocking,
      this.whileOpen((error, raw) => {
        const result = this.entered(error, KnockResultSchema.safeParse(raw), afterKnockRefused);
        if (result === null) return;
        this.knockedAs = result.participantId;
        if (result.admitted) this.join();
      }),
    );
  }

  private entryContext(): EntryContext {
    return { passphrase: this.passphrase, downgrades: this.downgrades, identity: this.identity() };
  }

  private attempt(attempt: EntryAttempt): void {
    if (attempt === "join") this.join();
    else this.knock();
  }

  /** Does what the door's refusal calls for (see entryGate.ts). */
  private carryOut(step: EntryStep, error: WireError): void {
    switch (step.kind) {
      case "askPassphrase":
        this.passphrase = null;
        connection().setGate({ kind: "passphrase", problem: step.problem, checking: false });
        return;
      case "go":
        this.attempt(step.attempt);
        return;
      case "removed":
        this.endRemoved();
        return;
      case "forget":
        this.downgrades += 1;
        if (step.credential === "facilitatorKey") {
          updateIdentity(this.storage, this.roomId, { facilitatorKey: null });
        } else if (step.credential === "participantToken") {
          updateIdentity(this.storage, this.roomId, { participantToken: null });
        }
        if (step.tell) toastError(error);
        this.attempt(step.attempt);
        return;
      case "retry":
        this.later(() => this.attempt(step.attempt), step.afterMs);
        return;
      case "fail":
        connection().fail(error);
        this.socket.disconnect();
        return;
      default:
        assertNever(step);
    }
  }

  /** A facilitator removed me: say so and stop reconnecting (the server refuses my pass). */
  private endRemoved(): void {
    if (this.closed || connection().status === "failed") return;
    this.dispatcher.setOnline(false);
    connection().fail({ code: "REMOVED", message: "A facilitator removed you from this room." });
    this.socket.disconnect();
  }

  private readNewsForMe(events: readonly RoomEvent[]): void {
    if (this.closed) return;
    const news = newsForMe(room().state, events, connection().participantId);
    if (news.forgetFacilitatorKey) {
      updateIdentity(this.storage, this.roomId, { facilitatorKey: null });
      dropFacilitatorLink();
    }
    if (news.removed) this.endRemoved();
  }

  private sync(afterSeq: number): void {
    if (this.closed) return;
    this.socket.timeout(SYNC_TIMEOUT_MS).emit(
      "sync",
      { roomId: this.roomId, afterSeq },
      this.whileOpen((error, raw) => {
        const parsed = SyncResultSchema.safeParse(raw);
        if (error || !parsed.success || !parsed.data.ok) {
          this.feed.onSyncFailed();
          this.later(() => this.feed.retry(), RETRY_SYNC_MS);
          return;
        }
        this.feed.onCatchUp(parsed.data.catchUp);
      }),
    );
  }

  private reportPresence(): void {
    if (this.closed || connection().status !== "live") return;
    const hidden = typeof document !== "undefined" && document.visibilityState === "hidden";
    const status = hidden ? "away" : "online";
    this.socket.emit("presence", { roomId: this.roomId, status });
  }

  /** What the UI shows as not yet applied: the outbox plus acked-but-unseen commands. */
  private publishPending(): void {
    if (this.closed) return;
    connection().setOutbox(this.pending.merge(this.outbox.entries()));
  }
}

/** The facilitator link in the address bar would make me facilitator again on a reload. */
function dropFacilitatorLink(): void {
  if (typeof window === "undefined") return;
  if (readFacilitatorFragment(window.location.hash) === null) return;
  const { pathname, search } = window.location;
  history.replaceState(history.state, "", `${pathname}${search}`);
}

function lostStatus() {
  return typeof navigator !== "undefined" && navigator.onLine === false
    ? ("offline" as const)
    : ("reconnecting" as const);
}

export function toastError(error: WireError): void {
  useUiStore.getState().pushToast("error", errorText(error));
}
