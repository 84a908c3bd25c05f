import { describe, expect, it } from "vitest";
import { findTechnology, TECHNOLOGIES } from "../catalog/index.ts";
import type { RoomLog } from "../test-support/room-log.ts";
import { FACILITATOR, startedRoom, VOTER_B } from "../test-support/room-log.ts";
import { compare, conflictsFor, findConflicts } from "./conflicts.ts";
import { DRIVER_MATURITY, ECOSYSTEM_OF, PAIR_RULES } from "./relations.ts";

const catalogIds = new Set(TECHNOLOGIES.map((technology) => technology.id));
const tech = (id: string) => {
  const technology = findTechnology(id);
  if (!technology) throw new Error(`no ${id}`);
  return technology;
};

describe("relations data", () => {
  it("references only technologies in the catalog", () => {
    const referenced = [
      ...Object.keys(ECOSYSTEM_OF),
      ...Object.keys(DRIVER_MATURITY),
      ...PAIR_RULES.flatMap((rule) => [rule.a, rule.b]),
    ];
    for (const id of referenced) expect(catalogIds, id).toContain(id);
  });

  it("gives every language, runtime and framework in the catalog an ecosystem", () => {
    const platform = TECHNOLOGIES.filter((technology) =>
      ["language", "runtime", "framework"].includes(technology.category),
    );
    for (const technology of platform)
      expect(ECOSYSTEM_OF, technology.id).toHaveProperty([technology.id]);
  });

  it("writes messages as plain text, safe in Markdown without escaping", () => {
    const plain = /^[\w\s.,:;()'/+#-]+$/; // '#' only matters at a line start
    for (const rule of PAIR_RULES) expect(rule.message).toMatch(plain);
    const names = TECHNOLOGIES.map((technology) => technology.name);
    for (const name of names) expect(name).toMatch(plain);
  });

  it("keeps driver tables to data stores: databases, caches and search engines", () => {
    for (const id of Object.keys(DRIVER_MATURITY)) {
      expect(["database", "cache", "search-engine"]).toContain(tech(id).category);
    }
  });
});

describe("compare", () => {
  it("knows a framework needs its language", () => {
    expect(compare(tech("laravel"), tech("python"))).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("PHP") }),
    ]);
    expect(compare(tech("django"), tech("python"))).toEqual([]);
    expect(compare(tech("express"), tech("typescript"))).toEqual([]);
    expect(compare(tech("nestjs"), tech("bun"))).toEqual([]);
    expect(compare(tech("ruby-on-rails"), tech("nodejs"))[0]?.severity).toBe("error");
  });

  it("rates database drivers per ecosystem", () => {
    expect(compare(tech("cassandra"), tech("laravel"))[0]?.severity).toBe("warning");
    expect(compare(tech("laravel"), tech("cassandra"))[0]?.severity).toBe("warning");
    expect(compare(tech("postgresql"), tech("rust"))).toEqual([]);
  });

  it("checks API style against client interaction in either order", () => {
    expect(compare(tech("grpc"), tech("javascript-ajax"))[0]?.message).toMatch(/proxy/);
    expect(compare(tech("sse"), tech("graphql"))[0]?.message).toMatch(/WebSockets/);
    expect(compare(tech("rest"), tech("sse"))).toEqual([]);
  });
});

function addDecision(log: RoomLog, id: string, title: string, options: [string, string][]) {
  log.append(FACILITATOR, { type: "decision.added", decisionId: id, title, context: "" });
  for (const [optionId, catalogId] of options) {
    log.append(FACILITATOR, {
      type: "option.added",
      decisionId: id,
      optionId,
      label: tech(catalogId).name,
      catalogId,
    });
  }
  log.append(FACILITATOR, { type: "decision.opened", decisionId: id });
}

const pick = (log: RoomLog, decisionId: string, optionId: string) =>
  log.append(VOTER_B, {
    type: "ballot.cast",
    decisionId,
    ballot: { mode: "pick", optionId },
  });

const settle = (log: RoomLog, decisionId: string, optionId: string) => {
  log.append(FACILITATOR, { type: "decision.locked", decisionId });
  log.append(FACILITATOR, { type: "decision.decided", decisionId, optionId, rationale: "" });
};

describe("findConflicts", () => {
  it("warns on settled choices that do not fit, naming both decisions", () => {
    const log = startedRoom();
    addDecision(log, "fw", "Framework", [
      ["o-laravel", "laravel"],
      ["o-django", "django"],
    ]);
    addDecision(log, "lang", "Language", [
      ["o-python", "python"],
      ["o-php", "php"],
    ]);
    settle(log, "fw", "o-laravel");
    settle(log, "lang", "o-python");
    const conflicts = findConflicts(log.state);
    expect(conflicts).toEqual([
      {
        decisionIds: ["fw", "lang"],
        optionIds: ["o-laravel", "o-python"],
        severity: "error",
        settled: true,
        message: "Laravel needs PHP, so it does not fit Python.",
      },
    ]);
    expect(conflictsFor(conflicts, "lang")).toHaveLength(1);
    expect(conflictsFor(conflicts, "other")).toHaveLength(0);
  });

  it("uses the single leader of an undecided decision and ignores ties and custom options", () => {
    const log = startedRoom();
    addDecision(log, "fw", "Framework", [
      ["o-laravel", "laravel"],
      ["o-django", "django"],
    ]);
    addDecision(log, "lang", "Language", [
      ["o-python", "python"],
      ["o-php", "php"],
    ]);
    expect(findConflicts(log.state)).toEqual([]);
    pick(log, "fw", "o-laravel");
    pick(log, "lang", "o-python");
    expect(findConflicts(log.state)).toEqual([
      expect.objectContaining({ severity: "error", settled: false }),
    ]);
    pick(log, "lang", "o-php");
    expect(findConflicts(log.state)).toEqual([]);
  });
});

describe("the room record", () => {
  it("lists the compatibility warnings", async () => {
    const { renderRoomRecordMarkdown: renderRoomMarkdown } = await import(
      "../record/intel-sections.ts"
    );
    const log = startedRoom();
    addDecision(log, "fw", "Framework", [["o-laravel", "laravel"]]);
    addDecision(log, "lang", "Language", [["o-python", "python"]]);
    settle(log, "fw", "o-laravel");
    settle(log, "lang", "o-python");
    const markdown = renderRoomMarkdown(log.state);
    expect(markdown).toContain("## Compatibility Warnings");
    expect(markdown).toContain(
      '- Conflict: Framework: "Laravel" vs Language: "Python". Laravel needs PHP, so it does not fit Python.',
    );
  });
});

describe("robustness in the room record", () => {
  it("states the smallest weight change that flips each score winner", async () => {
    const { renderRoomRecordMarkdown } = await import("../record/intel-sections.ts");
    const { openDecision } = await import("../test-support/room-log.ts");
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
    const markdown = renderRoomRecordMarkdown(log.state);
    // perf 0.6 → flips below 0.4; fam 0.4 → flips above 0.6: both 0.2 away.
    expect(markdown).toMatch(
      /## Robustness of the Winners\n\n- Database: "[^"]+" stops leading if one weight moves by 0\.20 \(Performance below 0\.40\); moderately robust\.\n$/,
    );
  });
});
