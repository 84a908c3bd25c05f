import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeMarkdownInline, foldText } from "./escape.ts";
import {
  allTokens,
  decodeEntities,
  FORBIDDEN_INLINE,
  lex,
  plainText,
} from "./markdown-tokens.test-helper.ts";

const HOSTILE = [
  "# Heading",
  "[x](javascript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "| a | b |",
  "**bold** __b__ *em* _em_",
  "=1+2",
  "line\r\nbreak\n\n---\n===",
  "> quote",
  "- item",
  "1. one",
  "```js",
  "~~~",
  "<https://evil.example>",
  "www.evil.example",
  "http://evil.example/x",
  "mail@evil.example",
  "&copy; &amp; &#60;",
  "\\* \\",
  "~~gone~~",
  "`code`",
  "![i](x)",
  "[^1]: note",
  "[ref]: http://x",
  "$x^2$",
  ":smile:",
  "<!-- comment -->",
  "    indented",
];

describe("foldText", () => {
  it("folds whitespace and control runs to one space and trims", () => {
    expect(foldText("  a\r\n\tb\u0000\u0007c\u2028d\u00a0 e  ")).toBe("a b c d e");
  });

  it("replaces lone surrogates but keeps pairs", () => {
    expect(foldText("x\uD800y\uDC00z 😀")).toBe("x\uFFFDy\uFFFDz 😀");
  });
});

describe("escapeMarkdownInline", () => {
  it("escapes what would start a link, HTML or a heading", () => {
    expect(escapeMarkdownInline("[x](javascript:alert(1))")).toBe("\\[x]\\(javascript:alert(1))");
    expect(escapeMarkdownInline("<b> & </b>")).toBe("\\<b> & \\</b>");
    expect(escapeMarkdownInline("# a\nb")).toBe("\\# a b");
  });

  it("leaves plain words alone", () => {
    expect(escapeMarkdownInline("Team familiarity, it's fine?")).toBe(
      "Team familiarity, it's fine?",
    );
  });

  it.each([
    "backend.",
    "in-house",
    "C#/.NET",
    "Node.js (v22) + TypeScript: 50% faster!",
    "A read-through cache, e.g. Redis 7.2 = less load",
    "1.5 days",
  ])("keeps %j as typed: escaping it would change nothing", (text) => {
    expect(escapeMarkdownInline(text)).toBe(text);
  });

  it.each(HOSTILE)("keeps %j inert at the start of a line and inline", (text) => {
    for (const markdown of [escapeMarkdownInline(text), `Text ${escapeMarkdownInline(text)}`]) {
      const tokens = lex(markdown);
      expect(tokens.map((token) => token.type)).toEqual(["paragraph"]);
      const types = allTokens(tokens).map((token) => token.type);
      expect(types.filter((type) => !["paragraph", "text", "escape"].includes(type))).toEqual([]);
    }
    expect(plainText(lex(escapeMarkdownInline(text))[0])).toBe(foldText(text));
  });
});

// Pieces that build Markdown structure, so generated strings hit the interesting cases
// far more often than uniformly random characters would.
const PIECES = [
  ..."\\`*_{}[]()#+-.!|~=:$@^&<>\"'/;?%, \n\r\t\u0000\u00a0\u2028aZ9é😀",
  "http://",
  "www.",
  "a@b.co",
  "&amp;",
  "&#x3c;",
  "&copy;",
  "<a href=x>",
  "](",
  "**",
  "__",
  "```",
  "    ",
  "1. ",
  "- ",
  "> ",
  "| --- |",
  "[^x]",
  "<!--",
  "\\",
];

const arbitraries: [string, fc.Arbitrary<string>][] = [
  ["ascii", fc.string()],
  ["binary code points", fc.string({ unit: "binary" })],
  ["graphemes", fc.string({ unit: "grapheme" })],
  ["Markdown pieces", fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 })],
];

/** What `Text <escaped s>` must read as: the prefix, then s as folded plain text. */
const expectedAfterPrefix = (s: string) => `Text ${foldText(s)}`.trimEnd();

describe.each(arbitraries)("escaped text stays text (%s)", (_name, arbitrary) => {
  it("lexes as one paragraph of plain text equal to the folded input", () => {
    fc.assert(
      fc.property(arbitrary, (s) => {
        const tokens = lex(`Text ${escapeMarkdownInline(s)}`);
        expect(tokens.map((token) => token.type)).toEqual(["paragraph"]);
        const types = new Set(allTokens(tokens).map((token) => token.type));
        for (const type of FORBIDDEN_INLINE) expect(types.has(type)).toBe(false);
        expect([...types].every((type) => ["paragraph", "text", "escape"].includes(type))).toBe(
          true,
        );
        // marked keeps a paragraph's trailing space, which no renderer shows.
        expect(plainText(tokens[0]).trimEnd()).toBe(expectedAfterPrefix(s));
      }),
      { numRuns: 500 },
    );
  });

  it("renders to HTML without tags, whose text is the folded input", () => {
    fc.assert(
      fc.property(arbitrary, (s) => {
        const html = marked.parseInline(escapeMarkdownInline(s), { async: false });
        expect(html).not.toContain("<");
        expect(decodeEntities(html)).toBe(foldText(s));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a heading on one line and a table cell in its column", () => {
    fc.assert(
      fc.property(arbitrary, (s) => {
        fc.pre(foldText(s) !== "");
        const [heading, ...rest] = lex(`## ${escapeMarkdownInline(s)}`);
        expect(rest).toEqual([]);
        expect(heading?.type).toBe("heading");
        expect(plainText(heading)).toBe(foldText(s));

        const table = lex(`| A | B |\n| --- | --- |\n| ${escapeMarkdownInline(s)} | end |`);
        expect(table.map((token) => token.type)).toEqual(["table"]);
        const row = (table[0] as { rows?: unknown[][] }).rows?.[0] ?? [];
        expect(row.map(plainText)).toEqual([foldText(s), "end"]);
      }),
      { numRuns: 500 },
    );
  });
});
