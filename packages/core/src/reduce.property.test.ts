import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRecentCommand } from "./recent-commands.ts";
import { applyAllowed, reduce, reduceAll, step } from "./reduce.ts";
import { emptyRoom } from "./room.ts";
import { checkEvent } from "./rules/index.ts";
import { tallyDecision } from "./tally.ts";
import { roomLogArb } from "./test-support/arbitraries.ts";
import type { Decision } from "./types.ts";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Tallies recounted the simplest way: loop over every ballot and option. */
function naiveTally(decision: Decision, weights: Map<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const option of decision.options) {
    if (decision.mode === "score") {
      // Each cell's mean over the ballots that scored it; a cell nobody scored is left out
      // of both sums (docs/counting.md).
      let weighted = 0;
      let weightSum = 0;
      for (const [criterionId, weight] of weights) {
        const cells = decision.ballots.flatMap((entry) =>
          entry.ballot?.mode === "score"
            ? entry.ballot.scores.filter(
                (s) => s.optionId === option.id && s.criterionId === criterionId,
              )
            : [],
        );
        if (cells.length === 0) continue;
        weightSum += weight;
        weighted += (weight * cells.reduce((sum, s) => sum + s.score, 0)) / cells.length;
      }
      totals.set(option.id, weightSum > 0 ? weighted / weightSum : 0);
      continue;
    }
    let total = 0;
    for (const entry of decision.ballots) {
      const ballot = entry.ballot;
      if (ballot?.mode === "pick" && decision.mode === "pick" && ballot.optionId === option.id)
        total += 1;
      // Ranked: the tally's value is first choices among the options still on the decision.
      if (ballot?.mode === "ranked" && decision.mode === "ranked") {
        const first = ballot.ranking.find((id) => decision.options.some((o) => o.id === id));
        if (first === option.id) total += 1;
      }
      if (ballot?.mode === "dots" && decision.mode === "dots") {
        for (const allocation of ballot.allocations)
          if (allocation.optionId === option.id) total += allocation.dots;
      }
    }
    totals.set(option.id, total);
  }
  return totals;
}

describe("reduce, for any log", () => {
  it("gives, for every allowed event, the state step gives (applyAllowed skips only the check)", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        let state = emptyRoom();
        for (const event of events) {
          const stepped = step(state, event);
          if (event.seq === state.seq + 1 && checkEvent(state, event) === null) {
            expect(applyAllowed(state, event)).toEqual(stepped.state);
          }
          state = stepped.state;
        }
      }),
    );
  });

  it("applies a command id once: the room knows exactly the ids of its applied events", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        let state = emptyRoom();
        // The generated logs are shorter than the window: every applied id stays in it.
        const applied = new Set<string>();
        for (const event of events) {
          const repeat = event.commandId !== null && applied.has(event.commandId);
          const stepped = step(state, event);
          if (repeat) expect({ ...stepped.state, seq: state.seq }).toEqual(state);
          if (stepped.rejection === null && event.commandId !== null) applied.add(event.commandId);
          state = stepped.state;
          for (const id of ["k1", "k2", "k3", "k4", "k5", "k6"]) {
            expect(isRecentCommand(state.recentCommandIds, id)).toBe(applied.has(id));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and always ends at the last seq", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        const state = reduceAll(emptyRoom(), events);
        expect(state.seq).toBe(events.length);
      }),
      { numRuns: 500 },
    );
  });

  it("gives deep-equal state when the same events are replayed", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        const once = reduceAll(emptyRoom(), events);
        const again = reduceAll(emptyRoom(), clone(events));
        expect(again).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it("never mutates the previous state", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        let state = emptyRoom();
        for (const event of events) {
          const frozen = clone(state);
          const next = reduce(state, event);
          expect(state).toEqual(frozen);
          state = next;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("keeps its invariants: one ballot per voter, dots within budget, unique ids, a facilitator", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        const state = reduceAll(emptyRoom(), events);
        const ids = state.participants.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Removal and handoff never leave a room without someone who may run it.
        expect(state.participants.some((p) => p.role === "facilitator" && !p.removed)).toBe(true);
        // Someone waits in the lobby or takes part, never both.
        for (const entry of state.lobby) expect(ids).not.toContain(entry.participantId);
        if (state.timer?.pausedRemainingMs != null) {
          expect(state.timer.pausedRemainingMs).toBeGreaterThanOrEqual(0);
        }
        for (const decision of state.decisions) {
          const voters = decision.ballots.map((b) => b.participantId);
          expect(new Set(voters).size).toBe(voters.length);
          for (const entry of decision.ballots) {
            if (entry.ballot?.mode === "dots") {
              const used = entry.ballot.allocations.reduce((sum, a) => sum + a.dots, 0);
              expect(used).toBeLessThanOrEqual(decision.dotsPerVoter);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tallies equal a naive recount", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        const state = reduceAll(emptyRoom(), events);
        const weights = new Map(state.criteria.map((c) => [c.id, c.weight]));
        for (const decision of state.decisions) {
          const tally = tallyDecision(decision, state.criteria);
          const naive = naiveTally(decision, weights);
          for (const option of tally.options) {
            expect(option.value).toBeCloseTo(naive.get(option.optionId) ?? 0, 9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
