// The entry module's socket: it connects before the app exists, the room's connection
// adopts it and joins once (its "connect" came before anyone listened), and no other room
// or page gets it.
import { emptyRoom } from "@stackboard/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateIdentity } from "../lib/identity.ts";
import { type KeyValueStore, memoryStorage } from "../lib/storage.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { ScriptedSocket } from "../testing/scriptedSocket.ts";
import { connectEarly, takeEarlySocket } from "./earlySocket.ts";
import { enterRoom, leaveRoom } from "./portal.ts";
import type { ClientSocket } from "./socket.ts";
import { ROOM_ID, roomLog } from "./testEvents.ts";

const joined = {
  ok: true,
  participantId: "bob",
  participantToken: "t".repeat(22),
  role: "voter",
  serverTime: 1_000,
  catchUp: { kind: "events", events: roomLog().slice(0, 3) },
};

describe("connectEarly", () => {
  let storage: KeyValueStore;
  let socket: ScriptedSocket;
  const make = () => socket as unknown as ClientSocket;

  beforeEach(() => {
    storage = memoryStorage();
    socket = new ScriptedSocket();
    useRoomStore.setState({ state: emptyRoom() });
    useConnectionStore.getState().leave();
  });

  afterEach(() => {
    takeEarlySocket("");
    leaveRoom();
  });

  it("connects a returning voter's board before the app loads; the room adopts it and joins once", () => {
    updateIdentity(storage, ROOM_ID, { name: "Bob", role: "voter" });
    expect(connectEarly(`/r/${ROOM_ID}`, storage, make)).toBe(ROOM_ID);
    expect(socket.connects).toBe(1);
    expect(socket.sent).toEqual([]);

    enterRoom(ROOM_ID, { name: "Bob", role: "voter", facilitatorKey: null });
    enterRoom(ROOM_ID, { name: "Bob", role: "voter", facilitatorKey: null });
    expect(socket.connects).toBe(1);
    expect(socket.count("join")).toBe(1);
    socket.answer("join", joined);
    expect(useConnectionStore.getState()).toMatchObject({ status: "live", participantId: "bob" });
    expect(useRoomStore.getState().state.seq).toBe(3);
  });

  it("opens nothing for a board this browser has no name for, or for another page", () => {
    expect(connectEarly(`/r/${ROOM_ID}`, storage, make)).toBeNull();
    updateIdentity(storage, ROOM_ID, { name: "Bob", role: "voter" });
    expect(connectEarly("/", storage, make)).toBeNull();
    expect(connectEarly(`/r/${ROOM_ID}/replay`, storage, make)).toBeNull();
    expect(socket.connects).toBe(0);
    expect(takeEarlySocket(ROOM_ID)).toBeUndefined();
  });

  it("hands the socket to its own room only, once; another room's entry closes it", () => {
    updateIdentity(storage, ROOM_ID, { name: "Bob", role: "voter" });
    connectEarly(`/r/${ROOM_ID}`, storage, make);
    expect(takeEarlySocket("another_room")).toBeUndefined();
    expect(socket.connected).toBe(false);
    expect(takeEarlySocket(ROOM_ID)).toBeUndefined();
  });
});
