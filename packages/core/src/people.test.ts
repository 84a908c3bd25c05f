import { describe, expect, it } from "vitest";
import { decide } from "./decide.ts";
import type { EventBody } from "./events.ts";
import { findParticipant } from "./lookup.ts";
import { checkEvent } from "./rules/index.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { RoomState } from "./types.ts";

const person = (log: RoomLog, id: string) => findParticipant(log.state, id);

/** Whether `body` by `actorId` would apply as the next event. */
function refusal(state: RoomState, actorId: string | null, body: EventBody, at = 0) {
  return (
    checkEvent(state, { seq: state.seq + 1, at, actorId, commandId: null, body })?.code ?? null
  );
}

describe("ready and raised hands", () => {
  it("lets anyone signal for themselves, and keeps a raised hand's place in the queue", () => {
    const log = startedRoom();
    log.append(VOTER_B, {
      type: "participant.signalSet",
      participantId: VOTER_B,
      signal: "hand",
      on: true,
    });
    const raisedAt = log.at;
    log.append(VOTER_C, {
      type: "participant.signalSet",
      participantId: VOTER_C,
      signal: "ready",
      on: true,
    });
    log.append(VOTER_B, {
      type: "participant.signalSet",
      participantId: VOTER_B,
      signal: "hand",
      on: true,
    });
    expect(person(log, VOTER_B)).toMatchObject({ handRaisedAt: raisedAt, ready: false });
    expect(person(log, VOTER_C)).toMatchObject({ ready: true, handRaisedAt: null });
  });

  it("lets a facilitator lower someone's hand but nobody raise it for them", () => {
    const log = startedRoom();
    log.append(VOTER_B, {
      type: "participant.signalSet",
      participantId: VOTER_B,
      signal: "hand",
      on: true,
    });
    const lower = {
      type: "participant.signalSet",
      participantId: VOTER_B,
      signal: "hand",
      on: false,
    } as const;
    expect(refusal(log.state, VOTER_C, lower)).toBe("FORBIDDEN");
    expect(refusal(log.state, FACILITATOR, { ...lower, participantId: VOTER_C, on: true })).toBe(
      "FORBIDDEN",
    );
    log.append(FACILITATOR, lower);
    expect(person(log, VOTER_B)?.handRaisedAt).toBeNull();
  });

  it("clears everyone's ready when a vote opens", () => {
    const log = startedRoom();
    log.append(VOTER_B, {
      type: "participant.signalSet",
      participantId: VOTER_B,
      signal: "ready",
      on: true,
    });
    openDecision(log, "pick");
    expect(person(log, VOTER_B)?.ready).toBe(false);
  });
});

describe("removing a participant", () => {
  it("takes away everything they could do, but keeps their name and ballot", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    expect(
      refusal(log.state, VOTER_C, { type: "participant.removed", participantId: VOTER_B }),
    ).toBe("FORBIDDEN");
    log.append(FACILITATOR, { type: "participant.removed", participantId: VOTER_B });
    expect(person(log, VOTER_B)).toMatchObject({ name: "Brendan", removed: true });
    expect(log.state.decisions[0]?.ballots.map((entry) => entry.participantId)).toEqual([VOTER_B]);
    const vote = {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "b" },
    } as const;
    expect(refusal(log.state, VOTER_B, vote)).toBe("FORBIDDEN");
    expect(refusal(log.state, VOTER_B, { type: "participant.renamed", name: "Back" })).toBe(
      "FORBIDDEN",
    );
    expect(
      refusal(log.state, VOTER_B, {
        type: "annotation.added",
        annotationId: "n1",
        decisionId: "d1",
        optionId: "a",
        kind: "pro",
        text: "still here",
      }),
    ).toBe("FORBIDDEN");
    // The same id cannot come back in.
    expect(
      refusal(log.state, null, {
        type: "participant.joined",
        participantId: VOTER_B,
        name: "Brendan",
        colour: "#333",
        role: "voter",
      }),
    ).toBe("ALREADY_EXISTS");
  });

  it("refuses removing yourself or someone already removed", () => {
    const log = startedRoom();
    expect(
      refusal(log.state, FACILITATOR, { type: "participant.removed", participantId: FACILITATOR }),
    ).toBe("INVALID_TRANSITION");
    log.append(FACILITATOR, { type: "participant.removed", participantId: OBSERVER });
    expect(
      refusal(log.state, FACILITATOR, { type: "participant.removed", participantId: OBSERVER }),
    ).toBe("NOT_FOUND");
  });

  it("strips a removed facilitator's authority, as long as another remains", () => {
    const log = startedRoom();
    log.append(FACILITATOR, {
      type: "participant.roleSet",
      participantId: VOTER_C,
      role: "facilitator",
    });
    log.append(VOTER_C, { type: "participant.removed", participantId: FACILITATOR });
    expect(refusal(log.state, FACILITATOR, { type: "room.renamed", title: "Mine" })).toBe(
      "FORBIDDEN",
    );
    expect(refusal(log.state, VOTER_C, { type: "room.renamed", title: "Ours" })).toBeNull();
  });
});

