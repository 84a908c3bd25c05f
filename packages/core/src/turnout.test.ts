// Who has not voted, the facilitator's nudge and auto-reveal: counts only for anonymous
// decisions, never a sealed ballot's content, and the reveal starts with the last vote.
import { describe, expect, it } from "vitest";
import { anonymizeState } from "./anonymity.ts";
import { decide } from "./decide.ts";
import type { CommandBody } from "./events.ts";
import { findDecision } from "./lookup.ts";
import { redactState } from "./redact.ts";
import {
  FACILITATOR,
  OBSERVER,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import {
  autoRevealDue,
  autoRevealsStarted,
  NUDGE_INTERVAL_MS,
  nudgedToVote,
  turnout,
} from "./turnout.ts";
import type { Anonymity, Decision } from "./types.ts";

/** An opaque key per voter and decision, as the server's HMAC: it does not contain the id. */
const keyOf = (decisionId: string, participantId: string) => {
  let hash = 7;
  for (const char of `${decisionId}/${participantId}`)
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `anon-${hash.toString(36)}`;
};

function votingRoom(
  options: { sealed?: boolean; anonymity?: Anonymity; autoReveal?: boolean } = {},
): RoomLog {
  const log = startedRoom();
  log.append(FACILITATOR, { type: "decision.added", decisionId: "d1", title: "DB", context: "" });
  log.append(FACILITATOR, {
    type: "decision.configured",
    decisionId: "d1",
    mode: "pick",
    dotsPerVoter: 5,
    sealed: options.sealed ?? false,
  });
  for (const optionId of ["a", "b"]) {
    log.append(FACILITATOR, {
      type: "option.added",
      decisionId: "d1",
      optionId,
      label: optionId,
      catalogId: null,
    });
  }
  if (options.anonymity) {
    log.append(FACILITATOR, {
      type: "decision.anonymitySet",
      decisionId: "d1",
      anonymity: options.anonymity,
    });
  }
  if (options.autoReveal) {
    log.append(FACILITATOR, { type: "decision.autoRevealSet", decisionId: "d1", autoReveal: true });
  }
  log.append(FACILITATOR, { type: "decision.opened", decisionId: "d1" });
  return log;
}

const pick = (log: RoomLog, voter: string, optionId = "a") =>
  log.append(voter, { type: "ballot.cast", decisionId: "d1", ballot: { mode: "pick", optionId } });

const d1 = (state: RoomLog["state"]): Decision => {
  const decision = findDecision(state, "d1");
  if (!decision) throw new Error("no d1");
  return decision;
};

const ask = (log: RoomLog, actor: string, command: CommandBody, at = log.at + 1000) =>
  decide(log.state, actor, null, command, at);

describe("turnout", () => {
  it("names who has not voted: voters and facilitators, not observers or removed people", () => {
    const log = votingRoom();
    pick(log, VOTER_B);
    const shown = turnout(log.state, d1(log.state));
    expect(shown.voted).toBe(1);
    expect(shown.eligible).toBe(3);
    expect(shown.waiting?.map((p) => p.name)).toEqual(["Ada", "Chen"]);

    log.append(FACILITATOR, { type: "participant.removed", participantId: VOTER_C });
    const after = turnout(log.state, d1(log.state));
    expect(after).toMatchObject({ voted: 1, eligible: 2 });
    expect(after.waiting?.map((p) => p.id)).toEqual([FACILITATOR]);
  });

  it("a sealed decision still says who voted to everyone, never what", () => {
    const log = votingRoom({ sealed: true });
    pick(log, VOTER_B, "b");
    const seen = redactState(log.state, FACILITATOR);
    expect(turnout(seen, d1(seen)).waiting?.map((p) => p.name)).toEqual(["Ada", "Chen"]);
    expect(d1(seen).ballots).toEqual([expect.objectContaining({ ballot: null })]);
    expect(JSON.stringify(d1(seen).ballots)).not.toContain('"b"');
  });

  it("an anonymous decision shows the facilitator counts only, and its state names no voter", () => {
    const log = votingRoom({ sealed: true, anonymity: "aliases" });
    pick(log, VOTER_B);
    pick(log, VOTER_C);
    const seen = anonymizeState(redactState(log.state, FACILITATOR), FACILITATOR, keyOf);
    const shown = turnout(seen, d1(seen));
    expect(shown).toEqual({ voted: 2, eligible: 3, waiting: null });
    const ballots = JSON.stringify(d1(seen).ballots);
    expect(ballots).not.toContain(VOTER_B);
    expect(ballots).not.toContain(VOTER_C);
  });
});

describe("nudge", () => {
  it("is a facilitator's, while the vote is open, at most once per decision every 10 s", () => {
    const log = votingRoom();
    const nudge: CommandBody = { type: "decision.nudge", decisionId: "d1" };
    expect(ask(log, VOTER_B, nudge)).toMatchObject({ ok: false, rejection: { code: "FORBIDDEN" } });
    expect(ask(log, OBSERVER, nudge)).toMatchObject({
      ok: false,
      rejection: { code: "FORBIDDEN" },
    });
    expect(ask(log, FACILITATOR, nudge)).toMatchObject({ ok: true });
    log.append(FACILITATOR, { type: "decision.nudged", decisionId: "d1" });
    expect(d1(log.state).nudge).toEqual({ at: log.at, by: FACILITATOR });
    expect(ask(log, FACILITATOR, nudge, log.at + NUDGE_INTERVAL_MS - 1)).toMatchObject({
      ok: false,
      rejection: { code: "TOO_SOON" },
    });
    expect(ask(log, FACILITATOR, nudge, log.at + NUDGE_INTERVAL_MS)).toMatchObject({ ok: true });
  });

  it("is refused before voting opens and once everyone has voted", () => {
    const draft = startedRoom();
    draft.append(FACILITATOR, {
      type: "decision.added",
      decisionId: "d1",
      title: "DB",
      context: "",
    });
    expect(ask(draft, FACILITATOR, { type: "decision.nudge", decisionId: "d1" })).toMatchObject({
      rejection: { code: "VOTING_NOT_OPEN" },
    });
    const log = votingRoom();
    for (const voter of [FACILITATOR, VOTER_B, VOTER_C]) pick(log, voter);
    expect(ask(log, FACILITATOR, { type: "decision.nudge", decisionId: "d1" })).toMatchObject({
      rejection: { code: "INVALID_TRANSITION" },
    });
  });

  it("reaches those who may vote and have not, and no longer once they vote or voting restarts", () => {
    const log = votingRoom({ sealed: true, anonymity: "full" });
    pick(log, VOTER_B);
    log.append(FACILITATOR, { type: "decision.nudged", decisionId: "d1" });
    log.append(null, {
      type: "participant.joined",
      participantId: "p-late",
      name: "Late",
      colour: "#333",
      role: "voter",
    });
    const nudged = (id: string) => nudgedToVote(log.state, d1(log.state), id);
    expect(nudged(VOTER_C)).toBe(true);
    // Each voter's own replica keeps their own ballot's id, anonymous or not.
    const chenSees = anonymizeState(redactState(log.state, VOTER_C), VOTER_C, keyOf);
    expect(nudgedToVote(chenSees, d1(chenSees), VOTER_C)).toBe(true);
    const brendanSees = anonymizeState(redactState(log.state, VOTER_B), VOTER_B, keyOf);
    expect(nudgedToVote(brendanSees, d1(brendanSees), VOTER_B)).toBe(false);
    expect(nudged(FACILITATOR)).toBe(false);
    expect(nudged(OBSERVER)).toBe(false);
    expect(nudged("p-late")).toBe(false);

    pick(log, VOTER_C);
    expect(nudged(VOTER_C)).toBe(false);
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, { type: "decision.reopened", decisionId: "d1" });
    expect(d1(log.state).nudge).toBeNull();
  });
});

