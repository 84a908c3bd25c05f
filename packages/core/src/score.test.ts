// Score mode has one weighted score: a mean over the cells actually scored. The room
// result, each voter's own row, agreement, spread, sensitivity and the record all use it.
import { describe, expect, it } from "vitest";
import { agreementOf } from "./agreement.ts";
import { findDecision } from "./lookup.ts";
import { renderDecisionMarkdown } from "./record/markdown.ts";
import { voterScores, weightedScore } from "./score.ts";
import { rankWithWeights, sensitivityOf } from "./sensitivity.ts";
import { spreadOf } from "./spread.ts";
import { tallyDecision } from "./tally.ts";
import {
  FACILITATOR,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";
import type { Ballot, Decision, OptionScore } from "./types.ts";

const cast = (log: RoomLog, voter: string, scores: OptionScore[]) =>
  log.append(voter, { type: "ballot.cast", decisionId: "d1", ballot: { mode: "score", scores } });
const decisionOf = (log: RoomLog): Decision => {
  const decision = findDecision(log.state, "d1");
  if (!decision) throw new Error("missing");
  return decision;
};
const cell = (optionId: string, criterionId: string, score: number): OptionScore => ({
  optionId,
  criterionId,
  score,
});
const roomValue = (log: RoomLog, optionId: string) =>
  tallyDecision(decisionOf(log), log.state.criteria).options.find((o) => o.optionId === optionId)
    ?.value;

/** perf 0.6, fam 0.4; then a criterion added mid-vote that nobody scores. */
function withUnscoredCriterion(): RoomLog {
  const log = openDecision(startedRoom(), "score");
  cast(log, VOTER_B, [cell("a", "perf", 5), cell("a", "fam", 4), cell("b", "perf", 2)]);
  cast(log, VOTER_C, [cell("a", "perf", 3), cell("a", "fam", 4), cell("b", "fam", 4)]);
  log.append(FACILITATOR, {
    type: "criterion.added",
    criterionId: "cost",
    name: "Hosting cost",
    weight: 0.5,
  });
  return log;
}

describe("the weighted score", () => {
  it("is Σ weight × score ÷ Σ weight over the scored criteria only", () => {
    const criteria = [
      { id: "perf", name: "P", weight: 0.6 },
      { id: "fam", name: "F", weight: 0.4 },
      { id: "cost", name: "C", weight: 0.5 },
    ];
    expect(weightedScore({ perf: 5, fam: 4 }, criteria)).toBeCloseTo(4.6);
    expect(weightedScore({ perf: 5 }, criteria)).toBeCloseTo(5);
    expect(weightedScore({}, criteria)).toBeNull();
    // A criterion weighing 0 counts for nothing, scored or not.
    expect(weightedScore({ cost: 2 }, [{ id: "cost", name: "C", weight: 0 }])).toBeNull();
  });

  it("a criterion nobody scores changes neither the room result nor a voter's row", () => {
    const log = withUnscoredCriterion();
    const decision = decisionOf(log);
    const criteria = log.state.criteria;
    // Brendan's row: (0.6·5 + 0.4·4) / 1.0 = 4.6; Chen's: (0.6·3 + 0.4·4) / 1.0 = 3.4.
    const rows = decision.ballots.map((entry) =>
      voterScores(entry.ballot as Ballot, decision, criteria),
    );
    expect(rows[0]?.get("a")).toBeCloseTo(4.6);
    expect(rows[1]?.get("a")).toBeCloseTo(3.4);
    // The room: perf mean 4, fam mean 4 → 4.0, the mean of the two rows (not 2.67).
    expect(roomValue(log, "a")).toBeCloseTo(4);
    const tally = tallyDecision(decision, criteria);
    expect(tally.options.find((o) => o.optionId === "a")?.unscored).toEqual(["cost"]);
  });

  it("averages each cell over the voters who scored it", () => {
    const log = withUnscoredCriterion();
    // b: perf scored only by Brendan (2), fam only by Chen (4): (0.6·2 + 0.4·4) / 1.0 = 2.8.
    expect(roomValue(log, "b")).toBeCloseTo(2.8);
    const b = tallyDecision(decisionOf(log), log.state.criteria).options[1];
    expect(b?.meanByCriterion).toEqual({ perf: 2, fam: 4 });
    expect(b?.unscored).toEqual(["cost"]);
    // c: nobody scored it: no score, shown as 0, every criterion unscored, never a leader.
    const c = tallyDecision(decisionOf(log), log.state.criteria).options[2];
    expect(c).toMatchObject({ value: 0, unscored: ["perf", "fam", "cost"] });
  });

  it("agreement, spread and sensitivity read the same scores", () => {
    const log = withUnscoredCriterion();
    const decision = decisionOf(log);
    const criteria = log.state.criteria;
    // Brendan's own favourite is a (4.6 against 2); Chen's is b (4 against 3.4).
    expect(agreementOf(decision, criteria)).toMatchObject({ share: 0.5, dissenters: [VOTER_C] });
    const spread = spreadOf(decision, criteria);
    const a = spread?.options.find((option) => option.optionId === "a");
    expect(a?.values.map((v) => v.value)).toEqual([expect.closeTo(4.6, 9), expect.closeTo(3.4, 9)]);
    // Nobody scored cost, so its weight cannot change the winner.
    const sensitivity = sensitivityOf(decision, criteria);
    const cost = sensitivity?.criteria.find((c) => c.criterionId === "cost");
    expect(cost).toMatchObject({ flipBelow: null, flipAbove: null });
    expect(rankWithWeights(decision, criteria, { cost: 1 })[0]).toBe("a");
  });

  it("sensitivity finds flips where options have different criteria scored", () => {
    const log = openDecision(startedRoom(), "score");
    // a: perf 5, fam 1 → 0.6·5 + 0.4·1 = 3.4. b: only fam scored, 4 → 4.0 whatever perf weighs.
    cast(log, VOTER_B, [cell("a", "perf", 5), cell("a", "fam", 1), cell("b", "fam", 4)]);
    const decision = decisionOf(log);
    const criteria = log.state.criteria;
    expect(tallyDecision(decision, criteria).leaders).toEqual(["b"]);
    // With perf = x: a = (5x + 0.4) / (x + 0.4) beats 4 when x > 1.2: not within 0..1.
    // With fam = y: a = (3 + y) / (0.6 + y) drops below 4 when y > 0.2 (now 0.4, so b
    // leads); below y = 0.2, a leads.
    const result = sensitivityOf(decision, criteria);
    expect(result?.winnerId).toBe("b");
    expect(result?.criteria[0]).toMatchObject({ flipBelow: null, flipAbove: null });
    expect(result?.criteria[1]?.flipBelow?.weight).toBeCloseTo(0.2);
    expect(result?.criteria[1]?.flipBelow?.optionId).toBe("a");
    expect(result?.margin).toBeCloseTo(0.2);
  });

  it("the record shows unscored cells and says how many criteria each option lacks", () => {
    const log = withUnscoredCriterion();
    const markdown = renderDecisionMarkdown(log.state, "d1");
    expect(markdown).toContain("| PostgreSQL | 4.00 | 4.00 | 4.00 | - | 2 | 1 |");
    expect(markdown).toContain(
      '- Unscored: "PostgreSQL" 1 of 3 criteria, "MongoDB" 1 of 3 criteria, "MySQL" 3 of 3 criteria. ' +
        "A weighted score averages only the criteria that were scored.",
    );
  });

  // The scale starts at 1: a weighted score of 0.00 would report a score nobody gave.
  it("the record gives an option nobody scored no weighted score", () => {
    const log = withUnscoredCriterion();
    const markdown = renderDecisionMarkdown(log.state, "d1");
    expect(markdown).toMatch(/\| MySQL \| - \| - \| - \| - \| 0 \| \d \|/);
  });
});
