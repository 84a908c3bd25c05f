// The one Socket.IO client factory: same origin, websocket first (adopting the socket
// index.html may have opened already, see earlySocket.ts), long-polling as the fallback,
// typed with the contract.
import type { ClientToServerEvents, ServerToClientEvents } from "@stackboard/contracts";
import { io, XHR as PollingTransport, type Socket } from "socket.io-client";
import { EarlyWebSocketTransport } from "./earlySocket.ts";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const JOIN_TIMEOUT_MS = 10_000;
export const COMMAND_TIMEOUT_MS = 8_000;
export const SYNC_TIMEOUT_MS = 10_000;

export function createSocket(): ClientSocket {
  return io({
    path: "/socket.io",
    transports: [EarlyWebSocketTransport, PollingTransport],
    autoConnect: false,
    reconnectionDelay: 400,
    reconnectionDelayMax: 4000,
  });
}

/** When to come back after a server's `closing` hint: its pause plus up to as much again. */
export const reconnectDelayMs = (hintMs: number, random: () => number = Math.random): number =>
  Math.round(hintMs * (1 + random()));
