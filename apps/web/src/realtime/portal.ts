// All socket I/O lives here, outside components: join, catch-up, live events, sync on a
// gap, presence and the command outbox. It feeds the stores; components call
// `sendCommand` and read the stores through selectors.

import {
  AdmissionMessageSchema,
  ClosingMessageSchema,
  type CommandResult,
  type JoinRequest,
  type KnockRequest,
  KnockResultSchema,
  PROTOCOL_VERSION,
  readFacilitatorFragment,
  type WireError,
} from "@stackboard/contracts";
import type { CommandBody, RoomEvent } from "@stackboard/core";
import { errorText } from "../i18n/errors.ts";
import { clockOffset } from "../lib/clock.ts";
import { type JoinRole, rememberName, updateIdentity } from "../lib/identity.ts";
import { newCommandId } from "../lib/ids.ts";
import { browserStorage } from "../lib/storage.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { currentBallot } from "../store/selectors.ts";
import { useUiStore } from "../store/uiStore.ts";
import { useUndoStore } from "../store/undoStore.ts";
import { CommandDispatcher } from "./dispatcher.ts";
import { Outbox } from "./outbox.ts";
import { PendingCommands } from "./pending.ts";
import { ReplicaFeed } from "./replicaFeed.ts";
import { newsForMe } from "./selfEvents.ts";
import {
  type ClientSocket,
  COMMAND_TIMEOUT_MS,
  createSocket,
  JOIN_TIMEOUT_MS,
  reconnectDelayMs,
  SYNC_TIMEOUT_MS,
} from "./socket.ts";

export interface EnterRoom {
  name: string;
  role: JoinRole;
  facilitatorKey: string | null;
}

interface Session {
  roomId: string;
  socket: ClientSocket;
  feed: ReplicaFeed;
  outbox: Outbox;
  dispatcher: CommandDispatcher;
  pending: PendingCommands;
  /** Joins refused as UNAUTHORIZED and retried with fewer credentials. */
  downgrades: number;
  /** The room's passphrase as typed: in memory only, never in storage. */
  passphrase: string | null;
  /** The participant id the lobby knows this tab by, once a knock was answered. */
  knockedAs: string | null;
  cleanup: (() => void)[];
}

/** Errors worth retrying the join for; anything else ends the session with a message. */
const JOIN_RETRY = new Set(["RATE_LIMITED", "STORE_UNAVAILABLE", "CONFLICT", "INTERNAL"]);
const RETRY_JOIN_MS = 2000;

let session: Session | null = null;

const connection = () => useConnectionStore.getState();
const storage = () => browserStorage();

export function currentRoomId(): string | null {
  return session?.roomId ?? null;
}

/** Connects to a room as `who` (remembered in this browser) and keeps the replica live. */
export function enterRoom(roomId: string, who: EnterRoom): void {
  if (session?.roomId === roomId) return;
  leaveRoom();
  const identity = updateIdentity(storage(), roomId, {
    name: who.name,
    role: who.role,
    ...(who.facilitatorKey === null ? {} : { facilitatorKey: who.facilitatorKey }),
  });
  rememberName(storage(), identity.name);

  useRoomStore.getState().reset();
  useUndoStore.getState().reset();
  connection().enter(roomId);

  const socket = createSocket();
  const outbox = new Outbox(storage(), roomId);
  const room = useRoomStore.getState;
  const feed = new ReplicaFeed(
    {
      seq: () => room().state.seq,
      apply: (events) => {
        room().applyEvents(events);
        readNewsForMe(current, events);
      },
      replace: (state) => {
        room().replaceState(state);
        readNewsForMe(current, []);
      },
    },
    (afterSeq) => requestSync(current, afterSeq),
  );
  const dispatcher = new CommandDispatcher(
    outbox,
    roomId,
    {
      emit: (envelope, done) =>
        socket.timeout(COMMAND_TIMEOUT_MS).emit("command", envelope, (error, result) => {
          done(error ?? null, result);
        }),
    },
    {
      onRejected: (_entry, error) => toastError(error),
      onAccepted: (entry, seq) => {
        if (current.pending.accepted(entry, seq, room().state.seq)) publishPending(current);
      },
    },
  );
  const current: Session = {
    roomId,
    socket,
    feed,
    outbox,
    dispatcher,
    pending: new PendingCommands(),
    downgrades: 0,
    passphrase: null,
    knockedAs: null,
    cleanup: [],
  };
  session = current;

  publishPending(current);
  current.cleanup.push(outbox.subscribe(() => publishPending(current)));
  current.cleanup.push(
    useRoomStore.subscribe((next) => {
      if (current.pending.applied(next.state.seq)) publishPending(current);
    }),
  );
  wireSocket(current);
  wireWindow(current);
  if (typeof navigator !== "undefined" && navigator.onLine === false) {
    connection().setStatus("offline");
  } else {
    socket.connect();
  }
}

