import { describe, expect, it } from "vitest";
import type { RoomEvent } from "./events.ts";
import { redactEventForViewer } from "./redact.ts";
import { emptyRoom } from "./room.ts";
import type { RoomState } from "./types.ts";

const withDecision = (sealed: boolean): RoomState => ({
  ...emptyRoom(),
  roomId: "r",
  decisions: [
    {
      id: "d",
      title: "DB",
      context: "",
      mode: "pick",
      dotsPerVoter: 5,
      sealed,
      status: "revealed",
      options: [],
      ballots: [],
      rounds: [],
      rules: { maxDotsPerOption: null, quorum: 0, threshold: 0 },
      anonymity: "off",
      proposal: null,
      retiredOptionIds: [],
      outcome: null,
      closesAt: null,
      closedAt: null,
      autoReveal: false,
      nudge: null,
    },
  ],
});
const cast: RoomEvent = {
  seq: 9,
  at: 1,
  actorId: "bo",
  commandId: "c1234567",
  body: { type: "ballot.cast", decisionId: "d", ballot: { mode: "pick", optionId: "pg" } },
};

describe("redactEventForViewer", () => {
  it("hides a sealed decision's ballots from everyone but the voter", () => {
    expect(redactEventForViewer(withDecision(true), cast, "cy").body).toEqual({
      type: "ballot.sealed",
      decisionId: "d",
    });
    expect(redactEventForViewer(withDecision(true), cast, null).body.type).toBe("ballot.sealed");
    expect(redactEventForViewer(withDecision(true), cast, "bo")).toBe(cast);
    expect(redactEventForViewer(withDecision(false), cast, "cy")).toBe(cast);
    expect(redactEventForViewer(emptyRoom(), cast, "cy").body.type).toBe("ballot.sealed");
  });
});
