import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "../record/csv.ts";
import type { RoomLog } from "../test-support/room-log.ts";
import { FACILITATOR, startedRoom, VOTER_B, VOTER_C } from "../test-support/room-log.ts";
import { movementOf, radarSheet, renderRadarSheetCsv } from "./editions.ts";
import { radarEntries, renderRadarCsv } from "./export.ts";
import { matchCatalog, parseRadar } from "./parse.ts";

// core type-checks without Node's types, so the fixture is read through an untyped import.
const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);
const fs = (await load("node:fs")) as { readFileSync(path: URL, encoding: "utf8"): string };
const FIXTURE = fs.readFileSync(new URL("./__fixtures__/team-radar.csv", import.meta.url), "utf8");

describe("CSV", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const hostile of ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"]) {
      expect(csvCell(hostile).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell(-2)).toBe("-2");
  });

  it("round-trips quotes, commas and newlines", () => {
    const rows = [
      ["a", 'b "c"', "d,e"],
      ["line\nbreak", "", "x"],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe("parseRadar", () => {
  it("reads the BYOR sample sheet and matches names to the catalog", () => {
    const { entries, problems } = parseRadar(FIXTURE);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.name, entry.ring, entry.catalogId])).toEqual([
      ["PostgreSQL", "Adopt", "postgresql"],
      ["MongoDB", "Hold", "mongodb"],
      ["Redis", "Trial", "redis"],
      ["GraphQL", "Assess", "graphql"],
      ["Feature toggles", "Adopt", null],
      ["Node.js", "Adopt", "nodejs"],
    ]);
    expect(entries[1]?.description).toBe("Two painful migrations; no new services on it, please.");
    expect(entries[3]?.description).toBe('Worth a spike for the mobile app, "if" we staff it.');
    expect(entries[2]?.isNew).toBe(true);
  });

  it("reads JSON and reports unreadable rows without dropping the rest", () => {
    const { entries, problems } = parseRadar(
      JSON.stringify([
        { name: "Postgres", ring: "adopt", quadrant: "Platforms", isNew: true, description: "" },
        { name: "Mystery", ring: "Someday" },
      ]),
    );
    expect(entries).toEqual([
      expect.objectContaining({
        name: "Postgres",
        ring: "Adopt",
        catalogId: "postgresql",
        isNew: true,
      }),
    ]);
    expect(problems).toHaveLength(1);
    expect(parseRadar("foo,bar\n1,2").problems[0]).toMatch(/name, ring/);
  });

  it("matches aliases and leaves unknown names custom", () => {
    expect(matchCatalog("Spring Boot")).toBe("spring-boot");
    expect(matchCatalog("golang")).toBe("go");
    expect(matchCatalog("Kafka")).toBe("kafka");
    expect(matchCatalog("Kubernetes")).toBeNull();
  });
});

function decidedDatabase(log: RoomLog) {
  log.append(FACILITATOR, {
    type: "decision.added",
    decisionId: "db",
    title: "Database",
    context: "",
  });
  const options: [string, string, string | null][] = [
    ["o-pg", "PostgreSQL", "postgresql"],
    ["o-mongo", "MongoDB", "mongodb"],
    ["o-redis", "Redis", "redis"],
    ["o-kafka", '=HYPERLINK("x")', null],
  ];
  for (const [optionId, label, catalogId] of options) {
    log.append(FACILITATOR, { type: "option.added", decisionId: "db", optionId, label, catalogId });
  }
  log.append(FACILITATOR, { type: "decision.opened", decisionId: "db" });
  const pick = (voter: string, optionId: string) =>
    log.append(voter, {
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "pick", optionId },
    });
  pick(FACILITATOR, "o-pg");
  pick(VOTER_B, "o-pg");
  pick(VOTER_C, "o-mongo");
  log.append(FACILITATOR, { type: "decision.locked", decisionId: "db" });
  log.append(FACILITATOR, {
    type: "decision.decided",
    decisionId: "db",
    optionId: "o-pg",
    rationale: "",
  });
}

