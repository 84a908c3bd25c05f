// One simulated participant: a real socket.io-client over WebSocket, speaking the app's
// protocol (the relay answers the same messages). It keeps no replica of the room: the
// bench only needs what each scenario's sink makes of the events it receives.

import {
  type CatchUp,
  type ClientToServerEvents,
  type CommandEnvelope,
  type CommandResult,
  type EventMessage,
  type JoinResult,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
} from "@stackboard/contracts";
import { io, type Socket } from "socket.io-client";
import type { ClientSpec } from "./protocol.ts";

export type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** Wire types (the contracts' schemas), which is what crosses the socket. */
export type WireCommand = CommandEnvelope["command"];
export type WireEvent = EventMessage["event"];

/** What a scenario does with the events a client receives (live or in a catch-up). */
export interface EventSink {
  event(client: BenchClient, event: WireEvent): void;
  /** A snapshot catch-up: the events before `seq` arrive as state, not one by one. */
  snapshot?(client: BenchClient, seq: number): void;
}

export const IGNORE: EventSink = { event() {} };

/** The decision every bench room votes on (set up by the room's facilitator). */
export const DECISION_ID = "d1";
export const OPTION_IDS = ["o1", "o2", "o3"] as const;

export const ballot = (choice: number): WireCommand => ({
  type: "ballot.cast",
  decisionId: DECISION_ID,
  ballot: { mode: "pick", optionId: OPTION_IDS[choice % OPTION_IDS.length] ?? "o1" },
});

const COMMAND_TIMEOUT_MS = 30_000;

export class BenchClient {
  readonly socket: BenchSocket;
  participantToken: string | null;
  /** Highest seq received: what a rejoin asks to continue from. */
  lastSeq = 0;
  joined = false;
  /** Set while a scenario has dropped this client's connection on purpose. */
  dropped = false;
  /** Bytes of every engine.io message received, when counting is on. */
  bytesIn = 0;

  readonly spec: ClientSpec;
  private readonly sink: () => EventSink;

  constructor(spec: ClientSpec, sink: () => EventSink, countBytes = false) {
    this.spec = spec;
    this.sink = sink;
    this.participantToken = spec.participantToken;
    this.socket = io(spec.url, {
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
      timeout: 20_000,
    });
    if (countBytes) {
      this.socket.io.on("open", () => {
        this.socket.io.engine.on("message", (data: unknown) => {
          this.bytesIn += typeof data === "string" ? Buffer.byteLength(data) : 0;
        });
      });
    }
    this.socket.on("event", (message) => {
      if (message.event.seq > this.lastSeq) this.lastSeq = message.event.seq;
      this.sink().event(this, message.event);
    });
  }

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        this.socket.off("connect", onConnect);
        this.socket.off("connect_error", done);
        if (error) reject(error);
        else resolve();
      };
      const onConnect = () => done();
      this.socket.once("connect", onConnect);
      this.socket.once("connect_error", done);
      this.socket.connect();
    });
  }

  /** Joins (or rejoins after `lastSeq`) and hands the catch-up to the sink. */
  async join(): Promise<JoinResult> {
    const result = await this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck("join", {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.spec.roomId,
      name: this.spec.name,
      role: "voter",
      participantToken: this.participantToken,
      facilitatorKey: this.spec.facilitatorKey,
      lastSeq: this.lastSeq,
    });
    if (result.ok) {
      this.joined = true;
      this.participantToken = result.participantToken;
      this.applyCatchUp(result.catchUp);
    }
    return result;
  }

  command(commandId: string, command: WireCommand): Promise<CommandResult> {
    return this.socket
      .timeout(COMMAND_TIMEOUT_MS)
      .emitWithAck("command", { commandId, roomId: this.spec.roomId, command });
  }

  close(): void {
    this.joined = false;
    this.socket.disconnect();
  }

  private applyCatchUp(catchUp: CatchUp): void {
    const sink = this.sink();
    if (catchUp.kind === "snapshot") {
      if (catchUp.seq > this.lastSeq) this.lastSeq = catchUp.seq;
      sink.snapshot?.(this, catchUp.seq);
    }
    for (const event of catchUp.events) {
      if (event.seq > this.lastSeq) this.lastSeq = event.seq;
      sink.event(this, event);
    }
  }
}

/** A client outside the workers (S5's seeding); the events it receives are ignored. */
export function newSeedClient(
  url: string,
  roomId: string,
  index: number,
  options: { facilitatorKey?: string; token?: string },
): BenchClient {
  const spec: ClientSpec = {
    index,
    url,
    node: 0,
    roomId,
    facilitatorKey: options.facilitatorKey ?? null,
    participantToken: options.token ?? null,
    voter: true,
    name: `Seed ${index}`,
  };
  return new BenchClient(spec, () => IGNORE);
}

/** The facilitator's board for a bench room: one pick decision with three options. */
export const ROOM_SETUP: readonly WireCommand[] = [
  { type: "decision.add", decisionId: DECISION_ID, title: "Database", context: "Bench room" },
  {
    type: "option.add",
    decisionId: DECISION_ID,
    optionId: "o1",
    label: "PostgreSQL",
    catalogId: null,
  },
  {
    type: "option.add",
    decisionId: DECISION_ID,
    optionId: "o2",
    label: "MongoDB",
    catalogId: null,
  },
  { type: "option.add", decisionId: DECISION_ID, optionId: "o3", label: "MySQL", catalogId: null },
  { type: "decision.open", decisionId: DECISION_ID },
];
