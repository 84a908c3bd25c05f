// The built-in technology catalog and board templates, with lookup and search.
import { TECHNOLOGIES } from "./technologies.ts";
import { TEMPLATES } from "./templates.ts";
import type { Technology, TechnologyCategory, Template } from "./types.ts";

export { TECHNOLOGIES } from "./technologies.ts";
export { TEMPLATES } from "./templates.ts";
export type { Technology, TechnologyCategory, Template } from "./types.ts";

/** Display labels for the technology categories, in display order. */
export const TECHNOLOGY_CATEGORIES: Readonly<Record<TechnologyCategory, string>> = {
  "api-style": "API style",
  language: "Language",
  runtime: "Runtime",
  framework: "Framework",
  database: "Database",
  cache: "Cache",
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

/**
 * Technologies matching `query` (case-insensitive, surrounding whitespace ignored) in
 * their name, id, category (id or label) or summary. An empty query returns the whole
 * catalog. Name-prefix matches come first, then the other matches; within each group the
 * catalog order is kept. Always returns a new array.
 */
export function searchCatalog(query: string): Technology[] {
  const needle = query.trim().toLowerCase();
  if (needle === "") return [...TECHNOLOGIES];
  const prefixed: Technology[] = [];
  const others: Technology[] = [];
  for (const technology of TECHNOLOGIES) {
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
      technology.summary.toLowerCase(),
    ];
    if (haystacks.some((text) => text.includes(needle))) others.push(technology);
  }
  return [...prefixed, ...others];
}
