// What a decision is about, as catalog categories: the search offers those first.
import { TECHNOLOGIES } from "./technologies.ts";
import type { TechnologyCategory } from "./types.ts";

const categoryById = new Map(
  TECHNOLOGIES.map((technology) => [technology.id, technology.category]),
);

// Words in a decision's title (English and German) that name a category. Checked in this
// order; the first that matches wins, so "API gateway cache" is about caching.
const TITLE_WORDS: readonly [TechnologyCategory, RegExp][] = [
  ["cache", /\bcach/i],
  ["message-broker", /queue|broker|messag|event bus|warteschlange|nachricht/i],
  ["search-engine", /search|\bsuche/i],
  ["auth", /\bauth|login|identit|sign-in|anmeld/i],
  ["database", /database|datenbank|data store|datenspeicher|\bstorage|persisten/i],
  ["api-style", /\bapi\b|schnittstelle/i],
  ["client-interaction", /client|realtime|real-time|echtzeit|transport/i],
  ["framework", /framework/i],
  ["runtime", /runtime|laufzeit/i],
  ["language", /language|sprache/i],
  ["markup", /markup|\bhtml/i],
];

export interface CategorizedDecision {
  title: string;
  options: readonly { catalogId: string | null }[];
}

/**
 * The categories of the decision's catalog options, in catalog order of first use; a
 * decision with none yet is about the category its title names, if any.
 */
export function decisionCategories(decision: CategorizedDecision): TechnologyCategory[] {
  const found = new Set<TechnologyCategory>();
  for (const option of decision.options) {
    const category = option.catalogId === null ? undefined : categoryById.get(option.catalogId);
    if (category !== undefined) found.add(category);
  }
  if (found.size > 0) return [...found];
  const named = TITLE_WORDS.find(([, words]) => words.test(decision.title));
  return named ? [named[0]] : [];
}
