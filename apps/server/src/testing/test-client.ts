// Test support: one participant over a real socket.io-client, keeping its own replica of
// the room the way the browser does: events applied strictly in seq order with the shared
// reducer, a gap buffered and filled with `sync`, a rejoin carrying `lastSeq`. It can move
// to another server node mid-meeting (`moveTo`) keeping its replica, token and history.
import {
  type AdmissionMessage,
  type CatchUp,
  type ClientToServerEvents,
  type ClosingMessage,
  type CommandResult,
  type JoinRequest,
  type JoinResult,
  type KnockResult,
  PROTOCOL_VERSION,
  type PresenceMessage,
  type PresenceStatus,
  type ServerToClientEvents,
} from "@stackboard/contracts";
import {
  type CommandBody,
  emptyRoom,
  type RoomEvent,
  type RoomState,
  reduce,
} from "@stackboard/core";
import { io, type Socket } from "socket.io-client";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  /** Default ["websocket"]; ["polling", "websocket"] for the browser's default. */
  transports?: ("polling" | "websocket")[];
  /** Source address (127.0.0.x) so that a load balancer hashing on it sees another client. */
  localAddress?: string;
  /** Extra request headers on the handshake (e.g. a forged X-Forwarded-For). */
  headers?: Record<string, string>;
  ackTimeoutMs?: number;
}

export interface JoinOptions {
  name: string;
  role?: "voter" | "observer";
  facilitatorKey?: string | null;
  /** Join as an earlier participant (a reload); defaults to this client's own token; null: none. */
  participantToken?: string | null;
  passphrase?: string;
}

export interface KnockOptions {
  name: string;
  role?: "voter" | "observer";
  /** Defaults to this client's own token (a reload knocks again); null: none. */
  participantToken?: string | null;
  passphrase?: string;
}

let commandCounter = 0;

/** Unique per process and time; valid for CommandIdSchema (8-64 of [A-Za-z0-9_-]). */
export function newCommandId(): string {
  commandCounter += 1;
  return `tc-${Date.now().toString(36)}-${commandCounter.toString(36).padStart(4, "0")}`;
}

export class TestClient {
  socket: ClientSocket;
  baseUrl: string;
  state: RoomState = emptyRoom();
  participantId: string | null = null;
  participantToken: string | null = null;
  /** Every `event` message as received (possibly out of order or repeated). */
  readonly received: RoomEvent[] = [];
  /** Seqs in the order this replica applied them: consecutive, each once. */
  readonly applied: number[] = [];
  /** Snapshot catch-ups taken (they replace the replica instead of applying events). */
  snapshots = 0;
  presence: PresenceMessage | null = null;
  /** Every raw engine.io message frame received, to check what crossed the wire. */
  readonly frames: string[] = [];
  /** The catch-up of the last successful join. */
  lastCatchUp: CatchUp | null = null;
  /** Every `admission` message (answers to this client's knocks). */
  readonly admissions: AdmissionMessage[] = [];
  /** Every `closing` message (the server shutting down asked us to come back later). */
  readonly closings: ClosingMessage[] = [];
  /** Why the socket last disconnected, null while connected. */
  disconnectReason: string | null = null;
  private readonly pending = new Map<number, RoomEvent>();
  private syncing = false;
  private readonly options: ConnectOptions;
  private lastJoin: JoinOptions | null = null;

  readonly roomId: string;

  constructor(baseUrl: string, roomId: string, options: ConnectOptions = {}) {
    this.roomId = roomId;
    this.baseUrl = baseUrl;
    this.options = options;
    this.socket = this.connect(baseUrl);
  }

  get seq(): number {
    return this.state.seq;
  }

