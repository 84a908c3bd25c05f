// RoomConnection against a scripted socket: what the server answers is checked against the
// contracts before it reaches a store, and a closed connection leaves no timer or listener
// behind.
import { PROTOCOL_VERSION } from "@stackboard/contracts";
import { emptyRoom } from "@stackboard/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "../lib/storage.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { ScriptedSocket } from "../testing/scriptedSocket.ts";
import { RoomConnection } from "./roomConnection.ts";
import type { ClientSocket } from "./socket.ts";
import { ROOM_ID, roomLog } from "./testEvents.ts";

const log = roomLog();
const joined = {
  ok: true,
  participantId: "bob",
  participantToken: "t".repeat(22),
  role: "voter",
  serverTime: 1_000,
  catchUp: { kind: "events", events: log.slice(0, 3) },
};

describe("RoomConnection", () => {
  let socket: ScriptedSocket;
  let connection: RoomConnection;

  beforeEach(() => {
    vi.useFakeTimers();
    useRoomStore.setState({ state: emptyRoom() });
    useConnectionStore.getState().enter(ROOM_ID);
    socket = new ScriptedSocket();
    connection = new RoomConnection(ROOM_ID, memoryStorage(), socket as unknown as ClientSocket);
    connection.open();
  });

  afterEach(() => {
    connection.close();
    vi.useRealTimers();
  });

  it("joins on connect with the protocol version, and applies a well-formed answer", () => {
    expect(socket.sent[0]).toMatchObject({
      event: "join",
      payload: { protocolVersion: PROTOCOL_VERSION, roomId: ROOM_ID, lastSeq: 0 },
    });
    socket.answer("join", joined);
    expect(useConnectionStore.getState()).toMatchObject({ status: "live", participantId: "bob" });
    expect(useRoomStore.getState().state.seq).toBe(3);
  });

  it("treats an answer that breaks the contract as none: nothing applied, the connection starts over", () => {
    socket.answer("join", { ...joined, catchUp: { kind: "events", events: [{ seq: "one" }] } });
    expect(useRoomStore.getState().state.seq).toBe(0);
    expect(useConnectionStore.getState().participantId).toBeNull();
    expect(socket.connects).toBe(2);
    expect(socket.count("join")).toBe(2);
  });

  it("never lets a live message that breaks the contract reach the replica", () => {
    socket.answer("join", joined);
    const next = log[3];
    socket.hear("event", { roomId: ROOM_ID, event: { ...next, body: { type: "made.up" } } });
    socket.hear("event", { roomId: ROOM_ID, event: next, extra: true });
    expect(useRoomStore.getState().state.seq).toBe(3);
    socket.hear("event", { roomId: ROOM_ID, event: next });
    expect(useRoomStore.getState().state.seq).toBe(4);
    socket.hear("presence", { roomId: ROOM_ID, participants: [{ participantId: 7 }] });
    expect(useConnectionStore.getState().presence).toEqual({});
  });

  it("retries a join refused for a passing trouble, and close cancels the retry", () => {
    socket.answer("join", { ok: false, error: { code: "STORE_UNAVAILABLE", message: "busy" } });
    vi.advanceTimersByTime(2_000);
    expect(socket.count("join")).toBe(2);
    socket.answer("join", { ok: false, error: { code: "STORE_UNAVAILABLE", message: "busy" } });
    connection.close();
    vi.advanceTimersByTime(10_000);
    expect(socket.count("join")).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("acts on no late answer once closed", () => {
    connection.close();
    socket.answer("join", joined);
    expect(useConnectionStore.getState().participantId).toBeNull();
    expect(useRoomStore.getState().state.seq).toBe(0);
  });

  it("knocks when the room has a lobby, and joins once admitted", () => {
    socket.answer("join", { ok: false, error: { code: "LOBBY_REQUIRED", message: "knock" } });
    expect(socket.count("knock")).toBe(1);
    expect(useConnectionStore.getState().gate).toEqual({ kind: "lobby" });
    socket.answer("knock", {
      ok: true,
      participantId: "gus",
      participantToken: "g".repeat(22),
      admitted: false,
    });
    socket.hear("admission", { roomId: ROOM_ID, participantId: "someone", admitted: true });
    expect(socket.count("join")).toBe(1);
    socket.hear("admission", { roomId: ROOM_ID, participantId: "gus", admitted: true });
    expect(socket.count("join")).toBe(2);
    expect(socket.sent.at(-1)?.payload).toMatchObject({ participantToken: "g".repeat(22) });
  });
});
