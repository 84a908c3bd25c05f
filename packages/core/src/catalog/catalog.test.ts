import { describe, expect, it } from "vitest";
import { LIMITS } from "../limits.ts";
import {
  decisionCategories,
  findTechnology,
  findTemplate,
  searchCatalog,
  TECHNOLOGIES,
  TECHNOLOGY_CATEGORIES,
  TEMPLATES,
} from "./index.ts";

const TECHNOLOGY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SEED_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const REQUIRED_IDS = [
  "rest",
  "nodejs",
  "mongodb",
  "javascript-ajax",
  "html5",
  "php",
  "python",
  "ruby-on-rails",
  "graphql",
  "grpc",
  "go",
  "spring-boot",
  "dotnet",
  "django",
  "fastapi",
  "laravel",
  "express",
  "postgresql",
  "mysql",
  "sqlite",
  "redis",
  "websockets",
  "sse",
];

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe("technology catalog", () => {
  it("includes every required technology", () => {
    const missing = REQUIRED_IDS.filter((id) => findTechnology(id) === undefined);
    expect(missing).toEqual([]);
  });

  it("has unique, well-formed ids", () => {
    const ids = TECHNOLOGIES.map((technology) => technology.id);
    expect(duplicates(ids)).toEqual([]);
    for (const id of ids) expect(id).toMatch(TECHNOLOGY_ID);
  });

  it("has unique names", () => {
    expect(duplicates(TECHNOLOGIES.map((technology) => technology.name.toLowerCase()))).toEqual([]);
  });

  it("has complete, short, plain-text fact cards", () => {
    const markdown = /[`*_]|\]\(|^\s*[-#>]/;
    for (const technology of TECHNOLOGIES) {
      const where = technology.id;
      expect(technology.name.trim(), where).not.toBe("");
      expect(technology.name.length, where).toBeLessThanOrEqual(LIMITS.labelLength);
      expect(technology.licence.trim(), where).not.toBe("");
      expect(Object.keys(TECHNOLOGY_CATEGORIES), where).toContain(technology.category);
      expect(Number.isInteger(technology.firstRelease), where).toBe(true);
      expect(technology.firstRelease, where).toBeGreaterThanOrEqual(1990);
      expect(technology.firstRelease, where).toBeLessThanOrEqual(2026);
      expect(technology.summary.length, where).toBeGreaterThan(0);
      expect(technology.summary.length, where).toBeLessThanOrEqual(160);
      expect(technology.strengths.length, where).toBeGreaterThanOrEqual(3);
      expect(technology.strengths.length, where).toBeLessThanOrEqual(4);
      expect(technology.weaknesses.length, where).toBeGreaterThanOrEqual(2);
      expect(technology.weaknesses.length, where).toBeLessThanOrEqual(4);
      for (const text of [technology.summary, ...technology.strengths, ...technology.weaknesses]) {
        expect(text, where).not.toMatch(markdown);
        expect(text, where).toBe(text.trim());
      }
      for (const text of [...technology.strengths, ...technology.weaknesses]) {
        expect(text.length, where).toBeGreaterThan(0);
        expect(text.length, where).toBeLessThanOrEqual(100);
      }
    }
  });

  it("gives every card a source and the day it was checked", () => {
    for (const technology of TECHNOLOGIES) {
      const where = technology.id;
      expect(new URL(technology.source).protocol, where).toBe("https:");
      expect(technology.asOf, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${technology.asOf}T00:00:00Z`).toISOString().slice(0, 10), where).toBe(
        technology.asOf,
      );
    }
  });

  it("covers message brokers, caches, search engines and auth providers", () => {
    const named = (category: string) =>
      TECHNOLOGIES.filter((technology) => technology.category === category).map((t) => t.name);
    expect(named("message-broker")).toEqual(
      expect.arrayContaining(["Apache Kafka", "RabbitMQ", "NATS"]),
    );
    expect(named("cache")).toEqual(expect.arrayContaining(["Redis", "Memcached", "Valkey"]));
    expect(named("search-engine")).toEqual(
      expect.arrayContaining(["Elasticsearch", "OpenSearch", "Meilisearch"]),
    );
    expect(named("auth")).toEqual(expect.arrayContaining(["Keycloak", "Auth0"]));
  });

  it("labels every category that is used", () => {
    for (const technology of TECHNOLOGIES) {
      expect(TECHNOLOGY_CATEGORIES[technology.category]).toBeTruthy();
    }
  });

  it("finds technologies by id", () => {
    expect(findTechnology("postgresql")?.name).toBe("PostgreSQL");
    expect(findTechnology("nope")).toBeUndefined();
  });
});