describe("facilitator handoff and co-facilitators", () => {
  it("hands facilitation over in one step: the giver becomes a voter", () => {
    const log = startedRoom();
    expect(
      refusal(log.state, VOTER_B, { type: "facilitation.handedOff", participantId: VOTER_B }),
    ).toBe("FORBIDDEN");
    log.append(FACILITATOR, { type: "facilitation.handedOff", participantId: VOTER_B });
    expect(person(log, VOTER_B)?.role).toBe("facilitator");
    expect(person(log, FACILITATOR)?.role).toBe("voter");
    expect(refusal(log.state, FACILITATOR, { type: "room.renamed", title: "Mine" })).toBe(
      "FORBIDDEN",
    );
  });

  it("lets a room have several facilitators with the same authority", () => {
    const log = startedRoom();
    log.append(FACILITATOR, {
      type: "participant.roleSet",
      participantId: VOTER_C,
      role: "facilitator",
    });
    log.append(VOTER_C, { type: "room.renamed", title: "Co-run" });
    expect(log.state.title).toBe("Co-run");
    // Either may step down while the other stays.
    log.append(FACILITATOR, {
      type: "participant.roleSet",
      participantId: FACILITATOR,
      role: "voter",
    });
    expect(person(log, FACILITATOR)?.role).toBe("voter");
    expect(
      refusal(log.state, VOTER_C, {
        type: "participant.roleSet",
        participantId: VOTER_C,
        role: "voter",
      }),
    ).toBe("INVALID_TRANSITION");
  });
});

describe("passphrase and lobby", () => {
  it("keeps the passphrase itself out of the event", () => {
    const log = startedRoom();
    const decided = decide(
      log.state,
      FACILITATOR,
      "k1",
      { type: "room.setPassphrase", passphrase: "open sesame" },
      0,
    );
    expect(decided).toEqual({ ok: true, body: { type: "room.passphraseSet", on: true } });
    expect(JSON.stringify(decided)).not.toContain("sesame");
  });

  it("queues knocks, admits them as participants, and forgets the denied", () => {
    const log = startedRoom();
    const knock = (participantId: string, name: string): EventBody => ({
      type: "lobby.requested",
      participantId,
      name,
      colour: "#444",
      role: "voter",
    });
    expect(refusal(log.state, null, knock("p-new", "Nia"))).toBe("INVALID_TRANSITION");
    expect(refusal(log.state, VOTER_B, { type: "room.lobbySet", on: true })).toBe("FORBIDDEN");
    log.append(FACILITATOR, { type: "room.lobbySet", on: true });
    expect(refusal(log.state, VOTER_B, knock("p-new", "Nia"))).toBe("FORBIDDEN");
    log.append(null, knock("p-new", "Nia"));
    log.append(null, knock("p-two", "Tom"));
    expect(refusal(log.state, null, knock("p-new", "Nia"))).toBe("ALREADY_EXISTS");
    expect(log.state.lobby.map((entry) => entry.name)).toEqual(["Nia", "Tom"]);
    expect(refusal(log.state, VOTER_B, { type: "lobby.admitted", participantId: "p-new" })).toBe(
      "FORBIDDEN",
    );
    log.append(FACILITATOR, { type: "lobby.admitted", participantId: "p-new" });
    log.append(FACILITATOR, { type: "lobby.denied", participantId: "p-two" });
    expect(log.state.lobby).toEqual([]);
    expect(person(log, "p-new")).toMatchObject({
      name: "Nia",
      role: "voter",
      joinedAt: log.at - 1000,
    });
    expect(person(log, "p-two")).toBeUndefined();
    expect(
      refusal(log.state, FACILITATOR, { type: "lobby.admitted", participantId: "p-two" }),
    ).toBe("NOT_FOUND");
  });

  it("drops a knocker who gave up, but only the server says so and only while they wait", () => {
    const log = startedRoom();
    log.append(FACILITATOR, { type: "room.lobbySet", on: true });
    const knock = (participantId: string, name: string): EventBody => ({
      type: "lobby.requested",
      participantId,
      name,
      colour: "#444",
      role: "voter",
    });
    log.append(null, knock("p-gone", "Gus"));
    log.append(null, knock("p-stays", "Sia"));
    const left = (participantId: string): EventBody => ({ type: "lobby.left", participantId });
    // Nobody can walk someone else out of the lobby by claiming they left.
    expect(refusal(log.state, FACILITATOR, left("p-gone"))).toBe("FORBIDDEN");
    expect(refusal(log.state, VOTER_B, left("p-gone"))).toBe("FORBIDDEN");
    log.append(null, left("p-gone"));
    expect(log.state.lobby.map((entry) => entry.name)).toEqual(["Sia"]);
    expect(person(log, "p-gone")).toBeUndefined();
    // Leaving twice, or after being let in, is not a thing.
    expect(refusal(log.state, null, left("p-gone"))).toBe("NOT_FOUND");
    log.append(FACILITATOR, { type: "lobby.admitted", participantId: "p-stays" });
    expect(refusal(log.state, null, left("p-stays"))).toBe("NOT_FOUND");
    expect(person(log, "p-stays")).toMatchObject({ name: "Sia", removed: false });
    // Whoever left can knock again and wait anew.
    log.append(null, knock("p-gone", "Gus"));
    expect(log.state.lobby.map((entry) => entry.name)).toEqual(["Gus"]);
  });
});
