import { describe, expect, it } from "vitest";
import { redactState } from "../redact.ts";
import {
  FACILITATOR,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "../test-support/room-log.ts";
import { renderBallotsCsv } from "./ballots-csv.ts";
import { parseCsv } from "./csv.ts";
import { renderMadrFile } from "./madr-files.ts";

describe("MADR file per decision", () => {
  it("puts the people in front matter by role and numbers the file", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "Fits.",
    });
    const file = renderMadrFile(log.state, "d1");
    expect(file.fileName).toBe("0001-database.md");
    expect(file.content).toMatch(
      /^---\nstatus: accepted\ndate: \d{4}-\d\d-\d\d\ndecision-makers: \["Ada"\]\nconsulted: \["Brendan", "Chen"\]\ninformed: \["Olu"\]\n---\n\n# Database\n/,
    );
    expect(file.content).toContain("## Decision Outcome");
  });
});

describe("ballots CSV", () => {
  it("lists revealed ballots and keeps sealed ones sealed", () => {
    const log = openDecision(startedRoom(), "pick", true);
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    log.append(VOTER_C, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "b" },
    });
    // Even from the server's full state, a sealed decision's ballots stay sealed.
    for (const state of [log.state, redactState(log.state, null)]) {
      const rows = parseCsv(renderBallotsCsv(state));
      expect(rows[0]).toEqual([
        "decision",
        "mode",
        "participant",
        "role",
        "option",
        "criterion",
        "value",
        "castAt",
      ]);
      expect(rows.slice(1).map((row) => [row[2], row[4], row[6]])).toEqual([
        ["Brendan", "(sealed)", ""],
        ["Chen", "(sealed)", ""],
      ]);
    }
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.revealed",
      decisionId: "d1",
      ballots: [
        { participantId: VOTER_B, ballot: { mode: "pick", optionId: "a" } },
        { participantId: VOTER_C, ballot: { mode: "pick", optionId: "b" } },
      ],
    });
    const rows = parseCsv(renderBallotsCsv(log.state));
    expect(rows.slice(1).map((row) => [row[2], row[6]])).toEqual([
      ["Brendan", "1"],
      ["Chen", "1"],
    ]);
  });

  it("neutralises formulas typed into names and labels", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(FACILITATOR, { type: "participant.renamed", name: "=cmd|'/c calc'!A1" });
    log.append(FACILITATOR, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    const csv = renderBallotsCsv(log.state);
    expect(csv).toContain(`"'=cmd|'/c calc'!A1"`.replace(/^"|"$/g, ""));
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });

  it("names no one in anonymous decisions", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "pick", optionId: "a" },
    });
    const as = (anonymity: "aliases" | "full") => ({
      ...log.state,
      decisions: log.state.decisions.map((d) => ({ ...d, anonymity })),
    });
    const full = parseCsv(renderBallotsCsv(as("full")));
    expect(full.slice(1)).toEqual([
      ["Database", "pick", "(anonymous)", "", "1 anonymous ballots", "", "", ""],
    ]);
    const aliases = renderBallotsCsv(as("aliases"));
    expect(aliases).not.toContain("Brendan");
  });
});

describe("MADR file conflicts", () => {
  it("lists the compatibility warnings this decision is part of", async () => {
    const { RoomLog } = await import("../test-support/room-log.ts");
    const log = new RoomLog();
    log.append(null, {
      type: "room.created",
      roomId: "r",
      title: "Stack",
      templateId: null,
      criteria: [],
      decisions: [],
    });
    log.append(null, {
      type: "participant.joined",
      participantId: "f",
      name: "F",
      colour: "#000",
      role: "facilitator",
    });
    for (const [decisionId, catalogId, label] of [
      ["fw", "laravel", "Laravel"],
      ["lang", "python", "Python"],
    ] as const) {
      log.append("f", { type: "decision.added", decisionId, title: decisionId, context: "" });
      log.append("f", {
        type: "option.added",
        decisionId,
        optionId: `${decisionId}-o`,
        label,
        catalogId,
      });
      log.append("f", { type: "decision.opened", decisionId });
      log.append("f", { type: "decision.locked", decisionId });
      log.append("f", {
        type: "decision.decided",
        decisionId,
        optionId: `${decisionId}-o`,
        rationale: "",
      });
    }
    const content = renderMadrFile(log.state, "fw").content;
    expect(content).toMatch(
      /\n## Compatibility Warnings\n\n- Conflict: fw: "Laravel" vs lang: "Python"\. .*\n$/,
    );
    expect(content).not.toMatch(/\n\n\n/);
  });
});