describe("searchCatalog", () => {
  it("returns the whole catalog for an empty or blank query", () => {
    expect(searchCatalog("")).toEqual([...TECHNOLOGIES]);
    expect(searchCatalog("   ")).toEqual([...TECHNOLOGIES]);
  });

  it("returns a fresh array", () => {
    const all = searchCatalog("");
    all.pop();
    expect(searchCatalog("")).toHaveLength(TECHNOLOGIES.length);
  });

  it("puts name-prefix matches first", () => {
    expect(searchCatalog("post")[0]?.id).toBe("postgresql");
    expect(searchCatalog("POST")[0]?.id).toBe("postgresql");
  });

  it("orders name-prefix matches before other matches, keeping catalog order", () => {
    // "Go" is a name prefix; "django" and "mongodb" only contain "go" in their id.
    const ids = searchCatalog("go").map((technology) => technology.id);
    expect(ids[0]).toBe("go");
    expect(ids).toContain("django");
    expect(ids).toContain("mongodb");
    const others = ids.slice(1);
    const catalogOrder = TECHNOLOGIES.map((technology) => technology.id).filter((id) =>
      others.includes(id),
    );
    expect(others).toEqual(catalogOrder);
  });

  it("matches the category case-insensitively", () => {
    const results = searchCatalog("DATABASE");
    const databases = TECHNOLOGIES.filter((technology) => technology.category === "database");
    for (const database of databases) expect(results).toContain(database);
    expect(results.length).toBeGreaterThanOrEqual(databases.length);
  });

  it("matches the category label", () => {
    const ids = searchCatalog("client interaction").map((technology) => technology.id);
    expect(ids).toEqual(
      expect.arrayContaining(["javascript-ajax", "websockets", "sse", "long-polling"]),
    );
  });

  it("matches ids and summaries", () => {
    expect(searchCatalog("ruby-on-rails").map((technology) => technology.id)).toContain(
      "ruby-on-rails",
    );
    expect(searchCatalog("protocol buffers").map((technology) => technology.id)).toEqual(["grpc"]);
  });

  it("does not match prose with a query under three characters", () => {
    expect(searchCatalog("js").map((technology) => technology.id)).not.toContain("postgresql");
    expect(searchCatalog("js").map((technology) => technology.id)).toContain("nodejs");
  });

  it("offers the decision's categories first, and from elsewhere only names that start so", () => {
    const ids = (query: string) =>
      searchCatalog(query, ["api-style"]).map((technology) => technology.id);
    expect(ids("js")).toEqual([]);
    expect(ids("")).toHaveLength(TECHNOLOGIES.length);
    expect(ids("").slice(0, 4)).toEqual(["rest", "graphql", "grpc", "trpc"]);
    expect(ids("rpc")).toEqual(["grpc", "trpc"]);
    // A name typed on purpose is still found in another category.
    expect(ids("post")).toEqual(["postgresql"]);
    expect(searchCatalog("queue", ["message-broker"]).map((t) => t.id)).toEqual(
      expect.arrayContaining(["rabbitmq", "amazon-sqs"]),
    );
  });

  it("returns nothing for an unknown term", () => {
    expect(searchCatalog("zzzz-not-a-technology")).toEqual([]);
  });
});

