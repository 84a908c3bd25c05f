// The record of ranked choice (rounds, winner, abstainers) and of consent (the proposal,
// the outcome, every objection and block with its reason).
import { describe, expect, it } from "vitest";
import { anonymizeState } from "../anonymity.ts";
import {
  FACILITATOR,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "../test-support/room-log.ts";
import { type RoomRecordJson, renderRoomJson } from "./json.ts";
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

describe("a written consent proposal in the record", () => {
  function proposed(anonymity: "off" | "full") {
    const log = startedRoom();
    const d = "d1";
    log.append(FACILITATOR, { type: "decision.added", decisionId: d, title: "DB", context: "" });
    log.append(FACILITATOR, {
      type: "decision.configured",
      decisionId: d,
      mode: "consent",
      dotsPerVoter: 5,
      sealed: false,
    });
    log.append(FACILITATOR, { type: "decision.anonymitySet", decisionId: d, anonymity });
    for (const [optionId, label] of [
      ["pg", "PostgreSQL"],
      ["mongo", "MongoDB"],
    ] as const) {
      log.append(FACILITATOR, {
        type: "option.added",
        decisionId: d,
        optionId,
        label,
        catalogId: null,
      });
    }
    log.append(FACILITATOR, {
      type: "decision.proposed",
      decisionId: d,
      optionId: "mongo",
      text: "Adopt MongoDB,\nwith nightly backups.",
    });
    log.append(FACILITATOR, { type: "decision.opened", decisionId: d });
    const cast = (actor: string, stance: "agree" | "object" | "block", reason: string) =>
      log.append(actor, {
        type: "ballot.cast",
        decisionId: d,
        ballot: { mode: "consent", stance, reason },
      });
    cast(FACILITATOR, "agree", "");
    cast(VOTER_B, "object", "Ops cost");
    cast(VOTER_C, "block", "No backups story yet");
    return log;
  }

  it("quotes the proposal and lists every objection and block with its reason", () => {
    const markdown = renderDecisionMarkdown(proposed("off").state, "d1", { now: 0 });
    expect(markdown).toContain(
      'The proposal (adopting "MongoDB"): Adopt MongoDB, with nightly backups.',
    );
    expect(markdown).toContain(
      '- Consent on the proposal (adopting "MongoDB"): blocked (1 agree, 1 object, 1 block).',
    );
    expect(markdown).toContain("  - Brendan objected: Ops cost");
    expect(markdown).toContain("  - Chen blocked: No backups story yet");
  });

  it("keeps the reasons but names nobody in a fully anonymous decision", () => {
    // As every export renders it: with the voters under ballot keys.
    const state = anonymizeState(proposed("full").state, null, (d, p) => `anon-${d}${p}`);
    const markdown = renderDecisionMarkdown(state, "d1", { now: 0 });
    expect(markdown).toContain("  - an anonymous voter objected: Ops cost");
    expect(markdown).toContain("  - an anonymous voter blocked: No backups story yet");
    expect(markdown).not.toMatch(/Brendan (objected|blocked)|Chen (objected|blocked)/);
  });

  it("gives the proposal and the concerns in JSON", () => {
    const log = proposed("off");
    const record = JSON.parse(renderRoomJson(log.state, log.events)) as RoomRecordJson;
    const decision = record.decisions[0];
    expect(decision?.proposal).toEqual({
      text: "Adopt MongoDB,\nwith nightly backups.",
      optionId: "mongo",
      optionLabel: "MongoDB",
    });
    expect(decision?.tally?.consent?.concerns).toEqual([
      { participantId: VOTER_B, stance: "object", reason: "Ops cost" },
      { participantId: VOTER_C, stance: "block", reason: "No backups story yet" },
    ]);
  });
});
