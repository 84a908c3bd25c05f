// The settings dialog never loses an edit silently: any change makes it dirty, and one Save
// sends exactly the commands that make the room's decision what the form shows.
import { DEFAULT_RULES, type Decision, newDecision } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { mayAskInOrder } from "../store/useAllowed.ts";
import { roomWith } from "../testing/room.ts";
import { commandsFor, draftOf, isDirty, proposalIncomplete } from "./settingsDraft.ts";

const option = { id: "o1", label: "PostgreSQL", catalogId: null, addedBy: "me" };
const decision: Decision = { ...newDecision("d1", "Database", ""), options: [option] };

describe("a settings draft", () => {
  it("is clean as opened", () => {
    expect(isDirty(draftOf(decision), decision)).toBe(false);
    expect(commandsFor(draftOf(decision), decision)).toEqual([]);
  });

  it("set to Dots and sealed is dirty and saves as one configure command", () => {
    const draft = { ...draftOf(decision), mode: "dots" as const, sealed: true };
    expect(isDirty(draft, decision)).toBe(true);
    expect(commandsFor(draft, decision)).toEqual([
      {
        type: "decision.configure",
        decisionId: "d1",
        mode: "dots",
        dotsPerVoter: decision.dotsPerVoter,
        sealed: true,
      },
    ]);
  });

  it("saves sealed with auto-reveal after the configure that seals it, and the room takes both", () => {
    const draft = { ...draftOf(decision), sealed: true, autoReveal: true };
    const commands = commandsFor(draft, decision);
    expect(commands.map((command) => command.type)).toEqual([
      "decision.configure",
      "decision.setAutoReveal",
    ]);
    expect(mayAskInOrder(roomWith([decision], "facilitator"), "me", commands, 0)).toBe(true);
    expect(isDirty(draft, { ...decision, sealed: true, autoReveal: true })).toBe(false);
  });

  it("is clean again once the room has what it says", () => {
    const draft = { ...draftOf(decision), mode: "dots" as const, sealed: true };
    const saved: Decision = { ...decision, mode: "dots", sealed: true };
    expect(isDirty(draft, saved)).toBe(false);
  });

  it("sends rules as shares and no cap as null, only when they changed", () => {
    const draft = { ...draftOf(decision), quorumPercent: 60, thresholdPercent: 50 };
    expect(commandsFor(draft, decision)).toEqual([
      {
        type: "decision.setRules",
        decisionId: "d1",
        quorum: 0.6,
        threshold: 0.5,
        maxDotsPerOption: null,
      },
    ]);
    const back = { ...draft, quorumPercent: 0, thresholdPercent: 0 };
    expect(commandsFor(back, decision)).toEqual([]);
    expect(decision.rules).toEqual(DEFAULT_RULES);
  });

  it("sends the mode before the proposal, which needs a consent decision", () => {
    const draft = {
      ...draftOf(decision),
      mode: "consent" as const,
      anonymity: "aliases" as const,
      proposalText: "  We adopt PostgreSQL.  ",
      proposalOptionId: "o1",
    };
    expect(commandsFor(draft, decision).map((command) => command.type)).toEqual([
      "decision.configure",
      "decision.setAnonymity",
      "decision.propose",
    ]);
    expect(commandsFor(draft, decision).at(-1)).toMatchObject({ text: "We adopt PostgreSQL." });
    // Core takes them in this order from a facilitator, then opens the decision.
    const room = roomWith([decision], "facilitator");
    const open = { type: "decision.open" as const, decisionId: "d1" };
    expect(mayAskInOrder(room, "me", [...commandsFor(draft, decision), open], 0)).toBe(true);
    expect(mayAskInOrder(room, "me", [open], 0)).toBe(true);
    // A voter may send none of it.
    expect(
      mayAskInOrder(roomWith([decision], "voter"), "me", commandsFor(draft, decision), 0),
    ).toBe(false);
  });

  it("with a half-written proposal is dirty but sends no proposal", () => {
    const draft = { ...draftOf(decision), mode: "consent" as const, proposalText: "We adopt" };
    expect(proposalIncomplete(draft, decision)).toBe(true);
    expect(isDirty(draft, decision)).toBe(true);
    expect(commandsFor(draft, decision).map((command) => command.type)).toEqual([
      "decision.configure",
    ]);
  });

  it("ignores proposal fields once the mode is no longer consent", () => {
    const consent: Decision = {
      ...decision,
      mode: "consent",
      proposal: { text: "We adopt PostgreSQL.", optionId: "o1" },
    };
    const draft = { ...draftOf(consent), mode: "pick" as const, proposalText: "" };
    expect(proposalIncomplete(draft, consent)).toBe(false);
    expect(commandsFor(draft, consent).map((command) => command.type)).toEqual([
      "decision.configure",
    ]);
  });
});
