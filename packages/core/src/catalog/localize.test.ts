import { describe, expect, it } from "vitest";
import {
  findTechnology,
  localizeTechnology,
  localizeTemplate,
  TECHNOLOGIES,
  TEMPLATES,
} from "./index.ts";

describe("the catalog in German", () => {
  it("has the prose of every card, as many points as in English, within the same limits", () => {
    const markdown = /[`*_]|\]\(|^\s*[-#>]/;
    for (const technology of TECHNOLOGIES) {
      const german = localizeTechnology(technology, "de");
      const where = technology.id;
      expect(german.summary, where).not.toBe(technology.summary);
      expect(german.strengths, where).toHaveLength(technology.strengths.length);
      expect(german.weaknesses, where).toHaveLength(technology.weaknesses.length);
      expect(german.summary.length, where).toBeLessThanOrEqual(160);
      for (const text of [german.summary, ...german.strengths, ...german.weaknesses]) {
        expect(text, where).not.toMatch(markdown);
        expect(text, where).toBe(text.trim());
      }
      for (const text of [...german.strengths, ...german.weaknesses]) {
        expect(text.length, where).toBeLessThanOrEqual(100);
      }
    }
  });

  it("keeps names, licences, years and sources", () => {
    const postgres = findTechnology("postgresql");
    if (!postgres) throw new Error("postgresql is in the catalog");
    const german = localizeTechnology(postgres, "de");
    const { summary, strengths, weaknesses, ...facts } = german;
    const { summary: _s, strengths: _g, weaknesses: _w, ...englishFacts } = postgres;
    expect(facts).toEqual(englishFacts);
    expect(localizeTechnology(postgres, "en")).toBe(postgres);
  });

  it("keeps a fact card with a source for every technology a template seeds", () => {
    for (const template of TEMPLATES) {
      for (const decision of template.decisions) {
        for (const option of decision.options) {
          const technology = option.catalogId ? findTechnology(option.catalogId) : undefined;
          expect(technology?.source, option.id).toMatch(/^https:\/\//);
        }
      }
    }
  });
});

describe("templates in German", () => {
  it("translate every name, description, criterion, decision title and context", () => {
    for (const template of TEMPLATES) {
      const german = localizeTemplate(template, "de");
      expect(german.name, template.id).not.toBe(template.name);
      expect(german.description, template.id).not.toBe(template.description);
      german.criteria.forEach((criterion, index) => {
        expect(criterion.name, criterion.id).not.toBe(template.criteria[index]?.name);
      });
      german.decisions.forEach((decision, index) => {
        const english = template.decisions[index];
        expect(decision.context, decision.id).not.toBe(english?.context);
        // "Cache" is German too; every other title changes.
        if (english?.title !== "Cache")
          expect(decision.title, decision.id).not.toBe(english?.title);
      });
    }
  });

  it("change words only: ids, weights, modes and options stay", () => {
    for (const template of TEMPLATES) {
      const german = localizeTemplate(template, "de");
      expect(german.criteria.map(({ id, weight }) => ({ id, weight }))).toEqual(
        template.criteria.map(({ id, weight }) => ({ id, weight })),
      );
      expect(german.decisions.map(({ id, mode, options }) => ({ id, mode, options }))).toEqual(
        template.decisions.map(({ id, mode, options }) => ({ id, mode, options })),
      );
    }
    expect(localizeTemplate(TEMPLATES[0] as (typeof TEMPLATES)[0], "en")).toBe(TEMPLATES[0]);
  });
});
