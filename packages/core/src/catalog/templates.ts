// Board templates offered when a room is opened. A template seeds the room's criteria and
// decisions (the `room.created` event carries them); everything stays editable afterwards.
//
// Conventions:
// - Catalog options use the technology id as option id and its name as label (the test
//   checks both), so option ids are unique within a decision by construction.
// - Weights are in 0..1. Defaults express a typical emphasis, not a recommendation.
// - Every template has at least one criterion, so a decision switched to "score" mode
//   can be scored straight away. The empty board therefore keeps two neutral criteria
//   (team familiarity and maintainability at 0.5) and no decisions.
import type { CriterionSeed, TemplateDecisionSeed } from "../events.ts";
import type { VotingMode } from "../types.ts";
import { TECHNOLOGIES } from "./technologies.ts";
import type { Template } from "./types.ts";

const namesById = new Map(TECHNOLOGIES.map((technology) => [technology.id, technology.name]));

/** Options for the given catalog ids, labelled with the technology names. */
function catalogOptions(ids: readonly string[]): TemplateDecisionSeed["options"] {
  return ids.map((id) => {
    const name = namesById.get(id);
    if (name === undefined) throw new Error(`Template references unknown technology "${id}".`);
    return { id, label: name, catalogId: id };
  });
}

function decision(
  id: string,
  title: string,
  context: string,
  mode: VotingMode,
  optionIds: readonly string[],
): TemplateDecisionSeed {
  return { id, title, context, mode, options: catalogOptions(optionIds) };
}

const criterion = (id: string, name: string, weight: number): CriterionSeed => ({
  id,
  name,
  weight,
});

const webBackend: Template = {
  id: "web-backend",
  name: "Web backend",
  description:
    "Choose the API style, language and runtime, database and client interaction for a web product.",
  criteria: [
    criterion("team-familiarity", "Team familiarity", 0.8),
    criterion("performance", "Performance", 0.5),
    criterion("ecosystem", "Ecosystem", 0.6),
    criterion("hosting-cost", "Hosting cost", 0.4),
    criterion("hiring", "Hiring", 0.5),
    criterion("maintainability", "Maintainability", 0.7),
  ],
  decisions: [
    decision(
      "api-style",
      "API style",
      "How clients and other services talk to the backend.",
      "pick",
      ["rest", "graphql", "grpc"],
    ),
    decision(
      "language-runtime",
      "Language and runtime",
      "What the server code is written in and runs on; it shapes hiring and libraries.",
      "dots",
      ["nodejs", "python", "php", "go", "spring-boot", "dotnet", "ruby"],
    ),
    decision(
      "database",
      "Database",
      "Where the product's primary data lives; scored against the criteria.",
      "score",
      ["postgresql", "mysql", "mongodb", "sqlite"],
    ),
    decision(
      "client-interaction",
      "Client interaction",
      "How the browser gets data and updates from the server.",
      "pick",
      ["javascript-ajax", "websockets", "sse", "html5"],
    ),
  ],
};

const realtimeApp: Template = {
  id: "realtime-app",
  name: "Realtime app",
  description:
    "Choose the transport, server runtime, fan-out store and API style for live collaborative features.",
  criteria: [
    criterion("latency", "Latency", 0.8),
    criterion("scalability", "Scalability", 0.7),
    criterion("team-familiarity", "Team familiarity", 0.6),
    criterion("operability", "Ease of operation", 0.5),
    criterion("hosting-cost", "Hosting cost", 0.4),
  ],
  decisions: [
    decision(
      "transport",
      "Realtime transport",
      "How updates reach connected clients, and how clients send theirs.",
      "score",
      ["websockets", "sse", "long-polling"],
    ),
    decision(
      "server-runtime",
      "Server runtime",
      "What holds the many open connections and runs the server logic.",
      "dots",
      ["nodejs", "go", "dotnet", "ktor", "bun"],
    ),
    decision(
      "fan-out",
      "Fan-out and shared state",
      "How replicas share state and broadcast events to each other.",
      "pick",
      ["redis", "postgresql", "mongodb"],
    ),
    decision(
      "api-style",
      "API style",
      "How clients load initial state and issue commands outside the live channel.",
      "pick",
      ["rest", "graphql", "trpc"],
    ),
  ],
};

const dataHeavy: Template = {
  id: "data-heavy-service",
  name: "Data-heavy service",
  description:
    "Choose the primary store, search, cache and language for a service with large or fast-growing data.",
  criteria: [
    criterion("query-flexibility", "Query flexibility", 0.7),
    criterion("write-throughput", "Write throughput", 0.6),
    criterion("consistency", "Consistency", 0.7),
    criterion("operating-cost", "Operating cost", 0.5),
    criterion("team-familiarity", "Team familiarity", 0.6),
  ],
  decisions: [
    decision(
      "primary-store",
      "Primary data store",
      "The system of record; scored against the criteria.",
      "score",
      ["postgresql", "mysql", "mongodb", "cassandra", "dynamodb"],
    ),
    decision("search", "Search", "Where full-text and faceted queries run.", "pick", [
      "elasticsearch",
      "postgresql",
    ]),
    decision("cache", "Cache", "What absorbs hot reads in front of the primary store.", "pick", [
      "redis",
      "memcached",
    ]),
    decision(
      "language",
      "Service language",
      "What the ingestion and query services are written in.",
      "dots",
      ["python", "go", "spring-boot", "rust"],
    ),
  ],
};

const empty: Template = {
  id: "empty",
  name: "Empty board",
  description: "No decisions yet: add your own. Starts with two neutral criteria for scoring.",
  criteria: [
    criterion("team-familiarity", "Team familiarity", 0.5),
    criterion("maintainability", "Maintainability", 0.5),
  ],
  decisions: [],
};

export const TEMPLATES: readonly Template[] = [webBackend, realtimeApp, dataHeavy, empty];
