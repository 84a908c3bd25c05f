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
  it("lists every runoff round, who was eliminated, the winner and the abstentions", () => {
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
    expect(markdown).toContain('- Instant runoff ("PostgreSQL" wins):');
    expect(markdown).toContain(
      '  - Round 1: "PostgreSQL" 1, "MongoDB" 1, "MySQL" 0; "MySQL" eliminated.',
    );
    // a and b tie now and before; b is listed later, so it goes and its ballot is exhausted.
    expect(markdown).toContain('  - Round 2: "PostgreSQL" 1, "MongoDB" 1; "MongoDB" eliminated.');
    expect(markdown).toContain('  - Round 3: "PostgreSQL" 1; 1 exhausted.');
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
