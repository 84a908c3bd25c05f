// Makes user text inert inside Markdown. Every field a participant typed goes through
// here before it reaches a record, so a title like "# x" or "[x](javascript:...)" stays
// text in any CommonMark/GFM renderer (GitHub, GitLab, IDE previews).

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

// HTML-significant characters become entities: no raw HTML, no <autolink>, and a typed
// "&copy;" stays literal instead of turning into a symbol.
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

// ASCII punctuation that can start or shape Markdown structure in CommonMark, GFM or
// common extensions: emphasis, code, links/images, headings, lists, block quotes, tables,
// strikethrough, setext underlines, attributes, footnotes, math ($), GFM autolinks
// (":" of schemes, "." of www. domains, "@" of e-mail addresses) and emoji shortcodes.
// Escaped wherever it appears, so the result is safe at the start of a line as well.
const SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|~=:$@^&<>]/g;

/**
 * Escapes `text` for use as inline Markdown: paragraphs, headings, list items and GFM
 * table cells (an escaped `\|` never splits a cell, and folding keeps a row on one line).
 */
export function escapeMarkdownInline(text: string): string {
  return foldText(text).replace(SIGNIFICANT, (char) => ENTITIES[char] ?? `\\${char}`);
}
