// The built-in technology catalog and board templates, with lookup and search.
import { TECHNOLOGIES } from "./technologies.ts";
import { TEMPLATES } from "./templates.ts";
import type { Technology, TechnologyCategory, Template } from "./types.ts";

export { decisionCategories } from "./categories.ts";
export { type CatalogLanguage, localizeTechnology, localizeTemplate } from "./localize.ts";
export { TECHNOLOGIES } from "./technologies.ts";
export { TEMPLATES } from "./templates.ts";
export type { Technology, TechnologyCategory, TechnologyText, Template } from "./types.ts";

/** Display labels for the technology categories, in display order. */
export const TECHNOLOGY_CATEGORIES: Readonly<Record<TechnologyCategory, string>> = {
  "api-style": "API style",
  language: "Language",
  runtime: "Runtime",
  framework: "Framework",
  database: "Database",
  cache: "Cache",
  "message-broker": "Message broker",
  "search-engine": "Search engine",
  auth: "Authentication",
  "client-interaction": "Client interaction",
  markup: "Markup",
};

const technologiesById = new Map(TECHNOLOGIES.map((technology) => [technology.id, technology]));
const templatesById = new Map(TEMPLATES.map((template) => [template.id, template]));

export function findTechnology(id: string): Technology | undefined {
  return technologiesById.get(id);
}

export function findTemplate(id: string): Template | undefined {
  return templatesById.get(id);
}

// Shorter queries match too much prose ("js" is in every "JSON").
const MIN_SUMMARY_QUERY = 3;

/**
 * Technologies matching `query` (case-insensitive, surrounding whitespace ignored) in
 * their name, id, category (id or label) or, from three characters on, summary. An empty
 * query returns the whole catalog. Name-prefix matches come first, then the other
 * matches; within each group the catalog order is kept.
 *
 * With `categories` (what the decision is about, see `decisionCategories`), those
 * categories are searched as above and come first; from the rest of the catalog only a
 * name or id that starts with the query is offered, so "js" in an API-style decision does
 * not offer a database whose summary mentions JSON. Always returns a new array.
 */
export function searchCatalog(
  query: string,
  categories: readonly TechnologyCategory[] = [],
): Technology[] {
  const needle = query.trim().toLowerCase();
  if (categories.length === 0) return matching(TECHNOLOGIES, needle);
  const wanted = new Set(categories);
  const inside = TECHNOLOGIES.filter((technology) => wanted.has(technology.category));
  const outside = TECHNOLOGIES.filter((technology) => !wanted.has(technology.category));
  const named = (technology: Technology) =>
    technology.name.toLowerCase().startsWith(needle) || technology.id.startsWith(needle);
  return [...matching(inside, needle), ...(needle === "" ? outside : outside.filter(named))];
}

function matching(technologies: readonly Technology[], needle: string): Technology[] {
  if (needle === "") return [...technologies];
  const prefixed: Technology[] = [];
  const others: Technology[] = [];
  for (const technology of technologies) {
    const name = technology.name.toLowerCase();
    if (name.startsWith(needle)) {
      prefixed.push(technology);
      continue;
    }
    const haystacks = [
      name,
      technology.id,
      technology.category,
      TECHNOLOGY_CATEGORIES[technology.category].toLowerCase(),
    ];
    if (needle.length >= MIN_SUMMARY_QUERY) haystacks.push(technology.summary.toLowerCase());
    if (haystacks.some((text) => text.includes(needle))) others.push(technology);
  }
  return [...prefixed, ...others];
}
