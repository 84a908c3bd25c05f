// The record of a ranked-choice decision with an abstention: rounds, winner, abstainers.
import { describe, expect, it } from "vitest";
import {
  FACILITATOR,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "../test-support/room-log.ts";
import { renderDecisionMarkdown } from "./markdown.ts";

describe("ranked choice in the record", () => {
  it("lists every runoff round, who was eliminated, the tie and the abstentions", () => {
    const log = openDecision(startedRoom(), "ranked");
    const cast = (voter: string, ranking: string[] | null) =>
      log.append(voter, {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: ranking === null ? { mode: "abstain" } : { mode: "ranked", ranking },
      });
    cast(FACILITATOR, ["a", "b"]);
    cast(VOTER_B, ["b"]);
    cast(VOTER_C, null);
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
    expect(markdown).toContain("- Voting: ranked choice (instant runoff)");
    expect(markdown).toContain("2 ballots counted. 1 voter abstained.");
    expect(markdown).toContain("| Option | First choices | Supporters | Rank |");
    // Nobody put MySQL first: it leaves at once. The final two then tie: a tie, no winner.
    expect(markdown).toContain('- Instant runoff (a tie between "PostgreSQL" and "MongoDB"):');
    expect(markdown).toContain(
      '  - Round 1: "PostgreSQL" 1, "MongoDB" 1, "MySQL" 0; "MySQL" eliminated (no votes).',
    );
    expect(markdown).toContain('  - Round 2: "PostgreSQL" 1, "MongoDB" 1; the final two are tied.');
    expect(markdown).toContain("| PostgreSQL | 1 | 1 | 1 |\n| MongoDB | 1 | 2 | 1 |");
    expect(markdown).not.toContain("wins");
  });

  it("says which rule broke a tie for last place", () => {
    const log = openDecision(startedRoom(), "ranked");
    const cast = (voter: string, ranking: string[]) =>
      log.append(voter, {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: { mode: "ranked", ranking },
      });
    cast(FACILITATOR, ["a"]);
    cast(VOTER_B, ["b"]);
    cast(VOTER_C, ["c", "a"]);
    const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
    expect(markdown).toContain('- Instant runoff ("PostgreSQL" wins):');
    expect(markdown).toContain(
      '  - Round 1: "PostgreSQL" 1, "MongoDB" 1, "MySQL" 1; "MySQL" eliminated ' +
        '(tied for last with "PostgreSQL" and "MongoDB"; tie broken by option order: the option listed last leaves).',
    );
    expect(markdown).toContain('  - Round 2: "PostgreSQL" 2, "MongoDB" 1.');
  });
});

describe("consent in the record", () => {
  it("states the outcome and records a block as dissent, by name and reason", () => {
    const log = openDecision(startedRoom(), "consent");
    log.append(FACILITATOR, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "consent", stance: "agree", reason: "" },
    });
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "consent", stance: "block", reason: "Nobody *here* runs it" },
    });
    log.append(VOTER_C, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "consent", stance: "object", reason: "" },
    });
    const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
    expect(markdown).toContain('- Consent on "PostgreSQL": blocked (1 agree, 1 object, 1 block).');
    expect(markdown).toMatch(/- Dissent:\n {2}- \S+ blocked: Nobody \\\*here\\\* runs it\n/);
    expect(markdown).toMatch(/ {2}- \S+ objected without a reason\./);
  });
});
