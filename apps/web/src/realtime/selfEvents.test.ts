import { type EventBody, emptyRoom, type RoomEvent, reduceAll } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { newsForMe } from "./selfEvents.ts";
import { ROOM_ID, roomLog } from "./testEvents.ts";

/** The test room (alice facilitates, bob votes) plus `bodies`, as the log would have them. */
function withEvents(bodies: { actorId: string | null; body: EventBody }[]) {
  const base = roomLog();
  const extra: RoomEvent[] = bodies.map(({ actorId, body }, index) => ({
    seq: base.length + index + 1,
    at: 1_800_000_000_000 + index,
    actorId,
    commandId: `c${index}`,
    body,
  }));
  return { state: reduceAll(emptyRoom(), [...base, ...extra]), events: extra };
}

describe("newsForMe", () => {
  it("says I was removed when a facilitator removed me", () => {
    const { state, events } = withEvents([
      { actorId: "alice", body: { type: "participant.removed", participantId: "bob" } },
    ]);
    expect(state.roomId).toBe(ROOM_ID);
    expect(newsForMe(state, events, "bob")).toEqual({
      removed: true,
      forgetFacilitatorKey: false,
    });
    expect(newsForMe(state, events, "alice").removed).toBe(false);
  });

  it("forgets the key of the facilitator who handed off, not of the new one", () => {
    const { state, events } = withEvents([
      { actorId: "alice", body: { type: "facilitation.handedOff", participantId: "bob" } },
    ]);
    expect(newsForMe(state, events, "alice").forgetFacilitatorKey).toBe(true);
    expect(newsForMe(state, events, "bob").forgetFacilitatorKey).toBe(false);
  });

  it("keeps the key when the handoff was refused", () => {
    // Nobody called carol is in the room: the reducer ignores the handoff.
    const { state, events } = withEvents([
      { actorId: "alice", body: { type: "facilitation.handedOff", participantId: "carol" } },
    ]);
    expect(newsForMe(state, events, "alice").forgetFacilitatorKey).toBe(false);
  });

  it("has no news before I am in the room", () => {
    const { state, events } = withEvents([]);
    expect(newsForMe(state, events, null)).toEqual({ removed: false, forgetFacilitatorKey: false });
    expect(newsForMe(state, events, "carol").removed).toBe(false);
  });
});
