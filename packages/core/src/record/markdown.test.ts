import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactState } from "../redact.ts";
import type { RoomState } from "../types.ts";
import { foldText } from "./escape.ts";
import { buildRoom, FIXTURE_START } from "./fixtures.ts";
import { renderDecisionMarkdown, renderRoomMarkdown } from "./markdown.ts";
import { allTokens, headings, lex, plainText } from "./markdown-tokens.test-helper.ts";

// core type-checks without Node's types (it must not do I/O), so the test reaches the
// file system through untyped dynamic imports described by these small shapes.
interface NodeFs {
  readFileSync(path: string, encoding: "utf8"): string;
  writeFileSync(path: string, data: string): void;
  mkdirSync(path: string, options: { recursive: true }): void;
}
const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);
const fs = (await load("node:fs")) as NodeFs;
const { fileURLToPath } = (await load("node:url")) as { fileURLToPath(url: string): string };
const { env } = (await load("node:process")) as { env: Record<string, string | undefined> };

const here = fileURLToPath((import.meta as { url?: string }).url ?? "");
const GOLDEN_DIR = here.replace(/[^/\\]+$/, "__golden__/");
const NOW = FIXTURE_START + 24 * 60 * 60 * 1000;

const SECTIONS = ["Context and Problem Statement", "Decision Drivers", "Considered Options"];

/** The heading outline a record of `state` must have, whatever its user text. */
function expectedLevels(state: RoomState, base: number): number[] {
  const levels = base === 1 ? [] : [base - 1];
  for (const decision of state.decisions) {
    levels.push(base, base + 1, base + 1, base + 1, base + 1, base + 2, base + 1);
    levels.push(...decision.options.map(() => base + 2));
  }
  return levels;
}

