// What the UI may ask of the network, outside components: enter or leave a room, answer
// its door, send commands. Each room is one `RoomConnection` (roomConnection.ts), which
// owns the socket and feeds the stores; components call these and read the stores.
import type { WireError } from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import { type JoinRole, rememberName, updateIdentity } from "../lib/identity.ts";
import { browserStorage } from "../lib/storage.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { currentBallot } from "../store/selectors.ts";
import { useTimerPlanStore } from "../store/timerPlanStore.ts";
import { useUndoStore } from "../store/undoStore.ts";
import { RoomConnection, toastError } from "./roomConnection.ts";
import type { ClientSocket } from "./socket.ts";
import { keepUndoHistory } from "./undoPersistence.ts";

export interface EnterRoom {
  name: string;
  role: JoinRole;
  facilitatorKey: string | null;
}

const NOT_JOINED: WireError = { code: "NOT_JOINED", message: "Join the room first." };

/** The room this tab is in, if any: at most one connection at a time. */
let open: RoomConnection | null = null;
/** Stops writing the open room's undo history to this browser. */
let stopKeepingUndo: (() => void) | null = null;

export function currentRoomId(): string | null {
  return open?.roomId ?? null;
}

/**
 * Connects to a room as `who` (remembered in this browser) and keeps the replica live; a
 * second call for the room already open does nothing. `socket` is for tests.
 */
export function enterRoom(roomId: string, who: EnterRoom, socket?: ClientSocket): void {
  if (open?.roomId === roomId) return;
  leaveRoom();
  const storage = browserStorage();
  const identity = updateIdentity(storage, roomId, {
    name: who.name,
    role: who.role,
    ...(who.facilitatorKey === null ? {} : { facilitatorKey: who.facilitatorKey }),
  });
  rememberName(storage, identity.name);
  useRoomStore.getState().reset();
  useUndoStore.getState().reset();
  useTimerPlanStore.getState().reset();
  useConnectionStore.getState().enter(roomId);
  stopKeepingUndo = keepUndoHistory(roomId, storage);
  open = new RoomConnection(roomId, storage, socket);
  open.open();
}

export function leaveRoom(): void {
  open?.close();
  open = null;
  stopKeepingUndo?.();
  stopKeepingUndo = null;
}

/** The passphrase screen's answer: join again with it (kept in memory only). */
export function submitPassphrase(passphrase: string): void {
  open?.submitPassphrase(passphrase);
}

/** After a facilitator said no: ask once more (a new knock, a new wait). */
export function knockAgain(): void {
  open?.knockAgain();
}

/** Walks away from the room's door (passphrase, lobby): back to the join form. */
export function cancelEntry(): void {
  leaveRoom();
  useConnectionStore.getState().leave();
}

/**
 * Sends a command at once, outside the outbox, and reports the server's answer. For a
 * command that must never be written to storage (a passphrase); offline it fails.
 */
export function sendNow(command: CommandBody): Promise<WireError | null> {
  return open ? open.sendNow(command) : Promise.resolve(NOT_JOINED);
}

/** Queues a command in the outbox and sends it (now, or once reconnected). */
export function sendCommand(command: CommandBody): string | null {
  if (open === null) {
    toastError(NOT_JOINED);
    return null;
  }
  if (command.type === "ballot.cast" || command.type === "ballot.retract") {
    useUndoStore.getState().remember(command.decisionId, currentBallot(command.decisionId));
  }
  return open.submit(command);
}

/** Puts back my ballot from before my last change; false when there is none. */
export function undoBallot(decisionId: string): boolean {
  if (open === null) return false;
  const previous = useUndoStore.getState().take(decisionId);
  if (previous === undefined) return false;
  open.submit(
    previous === null
      ? { type: "ballot.retract", decisionId }
      : { type: "ballot.cast", decisionId, ballot: previous },
  );
  return true;
}
