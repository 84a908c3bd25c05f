// Compatibility between technologies as data, so a reviewer can check each claim
// against the catalog and extend it without touching the conflict finder.

export type ConflictSeverity = "error" | "warning" | "info";

/**
 * The language ecosystem a technology lives in. Frameworks, languages, runtimes (and a
 * few API styles, like tRPC) only fit together within one ecosystem: Laravel needs PHP,
 * Django needs Python.
 */
export type Ecosystem = "php" | "python" | "ruby" | "jvm" | "js" | "go" | "rust" | "dotnet";

export const ECOSYSTEM_NAMES: Record<Ecosystem, string> = {
  php: "PHP",
  python: "Python",
  ruby: "Ruby",
  jvm: "the JVM (Java/Kotlin)",
  js: "JavaScript/TypeScript (Node.js, Deno, Bun)",
  go: "Go",
  rust: "Rust",
  dotnet: ".NET",
};

/** Technology id → the ecosystem(s) it needs or belongs to. */
export const ECOSYSTEM_OF: Readonly<Record<string, readonly Ecosystem[]>> = {
  php: ["php"],
  laravel: ["php"],
  python: ["python"],
  django: ["python"],
  flask: ["python"],
  fastapi: ["python"],
  ruby: ["ruby"],
  "ruby-on-rails": ["ruby"],
  "spring-boot": ["jvm"],
  ktor: ["jvm"],
  go: ["go"],
  rust: ["rust"],
  dotnet: ["dotnet"],
  nodejs: ["js"],
  deno: ["js"],
  bun: ["js"],
  typescript: ["js"],
  express: ["js"],
  nestjs: ["js"],
  // tRPC shares TypeScript types between server and client: the server must be TS.
  trpc: ["js"],
};

export type DriverMaturity = "mature" | "community" | "none";

/**
 * Database driver maturity per ecosystem; an ecosystem not listed for a database is
 * "mature" (official or de-facto standard driver). Only the exceptions are data.
 */
export const DRIVER_MATURITY: Readonly<
  Record<string, Readonly<Partial<Record<Ecosystem, DriverMaturity>>>>
> = {
  // The DataStax PHP driver is unmaintained; only community forks remain.
  cassandra: { php: "community", rust: "community" },
  // Elastic ships official clients for most languages; Rust's is not GA.
  elasticsearch: { rust: "community" },
  // No vendor clients: every memcached client is a community library.
  memcached: { php: "mature", python: "community", js: "community", rust: "community" },
};

export interface PairRule {
  /** Catalog ids; the rule applies whichever decision holds which. */
  a: string;
  b: string;
  severity: ConflictSeverity;
  message: string;
}

/** API style vs client interaction (and similar pairwise facts). */
export const PAIR_RULES: readonly PairRule[] = [
  {
    a: "grpc",
    b: "javascript-ajax",
    severity: "warning",
    message: "Browsers cannot speak gRPC directly: plan a gRPC-Web proxy (e.g. Envoy).",
  },
  {
    a: "grpc",
    b: "htmx",
    severity: "error",
    message: "htmx swaps HTML from HTTP responses; gRPC returns protobuf and needs a proxy.",
  },
  {
    a: "grpc",
    b: "sse",
    severity: "warning",
    message: "SSE is one-way text/event-stream; gRPC streams need a gRPC-Web proxy to reach it.",
  },
  {
    a: "grpc",
    b: "websockets",
    severity: "warning",
    message: "gRPC does not run over WebSockets in browsers; a bridge service is needed.",
  },
  {
    a: "graphql",
    b: "sse",
    severity: "warning",
    message:
      "GraphQL subscriptions usually run over WebSockets (graphql-ws); over SSE you need graphql-sse.",
  },
  {
    a: "graphql",
    b: "long-polling",
    severity: "warning",
    message: "GraphQL subscriptions need WebSockets (or SSE); long polling means polling queries.",
  },
  {
    a: "graphql",
    b: "htmx",
    severity: "warning",
    message: "htmx expects server-rendered HTML; a GraphQL API returns JSON to render first.",
  },
  {
    a: "sse",
    b: "trpc",
    severity: "info",
    message: "SSE is one-way: tRPC subscriptions work over it, client calls stay HTTP requests.",
  },
];
