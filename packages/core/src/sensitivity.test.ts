import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceAll } from "./reduce.ts";
import { emptyRoom } from "./room.ts";
import { sensitivityOf } from "./sensitivity.ts";
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

  it("flip points equal a brute-force sweep of each weight, with unscored cells", () => {
    const optionIds = ["a", "b", "c"];
    // 0 = an unscored cell, so options can have different criteria scored.
    const scoresArb = fc.array(
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
      { minLength: 1, maxLength: 4 },
    );
    const weightsArb = fc.array(
      fc.integer({ min: 0, max: 20 }).map((w) => w / 20),
      { minLength: 2, maxLength: 2 },
    );
    let checked = 0;
    fc.assert(
      fc.property(scoresArb, weightsArb, (ballots, weights) => {
        const log = openDecision(startedRoom(), "score");
        const names = ["Performance", "Team familiarity"];
        ["perf", "fam"].forEach((criterionId, index) => {
          log.append("p-ada", {
            type: "criterion.updated",
            criterionId,
            name: names[index] ?? "",
            weight: weights[index] ?? 0,
          });
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
          const scores: OptionScore[] = cells.flatMap((score, cell) =>
            score === 0
              ? []
              : [
                  {
                    optionId: optionIds[cell % 3] ?? "a",
                    criterionId: cell < 3 ? "perf" : "fam",
                    score,
                  },
                ],
          );
          if (scores.length === 0) return;
          log.append(voter, {
            type: "ballot.cast",
            decisionId: "d1",
            ballot: { mode: "score", scores },
          });
        });
        const decision = log.state.decisions[0] as Decision;
        const criteria = log.state.criteria;
        const result = sensitivityOf(decision, criteria);
        if (!result) return;
        checked += 1;
        for (const criterion of criteria) {
          const found = result.criteria.find((c) => c.criterionId === criterion.id);
          const changedAt = (x: number) => {
            const leaders = naiveLeaders(decision, criteria, { [criterion.id]: x });
            // With no score left anywhere (every scored weight at 0) there is no winner
            // to change: not a flip.
            if (leaders.length === 0) return false;
            return !(leaders.length === 1 && leaders[0] === result.winnerId);
          };
          // Both ends, and the middle of every grid step (never exactly on a crossing).
          const grid = 1000;
          const points = [0, ...Array.from({ length: grid }, (_, k) => (k + 0.5) / grid), 1];
          const below = points.filter((x) => x < criterion.weight).reverse();
          const above = points.filter((x) => x > criterion.weight);
          const sweptBelow = below.find(changedAt) ?? null;
          const sweptAbove = above.find(changedAt) ?? null;
          const step = 1 / grid + 1e-9;
          if (sweptBelow === null) expect(found?.flipBelow ?? null).toBeNull();
          else {
            const weight = found?.flipBelow?.weight ?? -9;
            expect(weight).toBeGreaterThanOrEqual(sweptBelow - 1e-9);
            expect(weight - sweptBelow).toBeLessThanOrEqual(step);
          }
          if (sweptAbove === null) expect(found?.flipAbove ?? null).toBeNull();
          else {
            const weight = found?.flipAbove?.weight ?? 9;
            expect(weight).toBeLessThanOrEqual(sweptAbove + 1e-9);
            expect(sweptAbove - weight).toBeLessThanOrEqual(step);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(100);
    expect(reduceAll(emptyRoom(), []).seq).toBe(0);
  }, 60_000);
});

/**
 * The leaders by the documented formula, written plainly: per cell the mean of the
 * voters who scored it; per option Σ w·mean ÷ Σ w over its scored cells; ties within 1e-9.
 */
function naiveLeaders(
  decision: Decision,
  criteria: readonly Criterion[],
  weights: Record<string, number>,
): string[] {
  const values = decision.options.map((option) => {
    let weighted = 0;
    let total = 0;
    for (const criterion of criteria) {
      const cells = decision.ballots.flatMap((entry) =>
        entry.ballot?.mode === "score"
          ? entry.ballot.scores.filter(
              (s) => s.optionId === option.id && s.criterionId === criterion.id,
            )
          : [],
      );
      if (cells.length === 0) continue;
      const weight = weights[criterion.id] ?? criterion.weight;
      weighted += (weight * cells.reduce((sum, s) => sum + s.score, 0)) / cells.length;
      total += weight;
    }
    return { id: option.id, value: total > 0 ? weighted / total : 0 };
  });
  const best = Math.max(...values.map((v) => v.value));
  if (best <= 1e-9) return [];
  return values.filter((v) => Math.abs(v.value - best) <= 1e-9).map((v) => v.id);
}