/** The passphrase screen's answer: join again with it (kept in memory only). */
export function submitPassphrase(passphrase: string): void {
  const current = session;
  if (current === null) return;
  current.passphrase = passphrase;
  connection().setGate({ kind: "passphrase", problem: null, checking: true });
  if (current.socket.connected) join(current);
  else current.socket.connect();
}

/** After a facilitator said no: ask once more (a new knock, a new wait). */
export function knockAgain(): void {
  const current = session;
  if (current === null) return;
  connection().setGate({ kind: "lobby" });
  if (current.socket.connected) knock(current);
  // Connecting joins first, which answers LOBBY_REQUIRED and so knocks.
  else current.socket.connect();
}

/** Walks away from the room's door (passphrase, lobby): back to the join form. */
export function cancelEntry(): void {
  leaveRoom();
  connection().leave();
}

/**
 * Sends a command at once, outside the outbox, and reports the server's answer. For a
 * command that must never be written to storage (a passphrase); offline it fails.
 */
export function sendNow(command: CommandBody): Promise<WireError | null> {
  const current = session;
  if (current === null || !current.dispatcher.online) {
    return Promise.resolve({ code: "NOT_JOINED", message: "Join the room first." });
  }
  const envelope = { commandId: newCommandId(), roomId: current.roomId, command };
  return new Promise((resolve) => {
    current.socket
      .timeout(COMMAND_TIMEOUT_MS)
      .emit("command", envelope, (error: Error | null, result?: CommandResult) => {
        if (error || result === undefined) {
          resolve({ code: "INTERNAL", message: "The server did not answer. Try again." });
        } else {
          resolve(result.ok ? null : result.error);
        }
      });
  });
}

export function leaveRoom(): void {
  const ending = session;
  if (ending === null) return;
  session = null;
  for (const undo of ending.cleanup) undo();
  ending.dispatcher.dispose();
  ending.socket.removeAllListeners();
  ending.socket.disconnect();
}

/** Queues a command in the outbox and sends it (now, or once reconnected). */
export function sendCommand(command: CommandBody): string | null {
  if (session === null) {
    toastError({ code: "NOT_JOINED", message: "Join the room first." });
    return null;
  }
  if (command.type === "ballot.cast" || command.type === "ballot.retract") {
    useUndoStore.getState().remember(command.decisionId, currentBallot(command.decisionId));
  }
  return session.dispatcher.submit(command).commandId;
}

/** Puts back my ballot from before my last change in this tab; false when there is none. */
export function undoBallot(decisionId: string): boolean {
  if (session === null) return false;
  const previous = useUndoStore.getState().take(decisionId);
  if (previous === undefined) return false;
  session.dispatcher.submit(
    previous === null
      ? { type: "ballot.retract", decisionId }
      : { type: "ballot.cast", decisionId, ballot: previous },
  );
  return true;
}

/** What the UI shows as not yet applied: the outbox plus acked-but-unseen commands. */
function publishPending(current: Session): void {
  if (session !== current) return;
  connection().setOutbox(current.pending.merge(current.outbox.entries()));
}

