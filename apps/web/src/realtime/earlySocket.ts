// The board's socket, opened by the entry module while the app's chunks still download:
// on a slow link the WebSocket handshake then costs no time of its own. It only connects
// (no join, no identity on the wire); the room's `RoomConnection` adopts it and joins.
// Kept free of React, zod and the stores, so the entry chunk stays small.
import { parseRoute } from "../app/paths.ts";
import { canRejoin, loadIdentity } from "../lib/identity.ts";
import type { KeyValueStore } from "../lib/storage.ts";
import { type ClientSocket, createSocket } from "./socket.ts";

let early: { roomId: string; socket: ClientSocket } | null = null;

/** Starts connecting when the path is a board this browser rejoins without asking. */
export function connectEarly(
  pathname: string,
  storage: KeyValueStore,
  socket: () => ClientSocket = createSocket,
): string | null {
  const route = parseRoute(pathname);
  if (route.name !== "room" || !canRejoin(loadIdentity(storage, route.roomId))) return null;
  if (typeof navigator !== "undefined" && navigator.onLine === false) return null;
  early?.socket.disconnect();
  early = { roomId: route.roomId, socket: socket().connect() };
  return route.roomId;
}

/** The early socket, once, for its room; one for another room is closed instead. */
export function takeEarlySocket(roomId: string): ClientSocket | undefined {
  const taken = early;
  early = null;
  if (taken === null) return undefined;
  if (taken.roomId === roomId) return taken.socket;
  taken.socket.disconnect();
  return undefined;
}