describe("radar export", () => {
  it("places the chosen option in Adopt, runner-up in Trial, unbacked in Hold", () => {
    const log = startedRoom();
    decidedDatabase(log);
    const entries = radarEntries(log.state);
    expect(entries.map((entry) => [entry.name, entry.ring, entry.status])).toEqual([
      ["PostgreSQL", "Adopt", "New"],
      ["MongoDB", "Trial", "New"],
      ["Redis", "Hold", "New"],
      ['=HYPERLINK("x")', "Hold", "New"],
    ]);
    expect(entries[0]?.quadrant).toBe("Platforms");
    expect(entries[3]?.quadrant).toBe("Tools");
  });

  it("puts the options tied with the chosen one in Trial, none ranked below another", () => {
    const log = startedRoom();
    decidedDatabase(log);
    log.append(FACILITATOR, { type: "decision.reopened", decisionId: "db" });
    const pick = (voter: string, optionId: string) =>
      log.append(voter, {
        type: "ballot.cast",
        decisionId: "db",
        ballot: { mode: "pick", optionId },
      });
    pick(FACILITATOR, "o-redis");
    pick(VOTER_B, "o-pg");
    pick(VOTER_C, "o-mongo");
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "db" });
    log.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "db",
      optionId: "o-redis",
      rationale: "",
    });
    const rings = radarEntries(log.state).map((entry) => [entry.name, entry.ring]);
    expect(rings).toEqual([
      ["Redis", "Adopt"],
      ["PostgreSQL", "Trial"],
      ["MongoDB", "Trial"],
      ['=HYPERLINK("x")', "Hold"],
    ]);
  });

  it("round-trips through the sample radar: status says what moved", () => {
    const log = startedRoom();
    decidedDatabase(log);
    const imported = parseRadar(FIXTURE).entries;
    const csv = renderRadarCsv(log.state, imported);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(["name", "ring", "quadrant", "isNew", "status", "description"]);
    expect(rows).toEqual([
      ["PostgreSQL", "Adopt", "Platforms", "FALSE", "No change", "Database: chosen"],
      ["MongoDB", "Trial", "Platforms", "FALSE", "Moved", "Database: runner-up"],
      ["Redis", "Hold", "Platforms", "FALSE", "Moved", "Database: considered, not backed"],
      ['\'=HYPERLINK("x")', "Hold", "Tools", "TRUE", "New", "Database: considered, not backed"],
    ]);
    // What we export reads back as a radar, with the same rings.
    const again = parseRadar(csv).entries;
    expect(again.map((entry) => entry.ring)).toEqual(["Adopt", "Trial", "Hold", "Hold"]);
    expect(renderRadarCsv(log.state, again).split("\r\n").slice(1, 4).join()).toMatch(
      /No change.*No change.*No change/,
    );
  });
});

describe("radar editions", () => {
  const JANUARY = Date.UTC(2026, 0, 15);
  const JUNE = Date.UTC(2026, 5, 1);

  it("says where a blip moved: in towards Adopt, out towards Hold", () => {
    expect(movementOf(null, "Trial")).toBe("New");
    expect(movementOf("Trial", "Adopt")).toBe("Moved In");
    expect(movementOf("Trial", "Hold")).toBe("Moved Out");
    expect(movementOf("Hold", "Hold")).toBe("No Change");
  });

  it("exports each blip's movement and its ring in every edition, keeping untouched blips", () => {
    const log = startedRoom();
    decidedDatabase(log);
    const first = parseRadar(FIXTURE).entries;
    const second = first.map((entry) =>
      entry.name === "MongoDB" ? { ...entry, ring: "Assess" as const } : entry,
    );
    const editions = [
      { at: JANUARY, name: "Q1 radar", entries: first },
      { at: JUNE, name: "Q2 radar", entries: second },
    ];
    const rows = radarSheet(log.state, editions);
    expect(rows.map((row) => [row.name, row.ring, row.movement])).toEqual([
      ["PostgreSQL", "Adopt", "No Change"],
      ["MongoDB", "Trial", "Moved In"],
      ["Redis", "Hold", "Moved Out"],
      ['=HYPERLINK("x")', "Hold", "New"],
      ["GraphQL", "Assess", "No Change"],
      ["Feature toggles", "Adopt", "No Change"],
      ["Node.js", "Adopt", "No Change"],
    ]);
    expect(rows[1]?.history).toBe(
      "Q1 radar (2026-01-15): Hold; Q2 radar (2026-06-01): Assess; now: Trial",
    );
    expect(rows[3]?.history).toBe("now: Hold");
    const [header, ...csv] = parseCsv(renderRadarSheetCsv(log.state, editions));
    expect(header).toEqual([
      "name",
      "ring",
      "quadrant",
      "isNew",
      "status",
      "movement",
      "history",
      "description",
    ]);
    // What we export reads back as the next edition, with every blip.
    expect(parseRadar(renderRadarSheetCsv(log.state, editions)).entries).toHaveLength(csv.length);
  });

  it("without an edition, everything the room placed is new", () => {
    const log = startedRoom();
    decidedDatabase(log);
    expect(radarSheet(log.state, []).every((row) => row.movement === "New")).toBe(true);
  });
});
