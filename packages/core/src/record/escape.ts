// Makes user text inert inside Markdown. Every field a participant typed goes through
// here before it reaches a record, so a title like "# x" or "[x](javascript:...)" stays
// text in any CommonMark/GFM renderer (GitHub, GitLab, IDE previews), while "backend.",
// "in-house" or "C#/.NET" stay as typed: a record is meant to be read next to the code.
import { toMarkdown, type Unsafe } from "mdast-util-to-markdown";

// Lone UTF-16 halves cannot be written as UTF-8; files would carry U+FFFD anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Any run of whitespace (Unicode-wide, incl. line and paragraph separators) or control
// characters: a field must stay on its line, and renderers trim or fold these anyway.
const FOLDABLE = /[\s\p{Cc}]+/gu;

/**
 * The plain text a record shows for `text`: whitespace and control runs folded to one
 * space, trimmed, lone surrogates replaced. Rendering the escaped text yields exactly this.
 */
export function foldText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(FOLDABLE, " ").trim();
}

// mdast-util-to-markdown knows CommonMark: it escapes a character only where it would
// start structure (emphasis, code, links, HTML, entities, and at a line start headings,
// lists, quotes, setext underlines). These add what a GFM renderer reads on top, and the
// places our records put user text:
const GFM_AND_RECORD: Unsafe[] = [
  // GFM autolink literals (the patterns of mdast-util-gfm-autolink-literal): e-mail "@",
  // the "." of "www.", the ":" of "http://".
  { character: "@", before: "[+\\-.\\w]", after: "[\\-.\\w]" },
  { character: ".", before: "[Ww]", after: "[\\-.\\w]" },
  { character: ":", before: "[ps]", after: "\\/" },
  // GFM strikethrough takes one tilde as well as two.
  { character: "~" },
  // Records build table rows by hand: a pipe would split a cell, anywhere.
  { character: "|" },
  // An ATX heading drops a closing run of "#" after a space ("## Use C #").
  { character: "#", before: "[ \\t]", after: "#*(?:[\\r\\n]|$)" },
  // GitHub renders $…$ as math and :name: as an emoji.
  { character: "$" },
  { character: ":", after: "[\\w+-]+:" },
];

/**
 * Escapes `text` for use as inline Markdown: paragraphs, headings, list items and GFM
 * table cells, at the start of a line or after other text (folding keeps a field on one
 * line). Only characters that would change the rendering are escaped.
 */
export function escapeMarkdownInline(text: string): string {
  const value = foldText(text);
  if (value === "") return "";
  const markdown = toMarkdown(
    { type: "paragraph", children: [{ type: "text", value }] },
    { unsafe: GFM_AND_RECORD },
  );
  return markdown.endsWith("\n") ? markdown.slice(0, -1) : markdown;
}
