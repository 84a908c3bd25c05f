// New rounds: the tally of the round is kept, its ballots are cleared, voting goes on.
import { describe, expect, it } from "vitest";
import { findDecision } from "./lookup.ts";
import { renderDecisionMarkdown } from "./record/markdown.ts";
import { upgradeState } from "./room.ts";
import {
  FACILITATOR,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Ballot } from "./types.ts";

const cast = (log: RoomLog, voter: string, ballot: Ballot) =>
  log.append(voter, { type: "ballot.cast", decisionId: "d1", ballot });
const newRound = (log: RoomLog, actor = FACILITATOR) =>
  log.append(actor, { type: "decision.roundStarted", decisionId: "d1" });
const decision = (log: RoomLog) => findDecision(log.state, "d1");

describe("rounds", () => {
  it("keeps each round's tally and starts the next with no ballots", () => {
    const log = openDecision(startedRoom(), "pick");
    cast(log, FACILITATOR, { mode: "pick", optionId: "a" });
    cast(log, VOTER_B, { mode: "pick", optionId: "b" });
    cast(log, VOTER_C, { mode: "abstain" });
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    newRound(log);
    expect(decision(log)).toMatchObject({ status: "voting", ballots: [], outcome: null });
    expect(decision(log)?.rounds).toEqual([
      {
        round: 1,
        mode: "pick",
        ballotsCount: 3,
        abstained: 1,
        tally: [
          { optionId: "a", value: 1 },
          { optionId: "b", value: 1 },
          { optionId: "c", value: 0 },
        ],
        leaders: ["a", "b"],
      },
    ]);
    cast(log, VOTER_B, { mode: "pick", optionId: "a" });
    newRound(log);
    expect(decision(log)?.rounds.map((round) => [round.round, round.leaders])).toEqual([
      [1, ["a", "b"]],
      [2, ["a"]],
    ]);
    const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
    expect(markdown).toContain(
      '- Earlier rounds:\n  - Round 1 (pick, 3 ballots, 1 abstained; a tie between "PostgreSQL" and ' +
        '"MongoDB"): "PostgreSQL" 1, "MongoDB" 1, "MySQL" 0.\n' +
        '  - Round 2 (pick, 1 ballot; led by "PostgreSQL"): "PostgreSQL" 1, "MongoDB" 0, "MySQL" 0.',
    );
  });

  it("is the facilitator's, needs ballots, and waits for a sealed decision's reveal", () => {
    const log = openDecision(startedRoom(), "pick", true);
    newRound(log);
    expect(decision(log)?.rounds).toEqual([]);
    cast(log, VOTER_B, { mode: "pick", optionId: "a" });
    newRound(log, VOTER_B);
    newRound(log);
    expect(decision(log)?.rounds).toEqual([]);
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.revealed",
      decisionId: "d1",
      ballots: [{ participantId: VOTER_B, ballot: { mode: "pick", optionId: "a" } }],
    });
    newRound(log);
    expect(decision(log)?.rounds).toHaveLength(1);
    expect(decision(log)?.status).toBe("voting");
  });
});

describe("stored states from before rounds, rules and anonymity", () => {
  it("get their defaults when upgraded", () => {
    const log = openDecision(startedRoom(), "pick");
    const current = log.state;
    const old = {
      ...current,
      decisions: current.decisions.map(({ rounds, rules, anonymity, ...rest }) => rest),
    } as unknown as typeof current;
    expect(upgradeState(old)).toEqual(current);
    expect(upgradeState(current)).toBe(current);
  });
});
