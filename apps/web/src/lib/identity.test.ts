import { describe, expect, it } from "vitest";
import {
  canRejoin,
  loadIdentity,
  rememberedName,
  rememberName,
  updateIdentity,
} from "./identity.ts";
import { memoryStorage } from "./storage.ts";

const roomId = "room-a";

describe("who this browser is in a room", () => {
  it("is nobody until something is kept, then a voter with no credentials by default", () => {
    const store = memoryStorage();
    expect(loadIdentity(store, roomId)).toBeNull();
    expect(updateIdentity(store, roomId, { name: "Ada" })).toEqual({
      name: "Ada",
      role: "voter",
      participantToken: null,
      facilitatorKey: null,
    });
  });

  it("keeps each change beside what was there, per room", () => {
    const store = memoryStorage();
    updateIdentity(store, roomId, { name: "Ada", facilitatorKey: "key" });
    updateIdentity(store, roomId, { participantToken: "token" });
    updateIdentity(store, "room-b", { name: "Bo", role: "observer" });
    expect(loadIdentity(store, roomId)).toEqual({
      name: "Ada",
      role: "voter",
      participantToken: "token",
      facilitatorKey: "key",
    });
    expect(loadIdentity(store, "room-b")?.role).toBe("observer");
    updateIdentity(store, roomId, { facilitatorKey: null });
    expect(loadIdentity(store, roomId)?.facilitatorKey).toBeNull();
  });

  it("reads what another version or a person left in storage without trusting it", () => {
    const store = memoryStorage();
    store.setItem(`stackboard:room:${roomId}`, JSON.stringify({ name: 7, role: "facilitator" }));
    expect(loadIdentity(store, roomId)).toEqual({
      name: "",
      role: "voter",
      participantToken: null,
      facilitatorKey: null,
    });
    store.setItem(`stackboard:room:${roomId}`, "{not json");
    expect(loadIdentity(store, roomId)).toBeNull();
  });

  it("rejoins without asking only with a name", () => {
    const store = memoryStorage();
    expect(canRejoin(loadIdentity(store, roomId))).toBe(false);
    expect(canRejoin(updateIdentity(store, roomId, { name: "  " }))).toBe(false);
    expect(canRejoin(updateIdentity(store, roomId, { name: "Ada" }))).toBe(true);
  });

  it("remembers the last name typed, for the next room", () => {
    const store = memoryStorage();
    expect(rememberedName(store)).toBe("");
    rememberName(store, "Ada");
    expect(rememberedName(store)).toBe("Ada");
  });
});
