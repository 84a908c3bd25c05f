// The early socket against a real Socket.IO server (Node's WebSocket stands in for the
// browser's): the client adopts it instead of dialling a second connection, replays what
// it received meanwhile, and dials as usual when it is gone.
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io, type Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EarlySocket, EarlyWebSocketTransport } from "./earlySocket.ts";

let http: HttpServer;
let server: Server;
let url: string;
/** Every engine.io connection the server accepted: one per dialled socket. */
let connections: string[];
/** Every Socket.IO connection to the default namespace: one per CONNECT. */
let namespaceSockets: number;
let client: Socket | null = null;

beforeEach(async () => {
  http = createServer();
  server = new Server(http, { transports: ["websocket", "polling"] });
  connections = [];
  namespaceSockets = 0;
  server.engine.on("connection", (engineSocket: { id: string }) => {
    connections.push(engineSocket.id);
  });
  server.on("connection", (socket) => {
    namespaceSockets += 1;
    socket.on("hello", (name: string, answer: (reply: string) => void) => answer(`hi ${name}`));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(async () => {
  client?.disconnect();
  client = null;
  globalThis.__stackboardEarlySocket = undefined;
  await server.close();
});

/**
 * What index.html's inline script does: dial, keep the messages, answer pings, and (unless
 * `connect` is false, as in a page from before the script did) ask for the namespace.
 */
function dialEarly(connect = true): EarlySocket {
  const ws = new WebSocket(`${url.replace("http", "ws")}/socket.io/?EIO=4&transport=websocket`);
  const early: EarlySocket = { ws, messages: [], connectSent: false };
  ws.onmessage = ({ data }) => {
    if (data === "2") return ws.send("3");
    early.messages.push(data);
    if (connect && typeof data === "string" && data.startsWith("0") && !early.connectSent) {
      ws.send("40");
      early.connectSent = true;
    }
  };
  globalThis.__stackboardEarlySocket = early;
  return early;
}

const until = async (done: () => boolean) => {
  const deadline = Date.now() + 5000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

async function connectAndGreet(): Promise<string> {
  client = io(url, { transports: [EarlyWebSocketTransport], forceNew: true, reconnection: false });
  return client.timeout(5000).emitWithAck("hello", "Ada");
}

describe("the early socket", () => {
  it("is adopted once connected: one connection, one namespace socket, both replies replayed", async () => {
    const early = dialEarly();
    await until(() => early.messages.length === 2);
    expect(await connectAndGreet()).toBe("hi Ada");
    expect(connections).toHaveLength(1);
    expect(client?.io.engine.id).toBe(connections[0]);
    expect(namespaceSockets).toBe(1);
    expect(server.of("/").sockets.size).toBe(1);
  });

  it("is adopted before the namespace answered: its answer arrives on the client", async () => {
    const early = dialEarly();
    await until(() => early.connectSent);
    expect(await connectAndGreet()).toBe("hi Ada");
    expect(namespaceSockets).toBe(1);
  });

  it("is adopted without a namespace request: the client makes its own", async () => {
    const early = dialEarly(false);
    await until(() => early.messages.length > 0);
    expect(await connectAndGreet()).toBe("hi Ada");
    expect(connections).toHaveLength(1);
    expect(namespaceSockets).toBe(1);
  });

  it("is adopted while still connecting (the client then asks for the namespace)", async () => {
    dialEarly();
    expect(await connectAndGreet()).toBe("hi Ada");
    expect(connections).toHaveLength(1);
    expect(namespaceSockets).toBe(1);
  });

  it("is replaced by a new connection when it closed before the app took it", async () => {
    const early = dialEarly();
    await until(() => early.messages.length > 0);
    early.ws.close();
    await until(() => early.ws.readyState === WebSocket.CLOSED);
    expect(await connectAndGreet()).toBe("hi Ada");
    expect(connections).toHaveLength(2);
    expect(client?.io.engine.id).toBe(connections[1]);
  });

  it("serves the first connection only: a reconnection dials", async () => {
    const early = dialEarly();
    await until(() => early.messages.length > 0);
    expect(await connectAndGreet()).toBe("hi Ada");
    client?.disconnect();
    expect(await connectAndGreet()).toBe("hi Ada");
    expect(connections).toHaveLength(2);
    expect(namespaceSockets).toBe(2);
  });
});
