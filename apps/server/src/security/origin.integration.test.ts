// Who may connect: an exact Origin allowlist on the handshake, over polling and WebSocket;
// forged tokens and keys are refused; the allowed origin connects.
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

const ALLOWED = "https://board.example.test";
let server: TestNode;
beforeAll(async () => {
  server = await startNode({ PUBLIC_URL: ALLOWED });
});
afterAll(async () => {
  await server.dispose();
});

function tryConnect(
  transport: "polling" | "websocket",
  origin: string,
): Promise<"connected" | "refused"> {
  const socket = io(server.url, {
    transports: [transport],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin },
  });
  return new Promise((resolve) => {
    socket.on("connect", () => {
      socket.disconnect();
      resolve("connected");
    });
    socket.on("connect_error", () => {
      socket.disconnect();
      resolve("refused");
    });
  });
}

describe("origin and credentials", () => {
  it("refuses a foreign Origin over polling and WebSocket, accepts the allowed one", async () => {
    const results = {
      foreignPolling: await tryConnect("polling", "https://evil.example.test"),
      foreignWebSocket: await tryConnect("websocket", "https://evil.example.test"),
      lookalike: await tryConnect("websocket", `${ALLOWED}.evil.test`),
      allowedPolling: await tryConnect("polling", ALLOWED),
      allowedWebSocket: await tryConnect("websocket", ALLOWED),
    };
    console.log(`origin: ${JSON.stringify(results)}`);
    expect(results).toEqual({
      foreignPolling: "refused",
      foreignWebSocket: "refused",
      lookalike: "refused",
      allowedPolling: "connected",
      allowedWebSocket: "connected",
    });
  });

  it("refuses forged participant tokens and facilitator keys, and commands before joining", async () => {
    const room = await createRoom(server.url, "Credentials");
    const eve = new TestClient(server.url, room.roomId);
    // The real key with its last character changed (to one it surely is not: 1 run in 64
    // drew a key ending in "A", and "forged" it into itself).
    const last = room.facilitatorKey.at(-1) === "A" ? "B" : "A";
    const outcomes = [
      await eve.join({ name: "Eve", participantToken: "Z".repeat(32) }),
      await eve.join({ name: "Eve", facilitatorKey: "Y".repeat(32) }),
      await eve.join({ name: "Eve", facilitatorKey: `${room.facilitatorKey.slice(0, -1)}${last}` }),
    ];
    expect(outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.error.code))).toEqual([
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
    ]);
    expect(await eve.command({ type: "room.rename", title: "x" })).toMatchObject({
      ok: false,
      error: { code: "NOT_JOINED" },
    });
    expect((await server.rooms.state(room.roomId)).participants).toEqual([]);
    eve.close();
  });
});
