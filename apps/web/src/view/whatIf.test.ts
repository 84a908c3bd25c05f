import {
  type Criterion,
  type Decision,
  emptyRoom,
  type OptionScore,
  type RoomEvent,
  reduceAll,
  sensitivityOf,
  tallyDecision,
  weightedScore,
} from "@stackboard/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flipMarks, leaderWith, roomWeights, whatIfRanking } from "./whatIf.ts";

const OPTIONS = ["a", "b", "c"];
const CRITERIA = ["perf", "fam", "cost"];

/** A score decision with the given ballots (cells: option × criterion, row-major). */
function scoredDecision(weights: number[], ballots: number[][]) {
  const bodies: RoomEvent["body"][] = [
    {
      type: "room.created",
      roomId: "room-1",
      title: "What if",
      templateId: null,
      criteria: CRITERIA.map((id, index) => ({ id, name: id, weight: weights[index] ?? 0 })),
      decisions: [],
    },
    {
      type: "participant.joined",
      participantId: "f",
      name: "F",
      colour: "#000",
      role: "facilitator",
    },
    { type: "decision.added", decisionId: "d1", title: "DB", context: "" },
    {
      type: "decision.configured",
      decisionId: "d1",
      mode: "score",
      dotsPerVoter: 5,
      sealed: false,
    },
    ...OPTIONS.map((optionId): RoomEvent["body"] => ({
      type: "option.added",
      decisionId: "d1",
      optionId,
      label: optionId.toUpperCase(),
      catalogId: null,
    })),
    { type: "decision.opened", decisionId: "d1" },
  ];
  const actors: (string | null)[] = bodies.map((body) =>
    body.type === "room.created" || body.type === "participant.joined" ? null : "f",
  );
  ballots.forEach((cells, index) => {
    const voter = `v${index}`;
    bodies.push({
      type: "participant.joined",
      participantId: voter,
      name: voter,
      colour: "#000",
      role: "voter",
    });
    actors.push(null);
    const scores: OptionScore[] = cells.map((score, cell) => ({
      optionId: OPTIONS[Math.floor(cell / CRITERIA.length)] ?? "a",
      criterionId: CRITERIA[cell % CRITERIA.length] ?? "perf",
      score,
    }));
    bodies.push({ type: "ballot.cast", decisionId: "d1", ballot: { mode: "score", scores } });
    actors.push(voter);
  });
  const events: RoomEvent[] = bodies.map((body, index) => ({
    seq: index + 1,
    at: 1_000 + index,
    actorId: actors[index] ?? null,
    commandId: null,
    body,
  }));
  const state = reduceAll(emptyRoom(), events);
  return { decision: state.decisions[0] as Decision, criteria: state.criteria as Criterion[] };
}

describe("what-if maths", () => {
  it("ranks under slider weights and marks where the leader flips", () => {
    // a: perf 5, fam 1; b: perf 2, fam 4; cost 3 for both, weight 0.
    const { decision, criteria } = scoredDecision([0.6, 0.4, 0], [[5, 1, 3, 2, 4, 3, 1, 1, 1]]);
    expect(leaderWith(decision, criteria, roomWeights(criteria))).toBe("a");
    expect(whatIfRanking(decision, criteria, { perf: 0.2 })[0]?.optionId).toBe("b");
    const marks = flipMarks(decision, criteria, roomWeights(criteria), "perf");
    expect(marks).toHaveLength(1);
    expect(marks[0]?.weight).toBeCloseTo(0.4);
    expect(marks[0]).toMatchObject({ below: "b", above: "a" });
    // The nearest marks are core's flip points.
    const sensitivity = sensitivityOf(decision, criteria);
    expect(sensitivity?.criteria[0]?.flipBelow?.weight).toBeCloseTo(marks[0]?.weight ?? -1);
    const fam = flipMarks(decision, criteria, roomWeights(criteria), "fam");
    expect(fam[0]?.weight).toBeCloseTo(sensitivity?.criteria[1]?.flipAbove?.weight ?? -1);
  });

  it("finds exactly the leader changes a brute-force sweep finds", () => {
    const steps = 1000;
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 10 }).map((w) => w / 10),
          { minLength: 3, maxLength: 3 },
        ),
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom(...CRITERIA),
        (weights, ballots, criterionId) => {
          const { decision, criteria } = scoredDecision(weights, ballots);
          const base = roomWeights(criteria);
          const marks = flipMarks(decision, criteria, base, criterionId);
          // The brute force ranks on its own: weighted means, first option wins a tie.
          const means = tallyDecision(decision, criteria).options;
          const leaderAt = (x: number) => {
            const weightOf = (c: Criterion) => (c.id === criterionId ? x : c.weight);
            let best = "";
            let bestValue = Number.NEGATIVE_INFINITY;
            for (const option of means) {
              const value = weightedScore(option.meanByCriterion, criteria, weightOf) ?? 0;
              if (value > bestValue + 1e-9) {
                best = option.optionId;
                bestValue = value;
              }
            }
            return best;
          };
          // Every change the sweep sees lies on a mark with the same leaders.
          let previous = leaderAt(0.5 / steps);
          for (let i = 1; i < steps; i += 1) {
            const x = (i + 0.5) / steps;
            const leader = leaderAt(x);
            if (leader !== previous) {
              const mark = marks.find(
                (m) => m.weight >= x - 1 / steps - 1e-9 && m.weight <= x + 1e-9,
              );
              expect(mark, `change near ${x}`).toBeDefined();
              expect(mark?.above).toBe(leader);
            }
            previous = leader;
          }
          // And every mark is a real change.
          for (const mark of marks) {
            expect(leaderAt(mark.weight - 1e-7)).toBe(mark.below);
            expect(leaderAt(mark.weight + 1e-7)).toBe(mark.above);
            expect(mark.below).not.toBe(mark.above);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
