import { type EventBody, emptyRoom, type RoomEvent, reduceAll, step } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { RoomHandle } from "./room-handle.ts";

const AT = 1_700_000_000_000;
const event = (seq: number, actorId: string | null, body: EventBody, commandId = `c${seq}`) => ({
  seq,
  at: AT + seq,
  actorId,
  commandId,
  body,
});

/** A room where voter p-b may vote on an open pick decision d1 with options a and b. */
function openRoom(): RoomEvent[] {
  return [
    event(1, null, {
      type: "room.created",
      roomId: "room-1",
      title: "Bench",
      templateId: null,
      criteria: [],
      decisions: [],
    }),
    event(2, null, {
      type: "participant.joined",
      participantId: "p-f",
      name: "F",
      colour: "#333333",
      role: "facilitator",
    }),
    event(3, null, {
      type: "participant.joined",
      participantId: "p-b",
      name: "B",
      colour: "#333333",
      role: "voter",
    }),
    event(4, "p-f", { type: "decision.added", decisionId: "d1", title: "DB", context: "" }),
    event(5, "p-f", {
      type: "option.added",
      decisionId: "d1",
      optionId: "a",
      label: "A",
      catalogId: null,
    }),
    event(6, "p-f", {
      type: "option.added",
      decisionId: "d1",
      optionId: "b",
      label: "B",
      catalogId: null,
    }),
    event(7, "p-f", { type: "decision.opened", decisionId: "d1" }),
  ];
}

const ballot = (optionId: string): EventBody => ({
  type: "ballot.cast",
  decisionId: "d1",
  ballot: { mode: "pick", optionId },
});

function handle() {
  const seen: number[] = [];
  const room = new RoomHandle("room-1", reduceAll(emptyRoom(), openRoom()), (_id, _b, e) =>
    seen.push(e.seq),
  );
  return { room, seen };
}

describe("a room's in-flight events", () => {
  it("become the room's state when the very same event comes back durable", () => {
    const { room, seen } = handle();
    const mine = event(8, "p-b", ballot("a"));
    room.speculate(mine);
    const speculated = room.latest;
    expect(speculated).not.toBe(room.state);

    expect(room.ingestOne({ ...mine })).toBe(true);
    expect(room.state).toBe(speculated);
    expect(room.state).toEqual(step(reduceAll(emptyRoom(), openRoom()), mine).state);
    expect(room.outcomeIfKnown(8)).toEqual({ seq: 8, rejection: null });
    expect(seen).toEqual([8]);
  });

  it("are dropped when another event takes their place, which is reduced on its own", () => {
    const { room } = handle();
    const before = room.state;
    room.speculate(event(8, "p-b", ballot("a")));
    room.speculate(event(9, "p-b", ballot("b")));
    // Another node's event got seq 8: a facilitator locking the decision.
    const theirs = event(8, "p-f", { type: "decision.locked", decisionId: "d1" }, "other");
    room.ingestOne(theirs);
    expect(room.state).toEqual(step(before, theirs).state);
    expect(room.latest).toBe(room.state);
    // Our ballot then lands after the lock: a no-op with the rule's error, as everywhere.
    room.ingestOne(event(9, "p-b", ballot("a"), "c8"));
    expect(room.outcomeIfKnown(9)?.rejection?.code).toBe("VOTING_LOCKED");
  });

  it("are reduced again when an event comes back as a copy, and the ones after it stay", () => {
    const { room } = handle();
    const before = room.state;
    const first = event(8, "p-b", ballot("a"));
    const second = event(9, "p-b", ballot("b"));
    room.speculate(first);
    room.speculate(second);
    const latest = room.latest;
    // A store that decodes what it stored hands back an equal body, not the same one.
    room.ingestOne({ ...first, body: structuredClone(first.body) });
    expect(room.state).toEqual(step(before, first).state);
    // The next command is still decided with the second ballot in flight.
    expect(room.latest).toBe(latest);
    room.ingestOne(second);
    expect(room.state).toEqual(latest);
    expect(room.latest).toBe(room.state);
  });
});
