// The UI's "may I?" is core's answer for me on this replica: these were the web's own
// copies of core's rules before (new rounds, option and note removal, the life cycle).
import type { Decision } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { roomWith } from "../testing/room.ts";
import { addOptionProbe, mayAsk, voteProbe } from "./useAllowed.ts";

const decision: Partial<Decision> = {
  id: "d1",
  status: "voting",
  options: [{ id: "o1", label: "PostgreSQL", catalogId: null, addedBy: "someone" }],
  ballots: [{ participantId: "p1", ballot: { mode: "abstain" }, castAt: 1 }],
};

const facilitatorMay = (changes: Partial<Decision>) => (command: Parameters<typeof mayAsk>[2]) =>
  mayAsk(roomWith([{ ...decision, ...changes }], "facilitator"), "me", command, 0);

describe("new rounds", () => {
  const mayStartRound = (changes: Partial<Decision>) =>
    facilitatorMay(changes)({ type: "decision.newRound", decisionId: "d1" });

  it("are offered while voting, locked or revealed, with ballots, never before a sealed reveal", () => {
    expect(mayStartRound({})).toBe(true);
    expect(mayStartRound({ ballots: [] })).toBe(false);
    expect(mayStartRound({ status: "decided" })).toBe(false);
    expect(mayStartRound({ sealed: true, status: "locked" })).toBe(false);
    expect(mayStartRound({ sealed: true, status: "revealed" })).toBe(true);
  });

  it("are offered to facilitators only", () => {
    const room = roomWith([decision], "voter");
    expect(mayAsk(room, "me", { type: "decision.newRound", decisionId: "d1" }, 0)).toBe(false);
  });
});

describe("the facilitator's life cycle", () => {
  const on = { decisionId: "d1" };

  it("offers each step only where it applies", () => {
    expect(facilitatorMay({ status: "draft" })({ type: "decision.open", ...on })).toBe(true);
    expect(facilitatorMay({ status: "draft", options: [] })({ type: "decision.open", ...on })).toBe(
      false,
    );
    expect(facilitatorMay({})({ type: "decision.lock", ...on })).toBe(true);
    expect(facilitatorMay({ status: "locked" })({ type: "decision.lock", ...on })).toBe(false);
    expect(facilitatorMay({ status: "locked" })({ type: "decision.reveal", ...on })).toBe(false);
    expect(
      facilitatorMay({ status: "locked", sealed: true })({ type: "decision.reveal", ...on }),
    ).toBe(true);
    expect(facilitatorMay({ status: "decided" })({ type: "decision.reopen", ...on })).toBe(true);
    expect(facilitatorMay({ status: "draft" })({ type: "decision.reopen", ...on })).toBe(false);
  });

  it("asks for a written proposal before a consent vote opens", () => {
    const consent = { status: "draft" as const, mode: "consent" as const };
    expect(facilitatorMay(consent)({ type: "decision.open", ...on })).toBe(false);
    expect(
      facilitatorMay({ ...consent, proposal: { text: "Adopt it", optionId: "o1" } })({
        type: "decision.open",
        ...on,
      }),
    ).toBe(true);
  });
});

describe("options and votes", () => {
  const remove = { type: "option.remove", decisionId: "d1", optionId: "o1" } as const;

  it("lets whoever added an option, or a facilitator, remove it until voting is locked", () => {
    const mine = {
      ...decision,
      options: [{ id: "o1", label: "Go", catalogId: null, addedBy: "me" }],
    };
    expect(mayAsk(roomWith([mine], "voter"), "me", remove, 0)).toBe(true);
    expect(mayAsk(roomWith([decision], "voter"), "me", remove, 0)).toBe(false);
    expect(mayAsk(roomWith([decision], "facilitator"), "me", remove, 0)).toBe(true);
    expect(
      mayAsk(roomWith([{ ...decision, status: "locked" }], "facilitator"), "me", remove, 0),
    ).toBe(false);
  });

  it("lets voters add options and vote while the decision is open, never observers", () => {
    expect(mayAsk(roomWith([decision], "voter"), "me", addOptionProbe("d1"), 0)).toBe(true);
    expect(mayAsk(roomWith([decision], "observer"), "me", addOptionProbe("d1"), 0)).toBe(false);
    expect(mayAsk(roomWith([decision], "voter"), "me", voteProbe("d1"), 0)).toBe(true);
    expect(mayAsk(roomWith([decision], "observer"), "me", voteProbe("d1"), 0)).toBe(false);
    const locked = roomWith([{ ...decision, status: "locked" }], "voter");
    expect(mayAsk(locked, "me", addOptionProbe("d1"), 0)).toBe(false);
  });

  it("asks nothing of a missing command", () => {
    expect(mayAsk(roomWith([decision], "facilitator"), "me", null, 0)).toBe(false);
  });
});
