// Exports are inert: hostile text in every user field, plus 1,000 generated strings,
// produce Markdown with no live link, no HTML and no structure of their own, and the
// text comes back as text.
import { foldText } from "@stackboard/core";
import fc from "fast-check";
import { marked } from "marked";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, createRoom } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";
import { TestClient } from "../testing/test-client.ts";

const HOSTILE = [
  '=HYPERLINK("http://evil.test","x")',
  "+SUM(A1:A9)",
  "-2+3",
  "@cmd",
  "[click](javascript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "# Heading injection",
  "| a | b |\n| - | - |",
  "**bold** _em_ `code`",
  "https://evil.test/autolink",
  "<https://evil.test>",
  "![img](https://evil.test/x.png)",
  "line one\n\n## Fake section",
];

let server: TestNode;
beforeAll(async () => {
  server = await startNode({
    COMMANDS_PER_SECOND: "1000000",
    COMMANDS_PER_SECOND_PER_IP: "1000000",
  });
});
afterAll(async () => {
  await server.dispose();
});

/** Plain text of rendered HTML: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("export injection", () => {
  it("keeps hostile and generated text inert in the Markdown record", async () => {
    const room = await createRoom(server.url, "=1+2 <b>room</b> [x](javascript:alert(1))");
    const fran = new TestClient(server.url, room.roomId);
    await fran.mustJoin({ name: "<img src=x onerror=1>", facilitatorKey: room.facilitatorKey });
    await fran.must({
      type: "decision.add",
      decisionId: "d1",
      title: "# Database | injected",
      context: HOSTILE.join("\n"),
    });
    await fran.must({
      type: "criterion.add",
      criterionId: "c1",
      name: "[w](javascript:x)",
      weight: 0.5,
    });
    for (const [index, label] of HOSTILE.entries()) {
      await fran.must({
        type: "option.add",
        decisionId: "d1",
        optionId: `o${index}`,
        label: label.slice(0, 80).replace(/\n/g, " "),
        catalogId: null,
      });
    }
    const generated = fc.sample(fc.string({ minLength: 1, maxLength: 200, unit: "grapheme" }), {
      numRuns: 1_000,
      seed: 42,
    });
    const accepted: string[] = [];
    for (const [index, text] of [...HOSTILE, ...generated].entries()) {
      const result = await fran.command({
        type: "annotation.add",
        annotationId: `n${index}`,
        decisionId: "d1",
        optionId: `o${index % HOSTILE.length}`,
        kind: (["pro", "con", "risk", "question"] as const)[index % 4] ?? "pro",
        text,
      });
      // The wire refuses empty-after-trim text and control characters; the rest is stored.
      if (result.ok) accepted.push(text);
    }

    const markdown = await (
      await apiFetch(`${server.url}/api/rooms/${room.roomId}/export.md`)
    ).text();
    const tokens = marked.lexer(markdown);
    const kinds = new Set<string>();
    marked.walkTokens(tokens, (token) => {
      kinds.add(token.type);
    });
    const html = await marked.parse(markdown);
    const plain = textOf(html);
    const missing = accepted.filter((text) => !plain.includes(foldText(text)));
    const figures = {
      strings: HOSTILE.length + generated.length,
      stored: accepted.length,
      links: (html.match(/<a /g) ?? []).length,
      images: (html.match(/<img/g) ?? []).length,
      rawHtmlTokens: kinds.has("html") ? 1 : 0,
      roundTripMissing: missing.length,
    };
    console.log(`export injection: ${JSON.stringify(figures)}`);
    expect(kinds.has("link")).toBe(false);
    expect(kinds.has("image")).toBe(false);
    expect(kinds.has("html")).toBe(false);
    expect(figures.links).toBe(0);
    expect(figures.images).toBe(0);
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src)=/i);
    // Headings are only the record's own: one per section, none from user text.
    const headings = tokens
      .filter((token) => token.type === "heading")
      .map((token) => ("text" in token ? String(token.text) : ""));
    expect(
      headings.some(
        (heading) => heading.startsWith("Heading injection") || heading.startsWith("Fake section"),
      ),
    ).toBe(false);
    expect(accepted.length).toBeGreaterThan(900);
    expect(missing).toEqual([]);
    fran.close();
  }, 120_000);
});
