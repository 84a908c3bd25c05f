import { describe, expect, it } from "vitest";
import { saveIdentity } from "../lib/identity.ts";
import { memoryStorage } from "../lib/storage.ts";
import { roomReadHeaders } from "./roomHeaders.ts";

const ROOM = "Abcdefghijklmnopqrstuv";
const TOKEN = "t".repeat(32);
const KEY = "k".repeat(32);

describe("roomReadHeaders", () => {
  it("sends this browser's pass and facilitator key for the room, and nothing it lacks", () => {
    const store = memoryStorage();
    expect(roomReadHeaders(ROOM, store)).toEqual({});
    saveIdentity(store, ROOM, {
      name: "Gus",
      role: "voter",
      participantToken: TOKEN,
      facilitatorKey: null,
    });
    expect(roomReadHeaders(ROOM, store)).toEqual({ "x-participant-token": TOKEN });
    saveIdentity(store, ROOM, {
      name: "Fran",
      role: "voter",
      participantToken: TOKEN,
      facilitatorKey: KEY,
    });
    expect(roomReadHeaders(ROOM, store)).toEqual({
      "x-participant-token": TOKEN,
      "x-facilitator-key": KEY,
    });
  });

  it("never sends one room's pass to another", () => {
    const store = memoryStorage();
    saveIdentity(store, ROOM, {
      name: "Gus",
      role: "voter",
      participantToken: TOKEN,
      facilitatorKey: KEY,
    });
    expect(roomReadHeaders("Zyxwvutsrqponmlkjihgfe", store)).toEqual({});
  });
});