describe("templates", () => {
  it("have unique, well-formed ids", () => {
    const ids = TEMPLATES.map((template) => template.id);
    expect(duplicates(ids)).toEqual([]);
    for (const id of ids) expect(id).toMatch(TECHNOLOGY_ID);
    expect(ids).toEqual(expect.arrayContaining(["web-backend", "empty"]));
  });

  it("fit the domain limits", () => {
    for (const template of TEMPLATES) {
      expect(template.name.length).toBeLessThanOrEqual(LIMITS.titleLength);
      expect(template.description.trim()).not.toBe("");
      expect(template.criteria.length).toBeLessThanOrEqual(LIMITS.criteria);
      expect(template.decisions.length).toBeLessThanOrEqual(LIMITS.decisions);
      for (const decision of template.decisions) {
        expect(decision.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
        expect(decision.context.trim()).not.toBe("");
        expect(decision.context.length).toBeLessThanOrEqual(LIMITS.contextLength);
        expect(decision.options.length).toBeGreaterThanOrEqual(2);
        expect(decision.options.length).toBeLessThanOrEqual(LIMITS.optionsPerDecision);
        expect(["pick", "dots", "score"]).toContain(decision.mode);
      }
    }
  });

  it("have unique, well-formed criterion, decision and option ids", () => {
    for (const template of TEMPLATES) {
      const criterionIds = template.criteria.map((criterion) => criterion.id);
      expect(duplicates(criterionIds), template.id).toEqual([]);
      for (const id of criterionIds) expect(id).toMatch(SEED_ID);

      const decisionIds = template.decisions.map((decision) => decision.id);
      expect(duplicates(decisionIds), template.id).toEqual([]);
      for (const id of decisionIds) expect(id).toMatch(SEED_ID);

      for (const decision of template.decisions) {
        const optionIds = decision.options.map((option) => option.id);
        expect(duplicates(optionIds), `${template.id}/${decision.id}`).toEqual([]);
        for (const id of optionIds) expect(id).toMatch(SEED_ID);
      }
    }
  });

  it("have criteria with names and weights in 0..1", () => {
    for (const template of TEMPLATES) {
      for (const criterion of template.criteria) {
        expect(criterion.name.trim()).not.toBe("");
        expect(criterion.name.length).toBeLessThanOrEqual(LIMITS.nameLength);
        expect(Number.isFinite(criterion.weight)).toBe(true);
        expect(criterion.weight).toBeGreaterThanOrEqual(0);
        expect(criterion.weight).toBeLessThanOrEqual(1);
      }
    }
  });

  it("reference existing catalog entries, labelled with their names", () => {
    for (const template of TEMPLATES) {
      for (const decision of template.decisions) {
        for (const option of decision.options) {
          expect(option.label.length).toBeLessThanOrEqual(LIMITS.labelLength);
          if (option.catalogId === null) continue;
          const technology = findTechnology(option.catalogId);
          expect(technology, `${template.id}/${decision.id}/${option.id}`).toBeDefined();
          expect(option.label).toBe(technology?.name);
        }
      }
    }
  });

  it("offer a web backend board with the four classic decisions", () => {
    const template = findTemplate("web-backend");
    expect(template?.name).toBe("Web backend");
    expect(template?.decisions.map((decision) => decision.title)).toEqual([
      "API style",
      "Language and runtime",
      "Database",
      "Client interaction",
    ]);
    const modes = new Set(template?.decisions.map((decision) => decision.mode));
    expect(modes).toEqual(new Set(["pick", "dots", "score"]));
    const optionsOf = (id: string) =>
      template?.decisions.find((decision) => decision.id === id)?.options.map((o) => o.catalogId);
    expect(optionsOf("api-style")).toEqual(expect.arrayContaining(["rest", "graphql", "grpc"]));
    expect(optionsOf("language-runtime")).toEqual(
      expect.arrayContaining(["nodejs", "python", "php", "go", "spring-boot"]),
    );
    expect(optionsOf("database")).toEqual(
      expect.arrayContaining(["postgresql", "mongodb", "mysql"]),
    );
    expect(optionsOf("client-interaction")).toEqual(
      expect.arrayContaining(["javascript-ajax", "websockets", "sse", "html5"]),
    );
    expect(template?.criteria.map((criterion) => criterion.id)).toEqual(
      expect.arrayContaining(["team-familiarity", "performance", "ecosystem", "hosting-cost"]),
    );
  });

  it("offer an empty board without decisions", () => {
    const template = findTemplate("empty");
    expect(template?.name).toBe("Empty board");
    expect(template?.decisions).toEqual([]);
  });

  it("find nothing for an unknown id", () => {
    expect(findTemplate("nope")).toBeUndefined();
  });
});

describe("decisionCategories", () => {
  const decision = (title: string, catalogIds: (string | null)[] = []) => ({
    title,
    options: catalogIds.map((catalogId) => ({ catalogId })),
  });

  it("is the categories of the decision's catalog options", () => {
    expect(decisionCategories(decision("Whatever", ["rest", "graphql", null]))).toEqual([
      "api-style",
    ]);
    expect(decisionCategories(decision("Language and runtime", ["nodejs", "python"]))).toEqual([
      "runtime",
      "language",
    ]);
  });

  it("falls back to what the title names, in English or German", () => {
    expect(decisionCategories(decision("Message queue"))).toEqual(["message-broker"]);
    expect(decisionCategories(decision("Suche"))).toEqual(["search-engine"]);
    expect(decisionCategories(decision("Login and identity"))).toEqual(["auth"]);
    expect(decisionCategories(decision("Datenbank", [null]))).toEqual(["database"]);
    expect(decisionCategories(decision("Team lunch"))).toEqual([]);
  });
});