/** The lines of one decision's section in a room record. */
function sectionOf(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe("renderRoomMarkdown", () => {
  it("matches the golden record", () => {
    const markdown = renderRoomMarkdown(buildRoom().state, { now: NOW });
    const path = `${GOLDEN_DIR}room.golden.md`;
    if (env.UPDATE_GOLDEN === "1") {
      fs.mkdirSync(GOLDEN_DIR, { recursive: true });
      fs.writeFileSync(path, markdown);
    }
    expect(markdown).toBe(fs.readFileSync(path, "utf8"));
  });

  it("is deterministic and ends with exactly one newline", () => {
    const { state } = buildRoom();
    const markdown = renderRoomMarkdown(state);
    expect(renderRoomMarkdown(structuredClone(state))).toBe(markdown);
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
  });

  it("outlines the room: one section per decision, in board order", () => {
    const { state } = buildRoom();
    const outline = headings(lex(renderRoomMarkdown(state)));
    expect(outline.map((h) => h.depth)).toEqual(expectedLevels(state, 2));
    expect(outline.filter((h) => h.depth === 2).map((h) => h.text)).toEqual([
      "API style",
      "Language and runtime",
      "Database",
    ]);
  });

  it("renders an empty room", () => {
    expect(renderRoomMarkdown(buildEmptyRoom())).toBe(
      "# Untitled room\n\nDecision record from Stackboard (room log position 0).\n\n" +
        "This room has no decisions yet.\n",
    );
  });
});

function buildEmptyRoom(): RoomState {
  const { state } = buildRoom();
  return { ...state, title: " \n ", seq: 0, decisions: [], annotations: [] };
}

describe("renderDecisionMarkdown", () => {
  it("renders one decision as a standalone MADR record", () => {
    const { state } = buildRoom();
    const markdown = renderDecisionMarkdown(state, "database", { now: NOW });
    const outline = headings(lex(markdown));
    const only = state.decisions.filter((decision) => decision.id === "database");
    expect(outline.map((h) => h.depth)).toEqual(expectedLevels({ ...state, decisions: only }, 1));
    expect(outline.map((h) => h.text).slice(0, 4)).toEqual(["Database", ...SECTIONS]);
    expect(markdown).toContain("- Room: Backend stack for Payments\n");
    expect(markdown).toContain("- Status: accepted\n- Date: 2025-03-14\n");
    expect(markdown).toContain(
      'Chosen option: "PostgreSQL", because transactions across accounts are not negotiable.',
    );
    expect(markdown).toContain("The winner changes if Team familiarity weighs below 0.20");
  });

  it("says the same as the decision's section of the room record, one level up", () => {
    const { state } = buildRoom();
    const single = renderDecisionMarkdown(state, "database", { now: NOW })
      .replace("- Room: Backend stack for Payments\n", "")
      .replace(/^#/gm, "##");
    expect(`\n${single}`).toBe(renderRoomMarkdownSection(state, "Database"));
  });

  it("dates an undecided decision by `now`, else by its last activity", () => {
    const { state } = buildRoom();
    expect(renderDecisionMarkdown(state, "language", { now: NOW })).toContain("- Date: 2025-03-15");
    expect(renderDecisionMarkdown(state, "language")).toContain("- Date: 2025-03-14");
  });

  it("refuses an unknown decision", () => {
    expect(() => renderDecisionMarkdown(buildRoom().state, "nope")).toThrow(RangeError);
  });
});

function renderRoomMarkdownSection(state: RoomState, title: string): string {
  return sectionOf(renderRoomMarkdown(state, { now: NOW }), title);
}

describe("sealed ballots", () => {
  for (const stage of ["voting", "locked"] as const) {
    it(`shows no ballot contents while the decision is ${stage}`, () => {
      const { state } = buildRoom({ databaseStage: stage });
      // The server's state still holds the contents; a client's holds nulls. Same record.
      const full = renderRoomMarkdownSection(state, "Database");
      expect(renderRoomMarkdownSection(redactState(state, null), "Database")).toBe(full);
      expect(full).toContain("3 ballots are sealed until the facilitator reveals them");
      expect(full).toContain("Not decided yet.");
      for (const leak of ["Weighted score", "Agreement", "Dissent", "Sensitivity", "| "]) {
        expect(full).not.toContain(leak);
      }
      expect(allTokens(lex(full)).some((token) => token.type === "table")).toBe(false);
    });
  }

  it("shows the tally once revealed", () => {
    const section = renderRoomMarkdownSection(
      buildRoom({ databaseStage: "revealed" }).state,
      "Database",
    );
    expect(section).toContain("- Status: proposed (ballots revealed)");
    expect(section).toContain("| PostgreSQL | 4.10 | 3.33 | 4.33 | 4.67 | 3 | 1 |");
    expect(section).toContain('of voters back the leading option "PostgreSQL" (moderate)');
  });
});

const HOSTILE =
  "# Heading\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> | a | b | **bold** " +
  "=1+2\r\n---\n> quote\n- item\n1. one\n```js\n<https://evil.example> www.evil.example " +
  "mail@evil.example &copy; ~~s~~ `c` ![i](x) [^1] $x$ :smile: <!-- c -->";

describe("hostile text", () => {
  const { state } = buildRoom({ text: (slot) => `${HOSTILE} ${slot}` });
  const markdown = renderRoomMarkdown(state, { now: NOW });
  const tokens = lex(markdown);
  const expected = (slot: string) => foldText(`${HOSTILE} ${slot}`);

  it("yields no html, links, images or code", () => {
    const types = new Set(allTokens(tokens).map((token) => token.type));
    for (const type of ["html", "link", "image", "codespan", "code", "blockquote", "hr"]) {
      expect(types.has(type)).toBe(false);
    }
  });

  it("keeps exactly the expected headings, each on one line", () => {
    const outline = headings(tokens);
    expect(outline.map((h) => h.depth)).toEqual(expectedLevels(state, 2));
    expect(outline[0]?.text).toBe(expected("room.title"));
    expect(outline.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(
      ["api", "language", "database"].map((id) => expected(`decision.${id}.title`)),
    );
    expect(outline.map((h) => h.text)).toContain(expected("option.api.trpc"));
  });

  it("shows the original text as plain text wherever it appears", () => {
    const texts = allTokens(tokens).map(plainText);
    const slots = [
      "decision.api.context",
      "participant.chen",
      "criterion.ecosystem",
      "rationale.api",
      "annotation.a3",
      "reply.r2",
    ];
    for (const slot of slots) {
      expect(texts.some((text) => text.includes(expected(slot)))).toBe(true);
    }
  });
});

describe("generated text", () => {
  it("never changes the record's outline", () => {
    const text = fc.string({ unit: "binary", maxLength: 30 });
    fc.assert(
      fc.property(fc.func(text), (generate) => {
        // Labels get their slot appended so that they stay distinct, as the rules demand.
        const { state } = buildRoom({
          text: (slot) =>
            slot.startsWith("option.") ? `${generate(slot)} ${slot}` : generate(slot),
        });
        const tokens = lex(renderRoomMarkdown(state));
        const types = allTokens(tokens).map((token) => token.type);
        expect(types.filter((type) => ["html", "link", "image"].includes(type))).toEqual([]);
        expect(headings(tokens).map((h) => h.depth)).toEqual(expectedLevels(state, 2));
      }),
      { numRuns: 200 },
    );
    // 200 generated records take ~2 s alone; a loaded 2-core machine needs more than 5 s.
  }, 30_000);
});
