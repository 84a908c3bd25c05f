// The Socket.IO handlers. Every acknowledged message goes through `handle` (handle.ts):
// budget, then its contract schema, then the work; every failure comes back in the
// acknowledgement as a typed error, nothing throws past here.
import {
  type ClientToServerEvents,
  CommandEnvelopeSchema,
  checkProtocolVersion,
  JoinRequestSchema,
  KnockRequestSchema,
  normaliseError,
  PresenceUpdateSchema,
  readProtocolVersion,
  StackboardError,
  SyncRequestSchema,
  type WireError,
} from "@stackboard/contracts";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { socketClientAddress, type TrustProxy } from "../client-address.ts";
import type { InFlight } from "../lifecycle/in-flight.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { type PassphraseGuard, setRoomPassphrase } from "../rooms/access.ts";
import { catchUp } from "../rooms/catch-up.ts";
import { commitmentProblem } from "../rooms/commitments.ts";
import { joinRoom } from "../rooms/join-room.ts";
import { knockRoom } from "../rooms/knock-room.ts";
import type { RoomHandle } from "../rooms/room-handle.ts";
import type { RoomService } from "../rooms/room-service.ts";
import { socketBudget } from "./budget.ts";
import { lobbyChannel, participantChannel, roomChannel } from "./channels.ts";
import type { CommandBudget } from "./command-budget.ts";
import { handlerFor } from "./handle.ts";
import type { LobbyLeaves } from "./lobby-leave.ts";
import type { PresenceTracker } from "./presence.ts";
import { broadcastPresence } from "./presence-roster.ts";
import type { AppServer, AppSocket } from "./types.ts";

export interface HandlerDeps {
  io: AppServer;
  rooms: RoomService;
  presence: PresenceTracker;
  /** Each socket's budget per second (counted by the socket itself). */
  commandsPerSecond: number;
  /** Each address's budget, across its sockets (and, on Redis, across nodes). */
  ipBudget: CommandBudget;
  /** Wrong passphrases per address and room (see rooms/access.ts). */
  passphraseLimiter: RateLimiterAbstract;
  /** Told when a socket stops waiting in a lobby, so a knocker who gave up is forgotten. */
  lobbyLeaves: LobbyLeaves;
  /** Which proxies may tell us the client's address (see client-address.ts). */
  trustProxy: TrustProxy;
  /** Joins, knocks, commands and syncs being answered; refused once the node shuts down. */
  inFlight: InFlight;
  logger: Logger;
  metrics: Metrics;
}

/** The client → server events handled below, each throttled in its handler. */
const HANDLED_EVENTS: ReadonlySet<string> = new Set<keyof ClientToServerEvents>([
  "join",
  "knock",
  "command",
  "sync",
  "presence",
]);

