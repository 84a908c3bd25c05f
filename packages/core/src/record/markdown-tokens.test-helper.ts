// Test helper (not collected as a test, never imported by the domain): inspects what a
// CommonMark/GFM renderer (marked) makes of a record.
import { marked, type Token } from "marked";

interface Node {
  type: string;
  text?: string;
  tokens?: unknown[];
  depth?: number;
}

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** Every token at any depth: nested inline tokens, list items, table cells' tokens. */
export function allTokens(root: unknown): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === "object" && value !== null) {
      if (isNode(value)) found.push(value);
      for (const [key, child] of Object.entries(value)) if (key !== "links") visit(child);
    }
  };
  visit(root);
  return found;
}

/** Decodes the character references marked leaves in text (one pass, like a browser). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** The plain text a token renders to: its text leaves and escapes, entities decoded. */
export function plainText(token: unknown): string {
  if (typeof token !== "object" || token === null) return "";
  // Table cells carry `tokens` but no `type`.
  const node = token as Partial<Node>;
  if (Array.isArray(node.tokens)) return node.tokens.map(plainText).join("");
  return node.type === "text" || node.type === "escape" ? decodeEntities(node.text ?? "") : "";
}

export const lex = (markdown: string): Token[] => marked.lexer(markdown);

/** Types that would mean user text turned into structure or markup. */
export const FORBIDDEN_INLINE = ["link", "image", "html", "em", "strong", "codespan", "del", "br"];

/** Headings at any depth (a heading smuggled into a list item would count too). */
export function headings(root: unknown): { depth: number; text: string }[] {
  return allTokens(root)
    .filter((token) => token.type === "heading")
    .map((token) => ({ depth: token.depth ?? 0, text: plainText(token) }));
}