describe("auto-reveal", () => {
  it("is set before voting opens, by a facilitator", () => {
    const log = votingRoom({ sealed: true });
    const set: CommandBody = { type: "decision.setAutoReveal", decisionId: "d1", autoReveal: true };
    expect(ask(log, FACILITATOR, set)).toMatchObject({
      rejection: { code: "INVALID_TRANSITION" },
    });
    const draft = startedRoom();
    draft.append(FACILITATOR, {
      type: "decision.added",
      decisionId: "d1",
      title: "DB",
      context: "",
    });
    expect(ask(draft, VOTER_B, set)).toMatchObject({ rejection: { code: "FORBIDDEN" } });
    expect(ask(draft, FACILITATOR, set)).toMatchObject({ ok: true });
  });

  it("starts with the last eligible vote, not before, and not for a join, a changed vote or a reopen", () => {
    const log = votingRoom({ sealed: true, autoReveal: true });
    const started = () => {
      const before = log.state;
      return (step: () => void) => {
        step();
        const event = log.events.at(-1);
        if (!event) throw new Error("no event");
        return autoRevealsStarted(before, event, log.state);
      };
    };
    expect(started()(() => pick(log, VOTER_B))).toEqual([]);
    expect(started()(() => pick(log, FACILITATOR))).toEqual([]);
    expect(started()(() => pick(log, VOTER_C))).toEqual(["d1"]);
    // Changing a vote while it is due is not a second start.
    expect(started()(() => pick(log, VOTER_C, "b"))).toEqual([]);
    // Someone new who may vote makes it wait for them again.
    expect(
      started()(() =>
        log.append(null, {
          type: "participant.joined",
          participantId: "p-late",
          name: "Late",
          colour: "#333",
          role: "voter",
        }),
      ),
    ).toEqual([]);
    expect(autoRevealDue(log.state, d1(log.state))).toBe(false);
    // ... until they are removed (or turn observer, or vote).
    expect(
      started()(() =>
        log.append(FACILITATOR, { type: "participant.removed", participantId: "p-late" }),
      ),
    ).toEqual(["d1"]);
    log.append(null, { type: "decision.allVoted", decisionId: "d1" });
    expect(d1(log.state).status).toBe("locked");
    expect(
      started()(() => log.append(FACILITATOR, { type: "decision.reopened", decisionId: "d1" })),
    ).toEqual([]);
  });

  it("locks only from the server, only where it is on, only while voting", () => {
    const off = votingRoom({ sealed: true });
    for (const voter of [FACILITATOR, VOTER_B, VOTER_C]) pick(off, voter);
    off.append(null, { type: "decision.allVoted", decisionId: "d1" });
    expect(d1(off.state).status).toBe("voting");

    const on = votingRoom({ sealed: true, autoReveal: true });
    on.append(FACILITATOR, { type: "decision.allVoted", decisionId: "d1" });
    expect(d1(on.state).status).toBe("voting");
    on.append(null, { type: "decision.allVoted", decisionId: "d1" });
    expect(d1(on.state).status).toBe("locked");
    // Then the server's reveal, as a facilitator's would be.
    const reveal = decide(
      on.state,
      null,
      "auto",
      { type: "decision.reveal", decisionId: "d1" },
      on.at,
    );
    expect(reveal.ok).toBe(true);
  });
});
