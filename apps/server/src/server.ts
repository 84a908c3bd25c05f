// Assembles one server node: store engine, rooms, HTTP and Socket.IO. Used by main.ts
// and by the integration tests, which start real servers on free ports.
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type RateLimiterAbstract, RateLimiterMemory } from "rate-limiter-flexible";
import { trustProxy } from "./client-address.ts";
import type { Config } from "./config.ts";
import { createApp } from "./http/app.ts";
import { InFlight } from "./lifecycle/in-flight.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createMetrics } from "./metrics.ts";
import { startMetricsListener } from "./metrics-endpoint.ts";
import { closeSocketsGently } from "./realtime/closing.ts";
import type { CommandBudget } from "./realtime/command-budget.ts";
import { createLobbyLeaves } from "./realtime/lobby-leave.ts";
import { LocalPresence, type PresenceTracker } from "./realtime/presence.ts";
import { createSocketServer } from "./realtime/socket-server.ts";
import type { AppServer } from "./realtime/types.ts";
import { startAutoReveal } from "./rooms/auto-reveal.ts";
import { dataDirBallotKeySecret, ephemeralBallotKeySecret } from "./rooms/ballot-keys.ts";
import { startDeadlineCloser } from "./rooms/deadline-closer.ts";
import { createPassJanitor } from "./rooms/pass-janitor.ts";
import { RoomService } from "./rooms/room-service.ts";
import { startTimerExpiry } from "./rooms/timer-expiry.ts";
import { createEmbeddedStore } from "./store/embedded/index.ts";
import type { RoomStore } from "./store/types.ts";
import { WebhookService } from "./webhooks/service.ts";

/**
 * The pause a shutting-down node asks its clients to wait before reconnecting: about what a
 * process manager needs to start it again (behind a balancer they reach another node).
 */
export const RECONNECT_AFTER_MS = 1000;
/** How long the last messages to a socket (`closing`, the disconnect) may take to go out. */
const SOCKET_FLUSH_TIMEOUT_MS = 1000;

export interface RunningServer {
  url: string;
  port: number;
  /** Where /metrics is served apart from the app (METRICS_HOST:METRICS_PORT). */
  metricsUrl: string;
  http: HttpServer;
  io: AppServer;
  rooms: RoomService;
  store: RoomStore;
  webhooks: WebhookService;
  logger: Logger;
  close(): Promise<void>;
}

/** The store engine and what comes with it; the optional parts only when nodes share Redis. */
interface Backend {
  store: RoomStore;
  presence: PresenceTracker;
  ipBudget?: CommandBudget;
  roomCreationLimiter?: RateLimiterAbstract;
  passphraseLimiter?: RateLimiterAbstract;
  /** Joins this node's Socket.IO server to the other nodes (adapter, presence sweeps). */
  attach?(io: AppServer): void;
  /** Releases what store and presence do not own. */
  close?(): Promise<void>;
}

async function openStore(config: Config, logger: Logger): Promise<Backend> {
  if (config.redisUrl) {
    const { openRedisBackend } = await import("./redis-backend.ts");
    return openRedisBackend(config, logger);
  }
  const store = await createEmbeddedStore({
    dataDir: config.dataDir,
    snapshotEvery: config.snapshotEvery,
    idleEvictMs: config.roomIdleMs,
    durability: config.durability,
    logger,
  });
  return { store, presence: new LocalPresence() };
}

/** Without BALLOT_KEY_SECRET: the embedded engine keeps one in its data directory. */
async function fallbackBallotKeySecret(config: Config, logger: Logger): Promise<string> {
  if (!config.redisUrl) return dataDirBallotKeySecret(config.dataDir);
  logger.warn(
    "BALLOT_KEY_SECRET is not set: anonymous ballot keys differ between nodes and restarts",
  );
  return ephemeralBallotKeySecret();
}