function wireSocket(current: Session): void {
  const { socket } = current;
  /** The pause the server asked for before it closed us (a restart or a deploy). */
  let comeBackAfterMs: number | null = null;
  socket.on("connect", () => {
    // Turned away: wait for "Knock again" instead of knocking on every reconnect.
    if (connection().gate?.kind === "denied") return;
    join(current);
  });
  socket.on("disconnect", (reason) => {
    if (session !== current) return;
    current.feed.pause();
    current.dispatcher.setOnline(false);
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
    const timer = setTimeout(() => {
      if (session === current && socket.disconnected) socket.connect();
    }, reconnectDelayMs(hint));
    current.cleanup.push(() => clearTimeout(timer));
  });
  socket.on("closing", (raw) => {
    const parsed = ClosingMessageSchema.safeParse(raw);
    if (parsed.success && session === current) comeBackAfterMs = parsed.data.reconnectAfterMs;
  });
  socket.on("connect_error", () => {
    if (session !== current || connection().status === "connecting") return;
    if (connection().status !== "failed") connection().setStatus(lostStatus());
  });
  socket.on("event", (message) => {
    if (session === current && message.roomId === current.roomId) {
      current.feed.onEvent(message.event);
    }
  });
  socket.on("presence", (message) => {
    if (session === current && message.roomId === current.roomId) {
      connection().setPresence(message.participants);
    }
  });
  socket.on("admission", (raw) => {
    const parsed = AdmissionMessageSchema.safeParse(raw);
    if (!parsed.success || session !== current) return;
    const message = parsed.data;
    if (message.roomId !== current.roomId || message.participantId !== current.knockedAs) return;
    if (connection().gate?.kind !== "lobby") return;
    if (message.admitted) {
      join(current);
    } else {
      connection().setGate({ kind: "denied" });
    }
  });
}

function wireWindow(current: Session): void {
  if (typeof window === "undefined") return;
  const goOffline = () => {
    connection().setStatus("offline");
    current.socket.disconnect();
  };
  const goOnline = () => {
    if (connection().status === "failed") return;
    connection().setStatus("reconnecting");
    if (current.socket.disconnected) current.socket.connect();
  };
  const visibility = () => reportPresence(current);
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);
  document.addEventListener("visibilitychange", visibility);
  current.cleanup.push(() => {
    window.removeEventListener("offline", goOffline);
    window.removeEventListener("online", goOnline);
    document.removeEventListener("visibilitychange", visibility);
  });
}

function join(current: Session): void {
  if (session !== current) return;
  const identity = updateIdentity(storage(), current.roomId, {});
  const request: JoinRequest = {
    protocolVersion: PROTOCOL_VERSION,
    roomId: current.roomId,
    name: identity.name,
    role: identity.role,
    participantToken: identity.participantToken,
    facilitatorKey: identity.facilitatorKey,
    lastSeq: useRoomStore.getState().state.seq,
    ...(current.passphrase === null ? {} : { passphrase: current.passphrase }),
  };
  const sentAt = Date.now();
  current.socket.timeout(JOIN_TIMEOUT_MS).emit("join", request, (error, result) => {
    if (session !== current) return;
    if (error || result === undefined) {
      // No answer: start the connection over, which joins again.
      current.socket.disconnect().connect();
      return;
    }
    if (!result.ok) {
      joinRefused(current, result.error);
      return;
    }
    updateIdentity(storage(), current.roomId, { participantToken: result.participantToken });
    connection().joined({
      participantId: result.participantId,
      role: result.role,
      clockOffset: clockOffset(sentAt, Date.now(), result.serverTime),
    });
    current.feed.onCatchUp(result.catchUp);
    current.dispatcher.setOnline(true);
    reportPresence(current);
  });
}

function joinRefused(current: Session, error: WireError): void {
  if (passphraseRefused(current, error)) return;
  if (error.code === "LOBBY_REQUIRED") {
    knock(current);
    return;
  }
  if (error.code === "REMOVED") {
    endRemoved(current);
    return;
  }
  const identity = updateIdentity(storage(), current.roomId, {});
  if (error.code === "UNAUTHORIZED" && current.downgrades < 2) {
    // A stale facilitator link, or a token the server no longer knows: drop the key first
    // (the token keeps this browser the same person), then the token, and join again.
    current.downgrades += 1;
    if (identity.facilitatorKey !== null) {
      updateIdentity(storage(), current.roomId, { facilitatorKey: null });
      toastError(error);
    } else if (identity.participantToken !== null) {
      updateIdentity(storage(), current.roomId, { participantToken: null });
    }
    join(current);
    return;
  }
  if (JOIN_RETRY.has(error.code)) {
    const handle = setTimeout(() => join(current), RETRY_JOIN_MS);
    current.cleanup.push(() => clearTimeout(handle));
    return;
  }
  connection().fail(error);
  current.socket.disconnect();
}

/**
 * The room wants a passphrase, or refused the one given (or too many lately): forget it
 * and ask, with the socket left open. False for any other refusal.
 */
function passphraseRefused(current: Session, error: WireError): boolean {
  const limited = error.code === "RATE_LIMITED" && current.passphrase !== null;
  if (error.code !== "PASSPHRASE_REQUIRED" && error.code !== "PASSPHRASE_WRONG" && !limited) {
    return false;
  }
  current.passphrase = null;
  const problem = limited ? "tooMany" : error.code === "PASSPHRASE_WRONG" ? "wrong" : null;
  connection().setGate({ kind: "passphrase", problem, checking: false });
  return true;
}

