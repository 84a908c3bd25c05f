// Sealed ballots and anonymous voters, proved over generated meetings: whatever commands
// several participants send (decisions removed and added again, rounds, reopen, mode and
// anonymity changes, sealing, lock, reveal, retract), no live event, catch-up (events or
// snapshot, so sync from any seq), REST read or export (export.json, export.md, ballots
// CSV) shows anyone but its voter a sealed ballot's content before its reveal, or who cast
// a ballot of an anonymous decision. It drives the server's own projection functions
// (fan-out forms, catch-up, outsider view, export renderers, ballot keys); the wire-level
// test of the same attack is security/id-reuse.integration.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetingStep, openedDecision } from "../testing/secrecy/commands.ts";
import { Twin, type Variation } from "../testing/secrecy/twin.ts";
import { FACILITATOR, V1, V2, V3 } from "../testing/secrecy/world.ts";

// Thousands of meetings in CI; fewer on a laptop run (STACKBOARD_PROPERTY_RUNS overrides).
const RUNS = Number(process.env.STACKBOARD_PROPERTY_RUNS ?? (process.env.CI ? 1000 : 150));
// Every meeting starts with one decision open for voting, then anything may happen.
const meeting = fc.tuple(
  openedDecision,
  fc.commands([meetingStep], { maxCommands: 50, size: "max" }),
);

function check(variation: fc.Arbitrary<Variation>): { runs: number; compared: number } {
  let runs = 0;
  let compared = 0;
  fc.assert(
    fc.property(variation, meeting, (chosen, [opening, steps]) => {
      const twin = new Twin(chosen);
      opening.run({}, twin);
      fc.modelRun(() => ({ model: {}, real: twin }), steps);
      runs += 1;
      compared += twin.compared;
    }),
    { numRuns: RUNS },
  );
  return { runs, compared };
}

describe("secrecy over generated meetings", () => {
  it("never shows a sealed ballot's content to anyone but its voter before its reveal", () => {
    const { runs, compared } = check(
      fc.constantFrom(FACILITATOR, V1, V2, V3).map((voter) => ({ kind: "sealed" as const, voter })),
    );
    expect(runs).toBe(RUNS);
    expect(compared).toBeGreaterThan(RUNS * 10);
  }, 600_000);

  it("never shows who cast a ballot of an anonymous decision to anyone but its voter", () => {
    const pairs: [string, string][] = [
      [V1, V2],
      [FACILITATOR, V1],
      [V2, FACILITATOR],
    ];
    const { runs, compared } = check(
      fc.constantFrom(...pairs).map(([first, second]) => ({
        kind: "anonymity" as const,
        first,
        second,
      })),
    );
    expect(runs).toBe(RUNS);
    expect(compared).toBeGreaterThan(RUNS * 10);
  }, 600_000);
});
