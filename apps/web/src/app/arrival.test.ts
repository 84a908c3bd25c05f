// Arriving at a board: a returning browser's socket opens from the entry module, before
// React renders, and the room page's own entry afterwards neither reconnects nor joins
// twice; a browser without a name for the room is asked instead.
import { facilitatorFragment } from "@stackboard/contracts";
import { emptyRoom } from "@stackboard/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadIdentity, updateIdentity } from "../lib/identity.ts";
import { type KeyValueStore, memoryStorage } from "../lib/storage.ts";
import { type EnterRoom, enterRoom, leaveRoom } from "../realtime/portal.ts";
import type { ClientSocket } from "../realtime/socket.ts";
import { ROOM_ID, roomLog } from "../realtime/testEvents.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { ScriptedSocket } from "../testing/scriptedSocket.ts";
import { enterOnArrival } from "./arrival.ts";

const joined = {
  ok: true,
  participantId: "bob",
  participantToken: "t".repeat(22),
  role: "voter",
  serverTime: 1_000,
  catchUp: { kind: "events", events: roomLog().slice(0, 3) },
};
const board = { pathname: `/r/${ROOM_ID}`, hash: "" };
const asSocket = (socket: ScriptedSocket) => socket as unknown as ClientSocket;

describe("enterOnArrival", () => {
  let storage: KeyValueStore;

  beforeEach(() => {
    storage = memoryStorage();
    useRoomStore.setState({ state: emptyRoom() });
    useConnectionStore.getState().leave();
  });

  afterEach(() => leaveRoom());

  it("opens a returning voter's socket at once and applies the join reply once, however often the page enters after", () => {
    updateIdentity(storage, ROOM_ID, { name: "Bob", role: "voter" });
    const early = new ScriptedSocket();
    const entered = enterOnArrival(board, storage, (roomId, who) =>
      enterRoom(roomId, who, asSocket(early)),
    );
    expect(entered).toBe(ROOM_ID);
    expect(early.connects).toBe(1);
    expect(early.sent).toMatchObject([
      { event: "join", payload: { roomId: ROOM_ID, name: "Bob" } },
    ]);

    // React mounts the room page, whose effect enters (twice under StrictMode).
    const late = new ScriptedSocket();
    const who: EnterRoom = { name: "Bob", role: "voter", facilitatorKey: null };
    enterRoom(ROOM_ID, who, asSocket(late));
    enterRoom(ROOM_ID, who, asSocket(late));
    expect(late.connects).toBe(0);

    early.answer("join", joined);
    expect(useConnectionStore.getState()).toMatchObject({ status: "live", participantId: "bob" });
    expect(useRoomStore.getState().state.seq).toBe(3);
    expect(early.connects).toBe(1);
    expect(early.count("join")).toBe(1);
  });

  it("keeps the facilitator key from the link and joins with it", () => {
    updateIdentity(storage, ROOM_ID, { name: "Fay", role: "voter" });
    const key = "k".repeat(22);
    const socket = new ScriptedSocket();
    enterOnArrival({ ...board, hash: facilitatorFragment(key) }, storage, (roomId, who) =>
      enterRoom(roomId, who, asSocket(socket)),
    );
    expect(loadIdentity(storage, ROOM_ID)?.facilitatorKey).toBe(key);
    expect(socket.sent[0]?.payload).toMatchObject({ facilitatorKey: key });
  });

  it("enters nothing for a browser with no name for the room, or away from a board", () => {
    const entries: string[] = [];
    const enter = (roomId: string) => entries.push(roomId);
    expect(enterOnArrival(board, storage, enter)).toBeNull();
    updateIdentity(storage, ROOM_ID, { name: "Bob", role: "voter" });
    expect(enterOnArrival({ pathname: "/", hash: "" }, storage, enter)).toBeNull();
    expect(
      enterOnArrival({ pathname: `/r/${ROOM_ID}/record`, hash: "" }, storage, enter),
    ).toBeNull();
    expect(entries).toEqual([]);
    expect(useConnectionStore.getState().roomId).toBeNull();
  });
});
