import { afterEach, describe, expect, it } from "vitest";
import {
  claimEarlySocket,
  type EarlySocket,
  releaseEarlySocket,
  sameEndpoint,
  withoutDefaultConnect,
} from "./earlySocket.ts";

const URI = "ws://127.0.0.1:4185/socket.io/?EIO=4&transport=websocket";

/** A stand-in for the browser's WebSocket: its URL, its state, and whether it was closed. */
function early(url: string, readyState: number): EarlySocket & { closed: () => boolean } {
  let closed = false;
  const ws = {
    url,
    readyState,
    close: () => {
      closed = true;
    },
  } as unknown as WebSocket;
  return { ws, messages: [], connectSent: false, closed: () => closed };
}

afterEach(() => {
  globalThis.__stackboardEarlySocket = undefined;
});

describe("sameEndpoint", () => {
  it("matches the socket the inline script dials to the one engine.io would", () => {
    expect(sameEndpoint(URI, "ws://127.0.0.1:4185/socket.io/?EIO=4&transport=websocket")).toBe(
      true,
    );
    expect(sameEndpoint(URI, "ws://127.0.0.1:4185/socket.io?transport=websocket&EIO=4")).toBe(true);
  });

  it("refuses another host, scheme, path or query (a session id, a newer protocol)", () => {
    expect(sameEndpoint(URI, "ws://localhost:4185/socket.io/?EIO=4&transport=websocket")).toBe(
      false,
    );
    expect(sameEndpoint(URI, "wss://127.0.0.1:4185/socket.io/?EIO=4&transport=websocket")).toBe(
      false,
    );
    expect(sameEndpoint(URI, "ws://127.0.0.1:4185/io/?EIO=4&transport=websocket")).toBe(false);
    expect(sameEndpoint(URI, `${URI}&sid=abc`)).toBe(false);
    expect(sameEndpoint(URI, "ws://127.0.0.1:4185/socket.io/?EIO=5&transport=websocket")).toBe(
      false,
    );
    expect(sameEndpoint("not a url", URI)).toBe(false);
  });
});

describe("claimEarlySocket", () => {
  it("hands over a connecting or open socket once", () => {
    for (const state of [0, 1]) {
      const socket = early(URI, state);
      globalThis.__stackboardEarlySocket = socket;
      expect(claimEarlySocket(URI)).toBe(socket);
      expect(claimEarlySocket(URI)).toBeNull();
      expect(socket.closed()).toBe(false);
    }
  });

  it("closes and refuses one that is closing, closed, or dialled elsewhere", () => {
    for (const [state, url] of [
      [2, URI],
      [3, URI],
      [1, "ws://127.0.0.1:9999/socket.io/?EIO=4&transport=websocket"],
    ] as const) {
      const socket = early(url, state);
      globalThis.__stackboardEarlySocket = socket;
      expect(claimEarlySocket(URI)).toBeNull();
      expect(globalThis.__stackboardEarlySocket).toBeUndefined();
      expect(socket.closed()).toBe(true);
    }
  });

  it("has nothing to hand over when the page opened no socket", () => {
    expect(claimEarlySocket(URI)).toBeNull();
  });
});

describe("releaseEarlySocket", () => {
  it("closes a socket nobody took, so it does not idle on the server", () => {
    const socket = early(URI, 1);
    globalThis.__stackboardEarlySocket = socket;
    releaseEarlySocket();
    expect(socket.closed()).toBe(true);
    expect(claimEarlySocket(URI)).toBeNull();
  });
});

describe("withoutDefaultConnect", () => {
  it("turns the first CONNECT to the default namespace into a no-op, keeping the rest", () => {
    const event = { type: "message", data: '2["hello"]' };
    expect(withoutDefaultConnect([{ type: "message", data: "0" }, event])).toEqual([
      { type: "noop" },
      event,
    ]);
  });

  it("leaves alone packets without one: events, other namespaces, a CONNECT with auth", () => {
    expect(withoutDefaultConnect([{ type: "message", data: '2["hello"]' }])).toBeNull();
    expect(withoutDefaultConnect([{ type: "message", data: "0/admin," }])).toBeNull();
    expect(withoutDefaultConnect([{ type: "message", data: '0{"token":"x"}' }])).toBeNull();
    expect(withoutDefaultConnect([{ type: "pong" }])).toBeNull();
  });
});
