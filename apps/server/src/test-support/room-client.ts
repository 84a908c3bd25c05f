// Test support: a real socket.io-client participant that keeps its own replica of the
// room, applying events strictly in seq order with the shared reducer (as the browser does).

import {
  type CatchUp,
  type ClientToServerEvents,
  type CommandResult,
  type JoinRequest,
  type JoinResult,
  PROTOCOL_VERSION,
  type PresenceMessage,
  type ServerToClientEvents,
  type SyncResult,
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

let commandCounter = 0;
export const newCommandId = (): string =>
  `cmd${Date.now().toString(36)}${(commandCounter++).toString(36).padStart(4, "0")}`;

export interface JoinOptions {
  name: string;
  role?: "voter" | "observer";
  facilitatorKey?: string | null;
  participantToken?: string | null;
}

export class RoomClient {
  readonly socket: ClientSocket;
  state: RoomState = emptyRoom();
  participantId = "";
  participantToken: string | null = null;
  /** Every `event` message, as received (already redacted by the server for us). */
  readonly received: RoomEvent[] = [];
  /** Every raw engine.io frame, to check what crossed the wire. */
  readonly frames: string[] = [];
  lastPresence: PresenceMessage | null = null;
  lastCatchUp: CatchUp | null = null;
  private pending = new Map<number, RoomEvent>();
  private syncing = false;

  constructor(
    readonly baseUrl: string,
    readonly roomId: string,
  ) {
    this.socket = io(baseUrl, { transports: ["websocket"], reconnection: false, forceNew: true });
    this.socket.io.on("open", () => {
      this.socket.io.engine.on("message", (data: unknown) => this.frames.push(String(data)));
    });
    this.socket.on("event", ({ roomId, event }) => {
      if (roomId !== this.roomId) return;
      this.received.push(event);
      this.accept([event]);
    });
    this.socket.on("presence", (message) => {
      this.lastPresence = message;
    });
  }

  async join(options: JoinOptions): Promise<JoinResult> {
    const request: JoinRequest = {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.roomId,
      name: options.name,
      role: options.role ?? "voter",
      participantToken: options.participantToken ?? this.participantToken,
      facilitatorKey: options.facilitatorKey ?? null,
      lastSeq: this.state.seq,
    };
    const result = await this.socket.timeout(10_000).emitWithAck("join", request);
    if (result.ok) {
      this.participantId = result.participantId;
      this.participantToken = result.participantToken;
      this.lastCatchUp = result.catchUp;
      this.applyCatchUp(result.catchUp);
    }
    return result;
  }

  async command(command: CommandBody, commandId: string = newCommandId()): Promise<CommandResult> {
    return this.socket
      .timeout(10_000)
      .emitWithAck("command", { commandId, roomId: this.roomId, command });
  }

  /** Sends a command and fails the test if the server refuses it. */
  async must(command: CommandBody): Promise<number> {
    const result = await this.command(command);
    if (!result.ok)
      throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
    return result.seq;
  }

  /** Resolves once this replica has applied `seq`. */
  async waitForSeq(seq: number, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.state.seq < seq) {
      if (Date.now() > deadline)
        throw new Error(`${this.participantId} stuck at seq ${this.state.seq}, wanted ${seq}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  close(): void {
    this.socket.disconnect();
  }

  private applyCatchUp(catchUp: CatchUp): void {
    if (catchUp.kind === "snapshot" && catchUp.seq >= this.state.seq) {
      this.state = catchUp.state;
      for (const seq of [...this.pending.keys()]) if (seq <= catchUp.seq) this.pending.delete(seq);
    }
    this.accept(catchUp.events);
  }

  private accept(events: readonly RoomEvent[]): void {
    for (const event of events) if (event.seq > this.state.seq) this.pending.set(event.seq, event);
    for (
      let next = this.pending.get(this.state.seq + 1);
      next;
      next = this.pending.get(this.state.seq + 1)
    ) {
      this.pending.delete(next.seq);
      this.state = reduce(this.state, next);
    }
    if (this.pending.size > 0 && !this.syncing) void this.sync();
  }

  private async sync(): Promise<void> {
    this.syncing = true;
    try {
      const result: SyncResult = await this.socket
        .timeout(10_000)
        .emitWithAck("sync", { roomId: this.roomId, afterSeq: this.state.seq });
      if (result.ok) this.applyCatchUp(result.catchUp);
    } finally {
      this.syncing = false;
    }
  }
}
