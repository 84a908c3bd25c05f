// Socket.IO on the HTTP server: origin allowlist on the handshake (polling and
// WebSocket alike), a 64 KiB message cap, and the typed handlers.
import type { Server as HttpServer } from "node:http";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { Server } from "socket.io";
import type { TrustProxy } from "../client-address.ts";
import type { InFlight } from "../lifecycle/in-flight.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { wrongPassphraseLimiter } from "../rooms/access.ts";
import type { RoomService } from "../rooms/room-service.ts";
import { type CommandBudget, MemoryBudget } from "./command-budget.ts";
import { createFanout } from "./fanout.ts";
import { registerHandlers } from "./handlers.ts";
import type { LobbyLeaves } from "./lobby-leave.ts";
import { createPeopleFanout } from "./people-fanout.ts";
import type { PresenceTracker } from "./presence.ts";
import type { AppServer } from "./types.ts";

export const MAX_MESSAGE_BYTES = 64 * 1024;

export interface SocketServerOptions {
  rooms: RoomService;
  presence: PresenceTracker;
  allowedOrigins: readonly string[];
  commandsPerSecond: number;
  commandsPerSecondPerIp: number;
  /** The per-address budget when it is shared (Redis); otherwise counted on this node. */
  ipBudget?: CommandBudget;
  /** Wrong passphrases per address and room; one per node unless shared through Redis. */
  passphraseLimiter?: RateLimiterAbstract;
  lobbyLeaves: LobbyLeaves;
  trustProxy: TrustProxy;
  inFlight: InFlight;
  logger: Logger;
  metrics: Metrics;
}

/** Browsers always send Origin; a request without one is not a browser page (CLI, bots). */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  return origin === undefined || allowed.includes(origin);
}

export function createSocketServer(http: HttpServer, options: SocketServerOptions): AppServer {
  const io: AppServer = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    pingInterval: 25_000,
    pingTimeout: 20_000,
    allowRequest: (request, callback) => {
      const allowed = originAllowed(request.headers.origin, options.allowedOrigins);
      if (!allowed)
        options.logger.warn({ origin: request.headers.origin }, "refused foreign origin");
      callback(allowed ? null : "origin not allowed", allowed);
    },
  });
  const ipBudget = options.ipBudget ?? new MemoryBudget(options.commandsPerSecondPerIp);
  const passphraseLimiter = options.passphraseLimiter ?? wrongPassphraseLimiter();
  options.rooms.onEvent(createFanout(io, options.metrics, options.rooms.ballotKeys));
  // After the fan-out: a removed participant's tabs get the event before they are cut off.
  options.rooms.onEvent(createPeopleFanout(io));
  options.lobbyLeaves.attach(io);
  io.on("connection", (socket) => {
    options.metrics.connections.inc();
    socket.on("disconnect", () => options.metrics.connections.dec());
    registerHandlers(socket, {
      io,
      rooms: options.rooms,
      presence: options.presence,
      commandsPerSecond: options.commandsPerSecond,
      ipBudget,
      passphraseLimiter,
      lobbyLeaves: options.lobbyLeaves,
      trustProxy: options.trustProxy,
      inFlight: options.inFlight,
      logger: options.logger,
      metrics: options.metrics,
    });
  });
  return io;
}
