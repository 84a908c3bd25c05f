import type { Decision, Participant } from "@stackboard/core";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { aliasTag, voterName } from "./voters.ts";

// Echoes the key and its values, enough to see which text was chosen.
const t = ((key: string, values?: Record<string, unknown>) =>
  `${key}${values ? JSON.stringify(values) : ""}`) as unknown as TFunction;

const decision: Decision = {
  id: "d1",
  title: "DB",
  context: "",
  mode: "pick",
  dotsPerVoter: 5,
  sealed: false,
  status: "voting",
  options: [],
  ballots: [{ participantId: "p1", ballot: { mode: "abstain" }, castAt: 1 }],
  rounds: [],
  rules: { maxDotsPerOption: null, quorum: 0, threshold: 0 },
  anonymity: "aliases",
  proposal: null,
  retiredOptionIds: [],
  outcome: null,
  closesAt: null,
  closedAt: null,
  autoReveal: false,
  nudge: null,
};
const ada: Participant = {
  id: "p1",
  name: "Ada",
  colour: "#123456",
  role: "voter",
  joinedAt: 0,
  ready: false,
  handRaisedAt: null,
  removed: false,
};

describe("voter names", () => {
  it("names participants, aliases keys, and names nobody when fully anonymous", () => {
    expect(voterName(t, decision, [ada], "p1")).toBe("Ada");
    expect(aliasTag("anon-x7qeRest")).toBe("X7QE");
    expect(voterName(t, decision, [ada], "anon-x7qeRest")).toBe('voting.alias{"tag":"X7QE"}');
    expect(voterName(t, { ...decision, anonymity: "full" }, [ada], "anon-x7qeRest")).toBe(
      "voting.anonymousVoter",
    );
  });
});