export function registerHandlers(socket: AppSocket, deps: HandlerDeps): void {
  const { rooms, logger } = deps;
  socket.data = { roomId: null, participantId: null, role: null };
  // Read once from the handshake: every per-address limit counts against this.
  const address = socketClientAddress(socket.handshake, deps.trustProxy);
  let held: RoomHandle | null = null;
  /** Whom this socket waits for in a lobby after a knock, until it joins. */
  let waitingFor: { roomId: string; participantId: string } | null = null;

  const fail = (error: unknown): WireError => {
    const normalised = normaliseError(error);
    if (normalised.code === "INTERNAL") {
      logger.error({ err: normalised.cause ?? normalised, socket: socket.id }, "handler failed");
    }
    return normalised.toWire();
  };

  /** Every message that does work (join, knock, command, sync, presence) is paid for. */
  const throttle = socketBudget({
    perSecond: deps.commandsPerSecond,
    addressBudget: deps.ipBudget,
    address,
    cutOff: () => {
      logger.warn({ socket: socket.id, room: socket.data.roomId }, "cutting off a flooding socket");
      socket.disconnect(true);
    },
  });

  // A message nobody listens for costs a parse all the same: it counts too, so a socket
  // flooding made-up event names is cut off like any other flooder.
  socket.onAny((event: string) => {
    if (HANDLED_EVENTS.has(event)) return;
    try {
      throttle()?.catch(() => undefined);
    } catch {
      // Refused: counted as a strike; nothing to answer.
    }
  });

  const handle = handlerFor({ socket, throttle, fail, inFlight: deps.inFlight });

  /** This socket keeps `room` in memory (and lets go of any other room it held). */
  const hold = (room: RoomHandle) => {
    if (held === room) return;
    if (held) rooms.release(held);
    rooms.retain(room);
    held = room;
  };

  const guard = (): PassphraseGuard => ({
    limiter: deps.passphraseLimiter,
    address,
  });

  const stopWaiting = async () => {
    if (waitingFor === null) return;
    const { roomId, participantId } = waitingFor;
    waitingFor = null;
    await socket.leave(lobbyChannel(roomId, participantId));
    // Admitted meanwhile is fine: the check finds no entry. Otherwise they may be gone.
    deps.lobbyLeaves.stoppedWaiting(roomId, participantId);
  };

  handle(
    "join",
    JoinRequestSchema,
    async (request) => {
      if (socket.data.roomId !== null && socket.data.roomId !== request.roomId) {
        await leave();
      }
      const joined = await joinRoom(rooms, request, guard());
      hold(await rooms.open(request.roomId));
      await stopWaiting();
      socket.data = {
        roomId: request.roomId,
        participantId: joined.participantId,
        role: joined.role,
      };
      // Join the channels before reading the catch-up: an event in between reaches the
      // client both ways, and the client drops what it already applied.
      await socket.join([
        roomChannel(request.roomId),
        participantChannel(request.roomId, joined.participantId),
      ]);
      await deps.presence.set(request.roomId, joined.participantId, socket.id, "online");
      const caught = await catchUp(rooms, request.roomId, request.lastSeq, joined.participantId);
      void broadcastPresence(deps, request.roomId).catch((error: unknown) =>
        logger.warn({ err: error }, "presence broadcast failed"),
      );
      return { ...joined, serverTime: Date.now(), catchUp: caught };
    },
    { before: checkVersion },
  );

  handle(
    "knock",
    KnockRequestSchema,
    async (request) => {
      // Knocking is for someone outside: a socket in a room leaves it first.
      if (socket.data.roomId !== null) await leave();
      const knocked = await knockRoom(rooms, request, guard(), async (participantId) => {
        // Listening before the knock is visible, so that no answer can come too early;
        // and the answer reaches this node only while it holds the room.
        hold(await rooms.open(request.roomId));
        const same =
          waitingFor?.roomId === request.roomId && waitingFor.participantId === participantId;
        if (!same) await stopWaiting();
        await socket.join(lobbyChannel(request.roomId, participantId));
        waitingFor = { roomId: request.roomId, participantId };
      });
      if (knocked.admitted) await stopWaiting();
      return knocked;
    },
    { before: checkVersion },
  );

  handle(
    "command",
    CommandEnvelopeSchema,
    async ({ roomId, commandId, command }) => {
      const { participantId } = socket.data;
      if (socket.data.roomId === null || participantId === null) {
        throw new StackboardError("NOT_JOINED", "Join the room before acting in it.");
      }
      if (socket.data.roomId !== roomId) {
        throw new StackboardError("FORBIDDEN", "This connection has not joined that room.");
      }
      // A sealed ballot's commitment must open to the ballot it came with (node:crypto).
      if (command.type === "ballot.cast") {
        const problem = commitmentProblem(
          command.decisionId,
          command.ballot,
          command.commitment,
          command.salt,
        );
        if (problem !== null) throw new StackboardError("INVALID_BALLOT", problem);
      }
      // The passphrase is hashed aside before the command goes the usual way.
      const executed =
        command.type === "room.setPassphrase"
          ? await setRoomPassphrase(rooms, roomId, participantId, commandId, command)
          : await rooms.execute(roomId, participantId, commandId, command);
      return { seq: executed.seq, duplicate: executed.duplicate };
    },
    {
      invalid: "INVALID_COMMAND",
      outcomeOf: (executed) => (executed.duplicate ? "duplicate" : "ok"),
      settled: (outcome, startedAt) => {
        deps.metrics.countCommand(outcome);
        deps.metrics.commandLatency.observe((performance.now() - startedAt) / 1000);
      },
    },
  );

  handle("sync", SyncRequestSchema, async ({ roomId, afterSeq }) => {
    if (socket.data.roomId !== roomId) {
      throw new StackboardError("FORBIDDEN", "This connection has not joined that room.");
    }
    return { catchUp: await catchUp(rooms, roomId, afterSeq, socket.data.participantId) };
  });

  // No acknowledgement to answer with: a refused presence message is counted and dropped.
  socket.on("presence", async (payload: unknown) => {
    let result = "ok";
    try {
      await throttle();
      const parsed = PresenceUpdateSchema.safeParse(payload);
      const { roomId, participantId } = socket.data;
      if (!parsed.success) {
        result = "INVALID_REQUEST";
      } else if (roomId !== parsed.data.roomId || participantId === null) {
        result = "NOT_JOINED";
      } else {
        await deps.presence.set(roomId, participantId, socket.id, parsed.data.status);
        await broadcastPresence(deps, roomId);
      }
    } catch (error) {
      result = normaliseError(error).code;
      if (result !== "RATE_LIMITED") logger.warn({ err: error }, "presence update failed");
    } finally {
      deps.metrics.presenceUpdates.inc({ result });
    }
  });

  async function leave(): Promise<void> {
    const { roomId, participantId } = socket.data;
    if (held) rooms.release(held);
    held = null;
    if (roomId === null || participantId === null) return;
    socket.data = { roomId: null, participantId: null, role: null };
    await socket.leave(roomChannel(roomId));
    await socket.leave(participantChannel(roomId, participantId));
    await deps.presence.remove(roomId, participantId, socket.id);
    await broadcastPresence(deps, roomId);
  }

  socket.on("disconnect", () => {
    const { roomId, participantId } = socket.data;
    if (held) rooms.release(held);
    held = null;
    // Cancel on the waiting page, or a closed tab: the lobby forgets them after a grace.
    if (waitingFor !== null) {
      deps.lobbyLeaves.stoppedWaiting(waitingFor.roomId, waitingFor.participantId);
      waitingFor = null;
    }
    if (roomId === null || participantId === null) return;
    void deps.presence
      .remove(roomId, participantId, socket.id)
      .then(() => broadcastPresence(deps, roomId))
      .catch((error: unknown) => logger.warn({ err: error }, "presence removal failed"));
  });
}

/** Throws CLIENT_TOO_OLD / SERVER_TOO_OLD when page and server speak different versions. */
function checkVersion(payload: unknown): void {
  const version = checkProtocolVersion(readProtocolVersion(payload) ?? -1);
  if (version) {
    throw new StackboardError(
      version,
      "Please reload: this page and the server speak different versions.",
    );
  }
}
