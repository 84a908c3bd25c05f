import { emptyRoom, type Participant, type Role } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { mayAsk } from "../store/useAllowed.ts";
import {
  actionsFor,
  commandForAction,
  handPlaces,
  handQueue,
  listOrder,
  readyCount,
  toggleMySignal,
} from "./people.ts";

function person(id: string, change: Partial<Participant> = {}): Participant {
  return {
    id,
    name: id.toUpperCase(),
    colour: "#5b5bd6",
    role: "voter",
    joinedAt: 0,
    ready: false,
    handRaisedAt: null,
    removed: false,
    ...change,
  };
}

const fran = person("fran", { role: "facilitator", joinedAt: 1 });
const ava = person("ava", { joinedAt: 2, handRaisedAt: 300, ready: true });
const ben = person("ben", { joinedAt: 3, handRaisedAt: 100 });
const olga = person("olga", { role: "observer", joinedAt: 4, ready: true });
const gone = person("gone", { joinedAt: 5, removed: true, handRaisedAt: 50 });
const room = [fran, ava, ben, olga, gone];

describe("the hand queue", () => {
  it("lists raised hands first raised first, never removed people", () => {
    expect(handQueue(room).map((p) => p.id)).toEqual(["ben", "ava"]);
    expect(handPlaces(room).get("ben")).toBe(1);
    expect(handPlaces(room).get("ava")).toBe(2);
    expect(handPlaces(room).has("fran")).toBe(false);
  });
});

describe("the ready count", () => {
  it("counts everyone in the room, not removed people", () => {
    expect(readyCount(room)).toEqual({ ready: 2, total: 4 });
  });
});

describe("the list order", () => {
  it("puts me first, then by role, then who is here, then who came first", () => {
    const status = (p: Participant) => (p.id === "ava" ? "offline" : "online");
    expect(listOrder(room, "ben", status).map((p) => p.id)).toEqual(["ben", "fran", "ava", "olga"]);
    expect(listOrder(room, null, () => "online").map((p) => p.id)).toEqual([
      "fran",
      "ava",
      "ben",
      "olga",
    ]);
  });
});

describe("my signals", () => {
  it("flips ready and hand for me", () => {
    expect(toggleMySignal(room, "ava", "ready")).toEqual({
      type: "participant.setSignal",
      participantId: "ava",
      signal: "ready",
      on: false,
    });
    expect(toggleMySignal(room, "fran", "hand")).toMatchObject({ signal: "hand", on: true });
    expect(toggleMySignal(room, "ben", "hand")).toMatchObject({ signal: "hand", on: false });
  });

  it("sends nothing before I am in the room, or after I was removed", () => {
    expect(toggleMySignal(room, null, "ready")).toBeNull();
    expect(toggleMySignal(room, "gone", "hand")).toBeNull();
  });
});

describe("what a facilitator may do to someone", () => {
  const me = { id: "fran", role: "facilitator" as const };
  const co = person("co", { role: "facilitator" });
  /** Asked of core as the panel does, on a room holding everyone above. */
  const offered = (viewer: { id: string; role: Role }, target: Participant) =>
    actionsFor(target, viewer.id, (command) =>
      mayAsk(
        { ...emptyRoom(), roomId: "room", seq: 1, participants: [...room, co] },
        viewer.id,
        command,
        0,
      ),
    );

  it("offers lowering a raised hand, role changes, handoff and removal", () => {
    expect(offered(me, ava)).toEqual(["lowerHand", "makeFacilitator", "handOff", "remove"]);
    expect(offered(me, olga)).toEqual(["makeFacilitator", "makeVoter", "handOff", "remove"]);
    const cofacilitator = co;
    expect(offered(me, cofacilitator)).toEqual(["makeVoter", "handOff", "remove"]);
  });

  it("offers nothing to voters, on myself, or on removed people", () => {
    expect(offered({ id: "ava", role: "voter" }, ben)).toEqual([]);
    expect(offered(me, fran)).toEqual([]);
    expect(offered(me, gone)).toEqual([]);
  });

  it("turns each action into its command", () => {
    expect(commandForAction("lowerHand", "ava")).toEqual({
      type: "participant.setSignal",
      participantId: "ava",
      signal: "hand",
      on: false,
    });
    expect(commandForAction("makeFacilitator", "ava")).toEqual({
      type: "participant.setRole",
      participantId: "ava",
      role: "facilitator",
    });
    expect(commandForAction("handOff", "ava")).toEqual({
      type: "facilitation.handOff",
      participantId: "ava",
    });
    expect(commandForAction("remove", "ava")).toEqual({
      type: "participant.remove",
      participantId: "ava",
    });
  });
});
