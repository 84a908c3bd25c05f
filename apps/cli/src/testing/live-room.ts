// Test support: a real Stackboard server as a child process (the way a team runs it) and a
// participant over a real socket.io-client, to give the CLI a room with a real log.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type ClientToServerEvents,
  type CreateRoomResponse,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
} from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import { io, type Socket } from "socket.io-client";

/** The server's entry, run as its own process: the CLI talks to it over HTTP only. */
const SERVER_MAIN = path.join(import.meta.dirname, "../../../server/src/main.ts");

export interface LiveServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

export async function startServer(): Promise<LiveServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-cli-"));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      LOG_LEVEL: "warn",
      ROOMS_PER_IP_PER_HOUR: "100000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createRoom(url: string, title: string): Promise<CreateRoomResponse> {
  const response = await fetch(`${url}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create room: ${response.status}`);
  return (await response.json()) as CreateRoomResponse;
}

/** One participant: joins, sends commands and waits for each to be acknowledged. */
export class Participant {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  participantToken: string | null = null;
  private readonly roomId: string;

  constructor(url: string, roomId: string) {
    this.roomId = roomId;
    this.socket = io(url, { transports: ["websocket"], forceNew: true });
  }

  async join(name: string, facilitatorKey: string | null = null): Promise<void> {
    const result = await this.socket.timeout(10_000).emitWithAck("join", {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.roomId,
      name,
      role: "voter",
      participantToken: null,
      facilitatorKey,
      lastSeq: 0,
    });
    if (!result.ok) throw new Error(`join refused: ${result.error.message}`);
    this.participantToken = result.participantToken;
  }

  async do(...commands: CommandBody[]): Promise<void> {
    for (const command of commands) {
      const commandId = `cli-${randomBytes(9).toString("base64url")}`;
      const result = await this.socket
        .timeout(10_000)
        .emitWithAck("command", { roomId: this.roomId, commandId, command });
      if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** A decision with two options, opened, voted on and decided. */
export function decideCommands(
  decisionId: string,
  title: string,
  options: [string, string][],
  chosen: string,
): CommandBody[] {
  return [
    { type: "decision.add", decisionId, title, context: `Which ${title.toLowerCase()}?` },
    ...options.map(
      ([optionId, label]): CommandBody => ({
        type: "option.add",
        decisionId,
        optionId,
        label,
        catalogId: null,
      }),
    ),
    { type: "decision.open", decisionId },
    { type: "ballot.cast", decisionId, ballot: { mode: "pick", optionId: chosen } },
    { type: "decision.lock", decisionId },
    { type: "decision.decide", decisionId, optionId: chosen, rationale: `We chose ${chosen}.` },
  ];
}
