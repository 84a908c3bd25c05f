// All socket I/O lives here, outside components: join, catch-up, live events, sync on a
// gap, presence and the command outbox. It feeds the stores; components call
// `sendCommand` and read the stores through selectors.

import { type JoinRequest, PROTOCOL_VERSION, type WireError } from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import { errorText } from "../i18n/errors.ts";
import { clockOffset } from "../lib/clock.ts";
import { type JoinRole, rememberName, updateIdentity } from "../lib/identity.ts";
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
import {
  type ClientSocket,
  COMMAND_TIMEOUT_MS,
  createSocket,
  JOIN_TIMEOUT_MS,
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
      apply: (events) => room().applyEvents(events),
      replace: (state) => room().replaceState(state),
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
  socket.on("connect", () => join(current));
  socket.on("disconnect", (reason) => {
    if (session !== current) return;
    current.feed.pause();
    current.dispatcher.setOnline(false);
    if (connection().status !== "failed") connection().setStatus(lostStatus());
    // The server closed us on purpose (e.g. a restart): socket.io will not retry by itself.
    if (reason === "io server disconnect") socket.connect();
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
