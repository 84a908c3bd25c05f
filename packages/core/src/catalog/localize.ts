// The catalog and templates in the reader's language. English is the source; a language
// without a text for an entry shows the English one.
import { TECHNOLOGY_TEXT_DE } from "./technologies.de.ts";
import { CRITERION_NAMES_DE, TEMPLATE_TEXT_DE } from "./templates.de.ts";
import type { Technology, Template } from "./types.ts";

/** Languages the catalog and templates are written in. */
export type CatalogLanguage = "en" | "de";

/** The fact card with its prose in `language`; name, licence, year and source unchanged. */
export function localizeTechnology(technology: Technology, language: CatalogLanguage): Technology {
  const text = language === "de" ? TECHNOLOGY_TEXT_DE[technology.id] : undefined;
  return text ? { ...technology, ...text } : technology;
}

/**
 * The template with its name, description, criteria names, decision titles and contexts
 * in `language`. Ids, weights, modes and options are unchanged, so a room seeded from it
 * differs from the English one only in words.
 */
export function localizeTemplate(template: Template, language: CatalogLanguage): Template {
  if (language !== "de") return template;
  const text = TEMPLATE_TEXT_DE[template.id];
  return {
    ...template,
    name: text?.name ?? template.name,
    description: text?.description ?? template.description,
    criteria: template.criteria.map((criterion) => ({
      ...criterion,
      name: CRITERION_NAMES_DE[criterion.id] ?? criterion.name,
    })),
    decisions: template.decisions.map((decision) => ({
      ...decision,
      ...text?.decisions[decision.id],
    })),
  };
}