export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const metrics = createMetrics();
  const backend = await openStore(config, logger);
  const { store, presence } = backend;
  const ballotKeySecret = config.ballotKeySecret ?? (await fallbackBallotKeySecret(config, logger));
  const rooms = new RoomService({
    ballotKeySecret,
    store,
    logger,
    metrics,
    snapshotEvery: config.snapshotEvery,
    roomIdleMs: config.roomIdleMs,
  });
  const passJanitor = createPassJanitor(store, logger);
  rooms.onEvent((roomId, before, event, after) =>
    passJanitor.onEvent(roomId, before, event, after),
  );
  const timerExpiry = startTimerExpiry(rooms, logger);
  const deadlines = startDeadlineCloser(rooms, logger);
  const autoReveal = startAutoReveal(rooms, logger);
  const webhooks = await WebhookService.start({
    rooms,
    config: config.webhooks,
    publicUrl: config.publicUrl,
    dataDir: config.dataDir,
    fsync: config.durability === "fsync",
    logger,
  });
  const lobbyLeaves = createLobbyLeaves({ rooms, logger, graceMs: config.lobbyLeaveGraceMs });
  const roomCreationLimiter =
    backend.roomCreationLimiter ??
    new RateLimiterMemory({
      points: config.roomsPerIpPerHour,
      duration: 3600,
      keyPrefix: "rooms",
    });
  const trust = trustProxy(config.trustProxy);
  const inFlight = new InFlight();
  const app = createApp({
    rooms,
    trustProxy: trust,
    publicUrl: config.publicUrl,
    webDist: config.webDist,
    serveSourceMaps: config.serveSourceMaps,
    roomCreationLimiter,
    logger,
    metrics,
    webhooks,
    metricsToken: config.metricsToken,
  });
  const http = createServer(app);
  const io = createSocketServer(http, {
    rooms,
    presence,
    allowedOrigins: config.allowedOrigins,
    commandsPerSecond: config.commandsPerSecond,
    commandsPerSecondPerIp: config.commandsPerSecondPerIp,
    ...(backend.ipBudget ? { ipBudget: backend.ipBudget } : {}),
    ...(backend.passphraseLimiter ? { passphraseLimiter: backend.passphraseLimiter } : {}),
    lobbyLeaves,
    trustProxy: trust,
    inFlight,
    logger,
    metrics,
  });
  backend.attach?.(io);
  const metricsListener = await startMetricsListener({
    host: config.metricsHost,
    port: config.metricsPort,
    token: config.metricsToken,
    metrics,
    logger,
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.port, config.host, () => resolve());
  }).catch(async (error: unknown) => {
    await metricsListener.close();
    throw error;
  });
  const port = (http.address() as AddressInfo).port;
  logger.info(
    { port, store: store.engine, publicUrl: config.publicUrl, metrics: metricsListener.url },
    "stackboard listening",
  );

  let closing: Promise<void> | null = null;
  /**
   * The drain, in order: take no new connection or work; answer every command already
   * taken (acknowledged = durable); tell each socket to come back and close it; stop the
   * background workers (timers, pass janitor, webhooks dispatcher, metrics listener); then
   * snapshot the rooms and close the store, which writes out what it buffers.
   */
  const close = () => {
    closing ??= (async () => {
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      // Before the sockets go: a shutdown is not knockers giving up (they knock elsewhere).
      lobbyLeaves.close();
      timerExpiry.close();
      deadlines.close();
      autoReveal.close();
      await inFlight.close();
      await rooms.appendsDone();
      await closeSocketsGently(io, RECONNECT_AFTER_MS, SOCKET_FLUSH_TIMEOUT_MS);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await passJanitor.close();
      await webhooks.close();
      await metricsListener.close();
      await httpClosed;
      await rooms.close();
      await presence.close();
      await store.close();
      await backend.close?.();
    })();
    return closing;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    metricsUrl: metricsListener.url,
    http,
    io,
    rooms,
    store,
    webhooks,
    logger,
    close,
  };
}
