import { emptyRoom, type RoomEvent, type RoomState } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { redactForViewer } from "./catch-up.ts";

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
      outcome: null,
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

describe("catch-up redaction", () => {
  it("hides a sealed decision's ballots from everyone but the voter", () => {
    expect(redactForViewer(withDecision(true), cast, "cy").body).toEqual({
      type: "ballot.sealed",
      decisionId: "d",
    });
    expect(redactForViewer(withDecision(true), cast, null).body.type).toBe("ballot.sealed");
    expect(redactForViewer(withDecision(true), cast, "bo")).toBe(cast);
    expect(redactForViewer(withDecision(false), cast, "cy")).toBe(cast);
    expect(redactForViewer(emptyRoom(), cast, "cy").body.type).toBe("ballot.sealed");
  });
});
