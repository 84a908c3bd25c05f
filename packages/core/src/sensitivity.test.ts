import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceAll } from "./reduce.ts";
import { emptyRoom } from "./room.ts";
import { rankWithWeights, sensitivityOf } from "./sensitivity.ts";
import { openDecision, startedRoom, VOTER_B } from "./test-support/room-log.ts";
import type { Criterion, Decision, OptionScore } from "./types.ts";

describe("sensitivity", () => {
  it("names the weight below which the winner changes", () => {
    const log = openDecision(startedRoom(), "score");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: {
        mode: "score",
        scores: [
          { optionId: "a", criterionId: "perf", score: 5 },
          { optionId: "a", criterionId: "fam", score: 1 },
          { optionId: "b", criterionId: "perf", score: 2 },
          { optionId: "b", criterionId: "fam", score: 4 },
        ],
      },
    });
    const decision = log.state.decisions[0] as Decision;
    const result = sensitivityOf(decision, log.state.criteria);
    // a: 0.6*5 + 0.4*1 = 3.4 ; b: 0.6*2 + 0.4*4 = 2.8. With perf = x: a = 5x + 0.4, b = 2x + 1.6 -> x = 0.4
    expect(result?.winnerId).toBe("a");
    expect(result?.criteria[0]?.flipBelow?.weight).toBeCloseTo(0.4);
    expect(result?.criteria[0]?.flipBelow?.optionId).toBe("b");
    expect(result?.criteria[0]?.flipAbove).toBeNull();
    // fam = y: a = 3 + y, b = 1.2 + 4y -> y = 0.6
    expect(result?.criteria[1]?.flipAbove?.weight).toBeCloseTo(0.6);
    expect(result?.margin).toBeCloseTo(0.2);
  });

  it("is null for other modes and without ballots", () => {
    const log = openDecision(startedRoom(), "pick");
    expect(sensitivityOf(log.state.decisions[0] as Decision, log.state.criteria)).toBeNull();
  });

  it("flip points equal a brute-force sweep of each weight", () => {
    const optionIds = ["a", "b", "c"];
    const scoresArb = fc.array(
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
      { minLength: 1, maxLength: 4 },
    );
    const weightsArb = fc.array(
      fc.integer({ min: 0, max: 20 }).map((w) => w / 20),
      { minLength: 2, maxLength: 2 },
    );
    fc.assert(
      fc.property(scoresArb, weightsArb, (ballots, weights) => {
        const log = openDecision(startedRoom(), "score");
        const criteria: Criterion[] = [
          { id: "perf", name: "Performance", weight: weights[0] ?? 0 },
          { id: "fam", name: "Team familiarity", weight: weights[1] ?? 0 },
        ];
        log.append("p-ada", {
          type: "criterion.updated",
          criterionId: "perf",
          name: "Performance",
          weight: criteria[0]?.weight ?? 0,
        });
        log.append("p-ada", {
          type: "criterion.updated",
          criterionId: "fam",
          name: "Team familiarity",
          weight: criteria[1]?.weight ?? 0,
        });
        ballots.forEach((cells, index) => {
          const voter = `v${index}`;
          log.append(null, {
            type: "participant.joined",
            participantId: voter,
            name: voter,
            colour: "#000",
            role: "voter",
          });
          const scores: OptionScore[] = cells.map((score, cell) => ({
            optionId: optionIds[cell % 3] ?? "a",
            criterionId: cell < 3 ? "perf" : "fam",
            score,
          }));
          log.append(voter, {
            type: "ballot.cast",
            decisionId: "d1",
            ballot: { mode: "score", scores },
          });
        });
        const decision = log.state.decisions[0] as Decision;
        const result = sensitivityOf(decision, log.state.criteria);
        const total = log.state.criteria.reduce((sum, c) => sum + c.weight, 0);
        if (!result || total === 0) return;
        for (const criterion of log.state.criteria) {
          const found = result.criteria.find((c) => c.criterionId === criterion.id);
          // Sweep the weight on a fine grid; the first grid point past a flip point must rank another winner.
          const others = log.state.criteria
            .filter((c) => c.id !== criterion.id)
            .reduce((sum, c) => sum + c.weight, 0);
          // With every weight at 0 all options score 0: there is no winner to flip.
          const winnerAt = (w: number) =>
            w + others === 0
              ? result.winnerId
              : rankWithWeights(decision, log.state.criteria, { [criterion.id]: w })[0];
          const grid = 1000;
          const current = Math.round(criterion.weight * grid);
          let sweptBelow: number | null = null;
          for (let k = current - 1; k >= 0; k -= 1) {
            if (winnerAt(k / grid) !== result.winnerId) {
              sweptBelow = k / grid;
              break;
            }
          }
          let sweptAbove: number | null = null;
          for (let k = current + 1; k <= grid; k += 1) {
            if (winnerAt(k / grid) !== result.winnerId) {
              sweptAbove = k / grid;
              break;
            }
          }
          const step = 1 / grid;
          if (sweptBelow === null) expect(found?.flipBelow ?? null).toBeNull();
          else
            expect(Math.abs((found?.flipBelow?.weight ?? -9) - sweptBelow)).toBeLessThanOrEqual(
              step * 1.01,
            );
          if (sweptAbove === null) expect(found?.flipAbove ?? null).toBeNull();
          else
            expect(Math.abs((found?.flipAbove?.weight ?? -9) - sweptAbove)).toBeLessThanOrEqual(
              step * 1.01,
            );
        }
      }),
      { numRuns: 200 },
    );
    expect(reduceAll(emptyRoom(), []).seq).toBe(0);
  }, 60_000);
});
