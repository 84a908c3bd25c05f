import {
  type EventBody,
  emptyRoom,
  type RoomEvent,
  redactEvent,
  redactState,
  reduceAll,
} from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { RoomStateSchema } from "./domain.ts";
import { EventBodySchema, RoomEventSchema } from "./events.ts";
import { COMMAND_ID, EVENT_SAMPLES, ROOM_ID } from "./samples.ts";

const samples: EventBody[] = Object.values(EVENT_SAMPLES);

describe("EventBodySchema", () => {
  it("has exactly one schema per event type", () => {
    const types = EventBodySchema.options.map((option) => option.shape.type.value);
    expect(types.toSorted()).toEqual(Object.keys(EVENT_SAMPLES).toSorted());
  });

  it.each(samples.map((sample) => [sample.type, sample]))("accepts a valid %s", (_, sample) => {
    expect(EventBodySchema.parse(sample)).toEqual(sample);
  });

  it("accepts the redacted form of a sealed ballot, and nothing of its content", () => {
    const event: RoomEvent = {
      seq: 9,
      at: 1,
      actorId: "p2",
      commandId: COMMAND_ID,
      body: EVENT_SAMPLES["ballot.cast"],
    };
    expect(RoomEventSchema.parse(redactEvent(event)).body).toEqual({
      type: "ballot.sealed",
      decisionId: "db",
    });
    const leaky = {
      type: "ballot.sealed",
      decisionId: "db",
      ballot: { mode: "pick", optionId: "pg" },
    };
    expect(EventBodySchema.safeParse(leaky).success).toBe(false);
  });
});

describe("RoomEventSchema", () => {
  const event = {
    seq: 1,
    at: 0,
    actorId: null,
    commandId: null,
    body: EVENT_SAMPLES["room.created"],
  };

  it("accepts a server-made event", () => {
    expect(RoomEventSchema.parse(event)).toEqual(event);
  });

  it("refuses seq 0, negative or fractional times and extra keys", () => {
    expect(RoomEventSchema.safeParse({ ...event, seq: 0 }).success).toBe(false);
    expect(RoomEventSchema.safeParse({ ...event, at: -1 }).success).toBe(false);
    expect(RoomEventSchema.safeParse({ ...event, at: 1.5 }).success).toBe(false);
    expect(RoomEventSchema.safeParse({ ...event, extra: 1 }).success).toBe(false);
  });
});

describe("RoomStateSchema", () => {
  // A short meeting, reduced by core: whatever the reducer makes must pass the wire.
  const bodies: [actorId: string | null, body: EventBody][] = [
    [null, EVENT_SAMPLES["room.created"]],
    ["p1", EVENT_SAMPLES["participant.joined"]],
    ["p2", { ...EVENT_SAMPLES["participant.joined"], participantId: "p2", role: "voter" }],
    [
      "p1",
      {
        type: "decision.configured",
        decisionId: "db",
        mode: "pick",
        dotsPerVoter: 5,
        sealed: true,
      },
    ],
    ["p1", { type: "decision.opened", decisionId: "db" }],
    ["p2", { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "pg" } }],
    ["p2", EVENT_SAMPLES["annotation.added"]],
    ["p1", EVENT_SAMPLES["annotation.replied"]],
    ["p1", EVENT_SAMPLES["annotation.plusOned"]],
    ["p1", EVENT_SAMPLES["timer.started"]],
  ];
  const events: RoomEvent[] = bodies.map(([actorId, body], index) => ({
    seq: index + 1,
    at: 1_000 + index,
    actorId,
    commandId: actorId === null ? null : `cmd-${String(index).padStart(4, "0")}`,
    body,
  }));
  const state = reduceAll(emptyRoom(), events);

  it("accepts a reduced room and its redacted view", () => {
    expect(state.seq).toBe(events.length);
    expect(state.roomId).toBe(ROOM_ID);
    expect(state.annotations).toHaveLength(1);
    expect(RoomStateSchema.parse(state)).toEqual(state);
    const redacted = redactState(state, "p1");
    expect(redacted.decisions[0]?.ballots[0]?.ballot).toBeNull();
    expect(RoomStateSchema.parse(redacted)).toEqual(redacted);
  });

  it("refuses a participant with a colour that is not #rrggbb", () => {
    const participants = state.participants.map((p) => ({ ...p, colour: "red;background:url(x)" }));
    expect(RoomStateSchema.safeParse({ ...state, participants }).success).toBe(false);
  });
});