/** Asks a room with a lobby to be let in; the pass it answers with is kept like a join's. */
function knock(current: Session): void {
  if (session !== current) return;
  const identity = updateIdentity(storage(), current.roomId, {});
  const request: KnockRequest = {
    protocolVersion: PROTOCOL_VERSION,
    roomId: current.roomId,
    name: identity.name,
    role: identity.role,
    participantToken: identity.participantToken,
    ...(current.passphrase === null ? {} : { passphrase: current.passphrase }),
  };
  connection().setGate({ kind: "lobby" });
  current.socket.timeout(JOIN_TIMEOUT_MS).emit("knock", request, (error, raw) => {
    if (session !== current) return;
    const parsed = KnockResultSchema.safeParse(raw);
    if (error || !parsed.success) {
      current.socket.disconnect().connect();
      return;
    }
    const result = parsed.data;
    if (!result.ok) {
      knockRefused(current, result.error);
      return;
    }
    updateIdentity(storage(), current.roomId, { participantToken: result.participantToken });
    current.knockedAs = result.participantId;
    if (result.admitted) join(current);
  });
}

function knockRefused(current: Session, error: WireError): void {
  if (passphraseRefused(current, error)) return;
  const identity = updateIdentity(storage(), current.roomId, {});
  if (error.code === "REMOVED") {
    endRemoved(current);
  } else if (error.code === "NO_LOBBY") {
    // The lobby was turned off: nothing to wait for, walk in.
    join(current);
  } else if (
    error.code === "UNAUTHORIZED" &&
    identity.participantToken !== null &&
    current.downgrades < 2
  ) {
    // Turned away or gone from the lobby: the server forgot that pass. Knock as someone new.
    current.downgrades += 1;
    updateIdentity(storage(), current.roomId, { participantToken: null });
    knock(current);
  } else if (JOIN_RETRY.has(error.code)) {
    const handle = setTimeout(() => knock(current), RETRY_JOIN_MS);
    current.cleanup.push(() => clearTimeout(handle));
  } else {
    connection().fail(error);
    current.socket.disconnect();
  }
}

/** A facilitator removed me: say so and stop reconnecting (the server refuses my pass). */
function endRemoved(current: Session): void {
  if (session !== current || connection().status === "failed") return;
  current.dispatcher.setOnline(false);
  connection().fail({ code: "REMOVED", message: "A facilitator removed you from this room." });
  current.socket.disconnect();
}

function readNewsForMe(current: Session, events: readonly RoomEvent[]): void {
  if (session !== current) return;
  const news = newsForMe(useRoomStore.getState().state, events, connection().participantId);
  if (news.forgetFacilitatorKey) {
    updateIdentity(storage(), current.roomId, { facilitatorKey: null });
    dropFacilitatorLink();
  }
  if (news.removed) endRemoved(current);
}

/** The facilitator link in the address bar would make me facilitator again on a reload. */
function dropFacilitatorLink(): void {
  if (typeof window === "undefined") return;
  if (readFacilitatorFragment(window.location.hash) === null) return;
  const { pathname, search } = window.location;
  history.replaceState(history.state, "", `${pathname}${search}`);
}

function requestSync(current: Session, afterSeq: number): void {
  if (session !== current) return;
  current.socket
    .timeout(SYNC_TIMEOUT_MS)
    .emit("sync", { roomId: current.roomId, afterSeq }, (error, result) => {
      if (session !== current) return;
      if (error || result === undefined || !result.ok) {
        current.feed.onSyncFailed();
        const handle = setTimeout(() => current.feed.retry(), RETRY_JOIN_MS);
        current.cleanup.push(() => clearTimeout(handle));
        return;
      }
      current.feed.onCatchUp(result.catchUp);
    });
}

function reportPresence(current: Session): void {
  if (session !== current || connection().status !== "live") return;
  const status = document.visibilityState === "hidden" ? "away" : "online";
  current.socket.emit("presence", { roomId: current.roomId, status });
}

function lostStatus() {
  return typeof navigator !== "undefined" && navigator.onLine === false
    ? ("offline" as const)
    : ("reconnecting" as const);
}

function toastError(error: WireError): void {
  useUiStore.getState().pushToast("error", errorText(error));
}