  /** Resolves once the socket is connected (to learn which node it reached, say). */
  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
    });
  }

  async join(options: JoinOptions): Promise<JoinResult> {
    this.lastJoin = options;
    const request: JoinRequest = {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.roomId,
      name: options.name,
      role: options.role ?? "voter",
      participantToken:
        options.participantToken === undefined ? this.participantToken : options.participantToken,
      facilitatorKey: options.facilitatorKey ?? null,
      lastSeq: this.state.seq,
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    };
    const result = await this.ack().emitWithAck("join", request);
    if (result.ok) {
      this.participantId = result.participantId;
      this.participantToken = result.participantToken;
      this.lastCatchUp = result.catchUp;
      this.applyCatchUp(result.catchUp);
    }
    return result;
  }

  /** Knocks on the room; on success keeps the pass it gets, to join with once admitted. */
  async knock(options: KnockOptions): Promise<KnockResult> {
    const result = await this.ack().emitWithAck("knock", {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.roomId,
      name: options.name,
      role: options.role ?? "voter",
      participantToken:
        options.participantToken === undefined ? this.participantToken : options.participantToken,
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    });
    if (result.ok) {
      this.participantId = result.participantId;
      this.participantToken = result.participantToken;
    }
    return result;
  }

  /** Joins and throws if refused. */
  async mustJoin(options: JoinOptions): Promise<void> {
    const result = await this.join(options);
    if (!result.ok) throw new Error(`join refused: ${result.error.code} ${result.error.message}`);
  }

  command(command: CommandBody, commandId: string = newCommandId()): Promise<CommandResult> {
    return this.ack().emitWithAck("command", { commandId, roomId: this.roomId, command });
  }

  /** Sends a command and throws if the server refuses it; returns its seq. */
  async must(command: CommandBody, commandId?: string): Promise<number> {
    const result = await this.command(command, commandId);
    if (!result.ok) {
      throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
    }
    return result.seq;
  }

  setPresence(status: "online" | "away"): void {
    this.socket.emit("presence", { roomId: this.roomId, status });
  }

  /** Status of a participant in the last roster received ("offline" when absent). */
  statusOf(participantId: string): PresenceStatus {
    const entry = this.presence?.participants.find((p) => p.participantId === participantId);
    return entry?.status ?? "offline";
  }

  /** Leaves this node and joins the room on another one with the same token and lastSeq. */
  async moveTo(baseUrl: string): Promise<JoinResult> {
    if (this.lastJoin === null) throw new Error("join before moving");
    this.socket.disconnect();
    this.baseUrl = baseUrl;
    this.socket = this.connect(baseUrl);
    return this.join({ ...this.lastJoin, facilitatorKey: this.lastJoin.facilitatorKey ?? null });
  }

  async waitForSeq(seq: number, timeoutMs = 10_000): Promise<void> {
    await this.waitFor(() => this.state.seq >= seq, `seq ${seq}`, timeoutMs);
  }

  async waitFor(check: () => boolean, what = "condition", timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) {
        throw new Error(`${this.participantId ?? "client"} waited for ${what}; at ${this.seq}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  close(): void {
    this.socket.disconnect();
  }

  private connect(baseUrl: string): ClientSocket {
    const socket: ClientSocket = io(baseUrl, {
      transports: this.options.transports ?? ["websocket"],
      reconnection: false,
      forceNew: true,
      ...(this.options.localAddress ? { localAddress: this.options.localAddress } : {}),
      ...(this.options.headers ? { extraHeaders: this.options.headers } : {}),
    });
    socket.io.on("open", () => {
      socket.io.engine.on("message", (data: unknown) => this.frames.push(String(data)));
    });
    socket.on("event", ({ roomId, event }) => {
      if (roomId !== this.roomId) return;
      this.received.push(event);
      this.accept([event]);
    });
    socket.on("presence", (message) => {
      if (message.roomId === this.roomId) this.presence = message;
    });
    socket.on("admission", (message) => {
      if (message.roomId === this.roomId) this.admissions.push(message);
    });
    socket.on("closing", (message) => {
      this.closings.push(message);
    });
    socket.on("connect", () => {
      this.disconnectReason = null;
    });
    socket.on("disconnect", (reason) => {
      this.disconnectReason = reason;
    });
    return socket;
  }

  private ack() {
    return this.socket.timeout(this.options.ackTimeoutMs ?? 10_000);
  }

  private applyCatchUp(catchUp: CatchUp): void {
    if (catchUp.kind === "snapshot" && catchUp.seq >= this.state.seq) {
      this.state = catchUp.state;
      this.snapshots += 1;
      for (const seq of this.pending.keys()) if (seq <= catchUp.seq) this.pending.delete(seq);
    }
    this.accept(catchUp.events);
  }

  private accept(events: readonly RoomEvent[]): void {
    for (const event of events) {
      if (event.seq > this.state.seq) this.pending.set(event.seq, event);
    }
    for (;;) {
      const next = this.pending.get(this.state.seq + 1);
      if (next === undefined) break;
      this.pending.delete(next.seq);
      this.state = reduce(this.state, next);
      this.applied.push(next.seq);
    }
    if (this.pending.size > 0) void this.fillGap();
  }

  /** Asks for what is missing until the gap is closed; retries while the server can't say. */
  private async fillGap(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    try {
      for (let attempt = 0; attempt < 50 && this.pending.size > 0; attempt++) {
        const result = await this.ack()
          .emitWithAck("sync", { roomId: this.roomId, afterSeq: this.state.seq })
          .catch(() => null);
        if (result?.ok) this.applyCatchUp(result.catchUp);
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      this.syncing = false;
    }
  }
}
