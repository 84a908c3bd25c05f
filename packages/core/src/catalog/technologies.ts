// The built-in catalog: one short fact card per technology a team commonly weighs.
//
// Conventions:
// - ids are stable kebab-case (/^[a-z0-9][a-z0-9-]{0,63}$/): rooms and decision records
//   store them, so never rename one; add a new entry instead.
// - firstRelease is the year of the first public release. For projects with a long
//   pre-1.0 phase (Rust, Deno, Bun) it is the 1.0 year that made them production-ready;
//   for standards and techniques it is the year browsers or the spec first shipped it.
// - licence is SPDX where one applies, otherwise a short plain description.
// - Plain text only (no Markdown): summary <= 160 chars, each strength/weakness <= 100.
// - source is the project's or standard's own page, where licence and first release can be
//   checked; asOf is the day the card was last checked. German prose: technologies.de.ts.
import { INFRA_TECHNOLOGIES } from "./technologies-infra.ts";
import type { Technology } from "./types.ts";

const STACK_TECHNOLOGIES: readonly Technology[] = [
  // API styles
  {
    id: "rest",
    name: "REST",
    category: "api-style",
    licence: "Spec (no licence)",
    firstRelease: 2000,
    source: "https://ics.uci.edu/~fielding/pubs/dissertation/top.htm",
    asOf: "2026-11-25",
    summary:
      "Resource-oriented APIs over plain HTTP verbs and status codes, usually exchanging JSON.",
    strengths: [
      "Understood by every developer, tool and HTTP client",
      "HTTP caching, proxies and CDNs work out of the box",
      "Easy to debug with curl and browser dev tools",
      "OpenAPI gives docs, mocks and client generation",
    ],
    weaknesses: [
      "Over- or under-fetching leads to chatty clients or bespoke endpoints",
      "No built-in schema or type contract without extra tooling",
      "Versioning and naming conventions vary from team to team",
    ],
  },
  {
    id: "graphql",
    name: "GraphQL",
    category: "api-style",
    licence: "OWFa-1.0 (spec), MIT (graphql-js)",
    firstRelease: 2015,
    source: "https://spec.graphql.org/",
    asOf: "2026-11-25",
    summary:
      "Typed query language over a single endpoint: clients ask for exactly the fields they need.",
    strengths: [
      "Clients fetch exactly the shape they need in one round trip",
      "Strongly typed schema doubles as documentation",
      "Evolves without versioned endpoints by deprecating fields",
      "Good fit for many client apps sharing one backend",
    ],
    weaknesses: [
      "HTTP caching is harder; needs client-side or persisted-query caching",
      "N+1 queries and costly queries need dataloaders and depth limits",
      "More server machinery than a plain REST endpoint",
    ],
  },
  {
    id: "grpc",
    name: "gRPC",
    category: "api-style",
    licence: "Apache-2.0",
    firstRelease: 2016,
    source: "https://grpc.io/",
    asOf: "2026-11-25",
    summary: "RPC framework on HTTP/2 with Protocol Buffers contracts and generated clients.",
    strengths: [
      "Compact binary payloads and multiplexed HTTP/2 streams",
      "Contract-first: stubs generated for a dozen languages",
      "Built-in streaming in both directions, deadlines, cancellation",
    ],
    weaknesses: [
      "Browsers need gRPC-Web or a proxy to call it",
      "Binary traffic is harder to inspect and debug by hand",
      "Protobuf toolchain adds a build step",
    ],
  },
  {
    id: "trpc",
    name: "tRPC",
    category: "api-style",
    licence: "MIT",
    firstRelease: 2020,
    source: "https://trpc.io/",
    asOf: "2026-11-25",
    summary:
      "End-to-end typesafe RPC for TypeScript: the client infers types straight from server code.",
    strengths: [
      "No schema or code generation: types flow from server to client",
      "Refactors break the build instead of production",
      "Small, plays well with React Query and Next.js",
    ],
    weaknesses: [
      "Only makes sense when both ends are TypeScript",
      "Not a public API format; third parties need REST or OpenAPI on top",
      "Couples client and server deployments closely",
    ],
  },

  // Languages
  {
    id: "typescript",
    name: "TypeScript",
    category: "language",
    licence: "Apache-2.0",
    firstRelease: 2012,
    source: "https://www.typescriptlang.org/",
    asOf: "2026-11-25",
    summary:
      "JavaScript with a static type system, compiled to plain JavaScript for any JS runtime.",
    strengths: [
      "Catches many bugs at compile time with excellent editor support",
      "Shares code and types between browser and server",
      "Huge npm ecosystem with bundled or community type definitions",
    ],
    weaknesses: [
      "Types are erased: runtime input still needs validation",
      "Build and config complexity (tsconfig, module formats)",
      "Advanced types can become hard to read",
    ],
  },
  {
    id: "python",
    name: "Python",
    category: "language",
    licence: "Python-2.0 (PSF)",
    firstRelease: 1991,
    source: "https://www.python.org/",
    asOf: "2026-11-25",
    summary:
      "Readable general-purpose language, dominant in data and ML, with mature web frameworks.",
    strengths: [
      "Quick to write and easy to read; gentle learning curve",
      "Unmatched data, science and ML libraries",
      "Large hiring pool across web and data roles",
    ],
    weaknesses: [
      "Slower CPU-bound code than compiled languages",
      "Packaging and environment tooling is fragmented",
      "Dynamic typing; type hints are optional and unchecked at runtime",
    ],
  },
  {
    id: "php",
    name: "PHP",
    category: "language",
    licence: "PHP-3.01",
    firstRelease: 1995,
    source: "https://www.php.net/",
    asOf: "2026-11-25",
    summary: "Server-side scripting language built for the web; runs a large share of websites.",
    strengths: [
      "Cheap, ubiquitous hosting and simple deploys",
      "Modern PHP 8 is fast, with types, enums and JIT",
      "Mature frameworks and CMSs (Laravel, Symfony, WordPress)",
    ],
    weaknesses: [
      "Share-nothing request model makes long-lived connections awkward",
      "Inconsistent standard library from its long history",
      "Legacy codebases shape its reputation and some hiring",
    ],
  },
  {
    id: "ruby",
    name: "Ruby",
    category: "language",
    licence: "Ruby or BSD-2-Clause",
    firstRelease: 1995,
    source: "https://www.ruby-lang.org/",
    asOf: "2026-11-25",
    summary:
      "Expressive dynamic language designed for programmer happiness; best known through Rails.",
    strengths: [
      "Concise, readable code and strong testing culture",
      "Mature gem ecosystem for web work",
      "Very productive for CRUD-heavy products",
    ],
    weaknesses: [
      "Slower than compiled or JIT-heavy runtimes for CPU work",
      "Smaller hiring pool than JavaScript, Python or Java",
      "Metaprogramming can make code hard to trace",
    ],
  },
  {
    id: "go",
    name: "Go",
    category: "language",
    licence: "BSD-3-Clause",
    firstRelease: 2009,
    source: "https://go.dev/",
    asOf: "2026-11-25",
    summary:
      "Small compiled language from Google with goroutines, fast builds and static binaries.",
    strengths: [
      "Single static binary: simple containers and deploys",
      "Cheap concurrency with goroutines and channels",
      "Fast compile times and a capable standard library",
      "Low memory use and predictable performance",
    ],
    weaknesses: [
      "Verbose explicit error handling",
      "Deliberately small language; fewer abstractions",
      "Web frameworks are thinner than Rails, Django or Spring",
    ],
  },
  {
    id: "rust",
    name: "Rust",
    category: "language",
    licence: "MIT OR Apache-2.0",
    firstRelease: 2015,
    source: "https://www.rust-lang.org/",
    asOf: "2026-11-25",
    summary:
      "Systems language with memory safety without a garbage collector, via ownership and borrowing.",
    strengths: [
      "C-level performance with memory and thread safety",
      "Expressive type system catches many bugs at compile time",
      "Excellent tooling: cargo, clippy, rustfmt",
    ],
    weaknesses: [
      "Steep learning curve (ownership, lifetimes, async)",
      "Slow compile times on large projects",
      "Smaller hiring pool; web ecosystem younger than others",
    ],
  },

  // Runtimes and platforms
  {
    id: "nodejs",
    name: "Node.js",
    category: "runtime",
    licence: "MIT",
    firstRelease: 2009,
    source: "https://nodejs.org/",
    asOf: "2026-11-25",
    summary:
      "JavaScript runtime on V8 with an event loop and non-blocking I/O, for servers and tooling.",
    strengths: [
      "One language across frontend and backend",
      "Handles many concurrent I/O-bound connections cheaply",
      "npm: the largest package registry",
      "Large hiring pool",
    ],
    weaknesses: [
      "CPU-heavy work blocks the event loop unless moved to workers",
      "Dependency trees are deep; supply-chain risk needs care",
      "Fast-moving ecosystem; many ways to do the same thing",
    ],
  },
  {
    id: "deno",
    name: "Deno",
    category: "runtime",
    licence: "MIT",
    firstRelease: 2020,
    source: "https://deno.com/",
    asOf: "2026-11-25",
    summary:
      "Secure-by-default JavaScript and TypeScript runtime with built-in tooling and web APIs.",
    strengths: [
      "Runs TypeScript directly; formatter, linter, test runner built in",
      "Explicit permissions for file, network and env access",
      "Web-standard APIs (fetch, streams) and npm compatibility",
    ],
    weaknesses: [
      "Smaller community and fewer production references than Node.js",
      "Some npm packages still assume Node internals",
      "Fewer hosting providers with first-class support",
    ],
  },
  {
    id: "bun",
    name: "Bun",
    category: "runtime",
    licence: "MIT",
    firstRelease: 2023,
    source: "https://bun.sh/",
    asOf: "2026-11-25",
    summary: "Fast all-in-one JavaScript runtime, bundler, test runner and package manager.",
    strengths: [
      "Fast startup and package installs",
      "Largely Node.js-compatible, runs TypeScript directly",
      "Bundler, test runner and package manager in one binary",
    ],
    weaknesses: [
      "Young: edge cases and Node API gaps still surface",
      "Fewer long-running production references",
      "Governed by a single venture-backed company",
    ],
  },
  {
    id: "dotnet",
    name: "C#/.NET",
    category: "runtime",
    licence: "MIT",
    firstRelease: 2002,
    source: "https://dotnet.microsoft.com/",
    asOf: "2026-11-25",
    summary: "Microsoft's cross-platform runtime and C# language; ASP.NET Core for web APIs.",
    strengths: [
      "High performance with a mature JIT and async model",
      "Rich, stable standard library and first-party web stack",
      "Excellent IDE and debugging experience",
      "Strong fit for enterprise and Azure shops",
    ],
    weaknesses: [
      "Ecosystem leans on Microsoft tooling and conventions",
      "Heavier than Go or Node.js for tiny services",
      "Older .NET Framework code does not port for free",
    ],
  },

  // Frameworks
  {
    id: "express",
    name: "Express",
    category: "framework",
    licence: "MIT",
    firstRelease: 2010,
    source: "https://expressjs.com/",
    asOf: "2026-11-25",
    summary: "Minimal, unopinionated web framework for Node.js built around middleware.",
    strengths: [
      "Tiny API, learned in an afternoon",
      "Huge middleware ecosystem and countless examples",
      "Flexible: bring your own structure and libraries",
    ],
    weaknesses: [
      "No structure: large apps need conventions the team must invent",
      "Validation, auth and DI are all left to you",
      "Slower than newer Node frameworks such as Fastify",
    ],
  },
  {
    id: "nestjs",
    name: "NestJS",
    category: "framework",
    licence: "MIT",
    firstRelease: 2017,
    source: "https://nestjs.com/",
    asOf: "2026-11-25",
    summary: "Opinionated TypeScript framework for Node.js with modules, decorators and DI.",
    strengths: [
      "Clear structure for large teams and codebases",
      "Built-in DI, validation pipes, OpenAPI, GraphQL, microservices",
      "Familiar to developers coming from Angular or Spring",
    ],
    weaknesses: [
      "Lots of boilerplate and decorators for small services",
      "Abstractions can hide what Express or Fastify do underneath",
      "Steeper learning curve than plain Express",
    ],
  },
  {
    id: "django",
    name: "Django",
    category: "framework",
    licence: "BSD-3-Clause",
    firstRelease: 2005,
    source: "https://www.djangoproject.com/",
    asOf: "2026-11-25",
    summary: "Batteries-included Python web framework with ORM, migrations, auth and admin.",
    strengths: [
      "Auto-generated admin saves weeks on back-office tools",
      "Mature ORM, migrations, auth and security defaults",
      "Excellent documentation and long-term support releases",
    ],
    weaknesses: [
      "Monolithic conventions can feel heavy for small APIs",
      "Async support is partial; ORM is mostly synchronous",
      "REST APIs usually need Django REST Framework on top",
    ],
  },
  {
    id: "flask",
    name: "Flask",
    category: "framework",
    licence: "BSD-3-Clause",
    firstRelease: 2010,
    source: "https://flask.palletsprojects.com/",
    asOf: "2026-11-25",
    summary: "Lightweight Python micro-framework: routing and templates, the rest via extensions.",
    strengths: [
      "Small and easy to start with",
      "Choose your own ORM, auth and structure",
      "Large extension ecosystem and many tutorials",
    ],
    weaknesses: [
      "Structure and conventions are up to the team",
      "Extensions vary in quality and maintenance",
      "Synchronous by design; FastAPI suits async APIs better",
    ],
  },
  {
    id: "fastapi",
    name: "FastAPI",
    category: "framework",
    licence: "MIT",
    firstRelease: 2018,
    source: "https://fastapi.tiangolo.com/",
    asOf: "2026-11-25",
    summary:
      "Async Python API framework using type hints for validation and automatic OpenAPI docs.",
    strengths: [
      "Request validation and OpenAPI docs generated from type hints",
      "Async-first, good throughput for Python",
      "Quick to learn for anyone who knows modern Python",
    ],
    weaknesses: [
      "Younger than Django; fewer batteries (no ORM, admin, auth)",
      "Largely driven by one maintainer",
      "Mixing sync and async code has performance pitfalls",
    ],
  },
  {
    id: "laravel",
    name: "Laravel",
    category: "framework",
    licence: "MIT",
    firstRelease: 2011,
    source: "https://laravel.com/",
    asOf: "2026-11-25",
    summary:
      "Full-featured PHP framework with an expressive ORM, queues, auth and first-party tooling.",
    strengths: [
      "Very productive: ORM, queues, mail, auth all included",
      "Polished docs and large, active community",
      "First-party hosting, deploy and admin tooling",
    ],
    weaknesses: [
      "Magic facades and conventions can obscure control flow",
      "Frequent major releases need regular upgrades",
      "Inherits PHP's request-per-process model",
    ],
  },
  {
    id: "ruby-on-rails",
    name: "Ruby on Rails",
    category: "framework",
    licence: "MIT",
    firstRelease: 2004,
    source: "https://rubyonrails.org/",
    asOf: "2026-11-25",
    summary:
      "Convention-over-configuration Ruby framework for full-stack, database-backed web apps.",
    strengths: [
      "Fastest path from idea to working CRUD product",
      "Strong conventions keep codebases consistent",
      "Mature gems for auth, jobs, payments, admin",
    ],
    weaknesses: [
      "Runtime performance and memory use lag compiled stacks",
      "Implicit magic can surprise newcomers",
      "Hiring pool smaller than for JavaScript or Java",
    ],
  },
  {
    id: "spring-boot",
    name: "Java/Spring Boot",
    category: "framework",
    licence: "Apache-2.0",
    firstRelease: 2014,
    source: "https://spring.io/projects/spring-boot",
    asOf: "2026-11-25",
    summary:
      "Java's most widely used application framework, with auto-configuration and production-ready defaults.",
    strengths: [
      "Huge, mature ecosystem for almost any integration",
      "Solid performance on the JVM; virtual threads in modern Java",
      "Large enterprise hiring pool",
      "Strong observability and security modules",
    ],
    weaknesses: [
      "Annotation and auto-configuration magic can be hard to debug",
      "Higher memory use and slower startup than Go or Node.js",
      "Verbose compared with Kotlin or scripting languages",
    ],
  },
  {
    id: "ktor",
    name: "Kotlin/Ktor",
    category: "framework",
    licence: "Apache-2.0",
    firstRelease: 2018,
    source: "https://ktor.io/",
    asOf: "2026-11-25",
    summary: "Lightweight asynchronous web framework from JetBrains built on Kotlin coroutines.",
    strengths: [
      "Concise Kotlin with null safety on the JVM",
      "Coroutine-based async without callback noise",
      "Small and modular; use only the plugins you need",
    ],
    weaknesses: [
      "Smaller ecosystem and community than Spring",
      "Fewer ready-made integrations; more wiring by hand",
      "Kotlin hiring pool is narrower than Java's",
    ],
  },

  // Databases
  {
    id: "postgresql",
    name: "PostgreSQL",
    category: "database",
    licence: "PostgreSQL",
    firstRelease: 1996,
    source: "https://www.postgresql.org/",
    asOf: "2026-11-25",
    summary:
      "Advanced open-source relational database with strong SQL support, JSONB and extensions.",
    strengths: [
      "Reliable ACID transactions and rich SQL",
      "JSONB, full-text search and extensions like PostGIS and pgvector",
      "Permissive licence; offered by every major cloud",
      "Often the only database a product needs",
    ],
    weaknesses: [
      "Horizontal write scaling needs sharding tools or extensions",
      "Vacuum, bloat and connection limits need operational care",
      "Major version upgrades take planning",
    ],
  },
  {
    id: "mysql",
    name: "MySQL",
    category: "database",
    licence: "GPL-2.0 or commercial",
    firstRelease: 1995,
    source: "https://www.mysql.com/",
    asOf: "2026-11-25",
    summary:
      "Widely deployed open-source relational database, owned by Oracle, common in web stacks.",
    strengths: [
      "Battle-tested at huge scale for read-heavy web workloads",
      "Simple replication; available on every host and cloud",
      "Familiar to most web developers",
    ],
    weaknesses: [
      "Fewer advanced SQL features and extensions than PostgreSQL",
      "Oracle stewardship worries some teams",
      "Some defaults and collation quirks surprise newcomers",
    ],
  },
  {
    id: "mariadb",
    name: "MariaDB",
    category: "database",
    licence: "GPL-2.0",
    firstRelease: 2009,
    source: "https://mariadb.org/",
    asOf: "2026-11-25",
    summary: "Community fork of MySQL by its original authors, largely drop-in compatible.",
    strengths: [
      "Drop-in replacement for most MySQL use cases",
      "Community-governed, fully open source",
      "Extra storage engines and Galera clustering",
    ],
    weaknesses: [
      "Has diverged from MySQL; not every feature matches",
      "Smaller managed-cloud footprint than MySQL or PostgreSQL",
      "Corporate backing has been unstable",
    ],
  },
  {
    id: "sqlite",
    name: "SQLite",
    category: "database",
    licence: "Public domain",
    firstRelease: 2000,
    source: "https://www.sqlite.org/",
    asOf: "2026-11-25",
    summary:
      "Embedded serverless SQL database stored in a single file, linked into the application.",
    strengths: [
      "Zero setup: no server, just a file",
      "Very fast for local reads; extremely well tested",
      "Ideal for tests, edge apps, and small to medium single-node services",
    ],
    weaknesses: [
      "One writer at a time limits write concurrency",
      "No built-in network access or replication",
      "Scaling beyond one node needs extra tools",
    ],
  },
  {
    id: "mongodb",
    name: "MongoDB",
    category: "database",
    licence: "SSPL-1.0",
    firstRelease: 2009,
    source: "https://www.mongodb.com/",
    asOf: "2026-11-25",
    summary:
      "Document database storing JSON-like documents with flexible schemas and built-in sharding.",
    strengths: [
      "Flexible schema suits evolving or nested data",
      "Built-in replication and horizontal sharding",
      "Natural fit for JSON-heavy JavaScript stacks",
    ],
    weaknesses: [
      "Joins and multi-document transactions are weaker than SQL",
      "SSPL licence is not OSI-approved; limits some hosting",
      "Schema freedom can turn into inconsistent data",
    ],
  },
  {
    id: "cassandra",
    name: "Apache Cassandra",
    category: "database",
    licence: "Apache-2.0",
    firstRelease: 2008,
    source: "https://cassandra.apache.org/",
    asOf: "2026-11-25",
    summary:
      "Distributed wide-column store built for massive write volume and multi-datacentre availability.",
    strengths: [
      "Linear write scaling across many nodes",
      "No single point of failure; multi-region replication",
      "Tunable consistency per query",
    ],
    weaknesses: [
      "Data must be modelled around the queries up front",
      "No joins, limited ad-hoc querying",
      "Operationally demanding (repairs, compaction, tuning)",
    ],
  },
  {
    id: "dynamodb",
    name: "Amazon DynamoDB",
    category: "database",
    licence: "Proprietary (AWS service)",
    firstRelease: 2012,
    source: "https://aws.amazon.com/dynamodb/",
    asOf: "2026-11-25",
    summary:
      "Fully managed key-value and document database on AWS with predictable latency at any scale.",
    strengths: [
      "No servers to run; scales automatically",
      "Single-digit-millisecond reads and writes at scale",
      "Pay-per-request pricing suits spiky traffic",
    ],
    weaknesses: [
      "AWS lock-in; no self-hosted production version",
      "Access patterns must be designed up front",
      "Costs can climb with scans and large items",
    ],
  },
  {
    id: "elasticsearch",
    name: "Elasticsearch",
    category: "search-engine",
    licence: "AGPL-3.0, SSPL-1.0 or ELv2",
    firstRelease: 2010,
    source: "https://www.elastic.co/elasticsearch",
    asOf: "2026-11-25",
    summary:
      "Distributed search and analytics engine on Lucene, used for full-text search and logs.",
    strengths: [
      "Fast full-text search with relevance scoring",
      "Aggregations for analytics and dashboards",
      "Scales horizontally across shards",
    ],
    weaknesses: [
      "Not a primary database; weak transactional guarantees",
      "Memory-hungry and tricky to tune and operate",
      "Licence changes led to the OpenSearch fork",
    ],
  },

  // Caches
  {
    id: "redis",
    name: "Redis",
    category: "cache",
    licence: "AGPL-3.0, RSALv2 or SSPL-1.0",
    firstRelease: 2009,
    source: "https://redis.io/",
    asOf: "2026-11-25",
    summary: "In-memory data structure store used as cache, message broker, queue and pub/sub.",
    strengths: [
      "Sub-millisecond reads and writes",
      "Rich data types: hashes, sets, sorted sets, streams",
      "Pub/sub and streams for realtime fan-out",
      "Supported by nearly every framework and cloud",
    ],
    weaknesses: [
      "Dataset must fit in memory; persistence is secondary",
      "Licence changed in 2024; Valkey is a BSD-licensed fork",
      "Clustering adds operational and client complexity",
    ],
  },
  {
    id: "memcached",
    name: "Memcached",
    category: "cache",
    licence: "BSD-3-Clause",
    firstRelease: 2003,
    source: "https://memcached.org/",
    asOf: "2026-11-25",
    summary: "Simple, multithreaded, distributed in-memory key-value cache.",
    strengths: [
      "Very simple and fast for plain key-value caching",
      "Multithreaded; uses many cores well",
      "Mature and widely supported",
    ],
    weaknesses: [
      "No persistence, replication or rich data types",
      "Cache only: no pub/sub or queues",
      "Less active feature development than Redis",
    ],
  },

  // Client interaction
  {
    id: "javascript-ajax",
    name: "JavaScript with AJAX",
    category: "client-interaction",
    licence: "W3C/WHATWG standard",
    firstRelease: 1999,
    source: "https://fetch.spec.whatwg.org/",
    asOf: "2026-11-25",
    summary:
      "Browser JavaScript requests data in the background (XMLHttpRequest, now fetch) and updates the page.",
    strengths: [
      "Works in every browser with no extra protocol",
      "Plain HTTP: caching, auth and proxies just work",
      "Simple request-response model, easy to reason about",
    ],
    weaknesses: [
      "Client must poll to see server-side changes",
      "Needs JavaScript; more client code to maintain",
      "Many small requests add latency on slow networks",
    ],
  },
  {
    id: "websockets",
    name: "WebSockets",
    category: "client-interaction",
    licence: "IETF/WHATWG standard",
    firstRelease: 2011,
    source: "https://www.rfc-editor.org/rfc/rfc6455",
    asOf: "2026-11-25",
    summary:
      "Persistent full-duplex connection between browser and server over a single TCP socket.",
    strengths: [
      "Low-latency messages in both directions",
      "No per-message HTTP overhead",
      "Supported by all modern browsers and major frameworks",
    ],
    weaknesses: [
      "Stateful connections complicate load balancing and scaling",
      "Reconnection, heartbeats and backpressure are up to you",
      "Some proxies and firewalls interfere with upgrades",
    ],
  },
  {
    id: "sse",
    name: "Server-Sent Events",
    category: "client-interaction",
    licence: "W3C/WHATWG standard",
    firstRelease: 2006,
    source: "https://html.spec.whatwg.org/multipage/server-sent-events.html",
    asOf: "2026-11-25",
    summary:
      "One-way stream of server events to the browser over plain HTTP via the EventSource API.",
    strengths: [
      "Plain HTTP: works through most proxies and with HTTP/2",
      "Automatic reconnection and resume with Last-Event-ID",
      "Much simpler server side than WebSockets",
    ],
    weaknesses: [
      "Server to client only; client sends via normal requests",
      "Text only; binary data needs encoding",
      "Per-domain connection limits under HTTP/1.1",
    ],
  },
  {
    id: "long-polling",
    name: "Long polling",
    category: "client-interaction",
    licence: "Technique (no licence)",
    firstRelease: 2006,
    source: "https://www.rfc-editor.org/rfc/rfc6202",
    asOf: "2026-11-25",
    summary: "Client keeps a request open until the server has news, then immediately asks again.",
    strengths: [
      "Works everywhere plain HTTP works",
      "No special server or proxy support required",
      "Good fallback when WebSockets are blocked",
    ],
    weaknesses: [
      "Higher latency and overhead than a persistent connection",
      "Holds many open requests on the server",
      "Ordering and missed messages need careful handling",
    ],
  },
  {
    id: "htmx",
    name: "htmx",
    category: "client-interaction",
    licence: "0BSD",
    firstRelease: 2020,
    source: "https://htmx.org/",
    asOf: "2026-11-25",
    summary:
      "Small library that adds AJAX, SSE and WebSocket behaviour to HTML through attributes.",
    strengths: [
      "Interactive pages with little or no hand-written JavaScript",
      "Server renders HTML; no separate JSON API needed",
      "Tiny, dependency-free, works with any backend",
    ],
    weaknesses: [
      "Rich client-side state is awkward to express",
      "Smaller ecosystem than React or Vue",
      "Couples UI changes closely to server templates",
    ],
  },

  // Markup
  {
    id: "html5",
    name: "HTML5",
    category: "markup",
    licence: "W3C/WHATWG standard",
    firstRelease: 2014,
    source: "https://html.spec.whatwg.org/",
    asOf: "2026-11-25",
    summary:
      "The current HTML standard: semantic markup, native forms and validation, media, storage APIs.",
    strengths: [
      "Server-rendered pages and forms work without JavaScript",
      "Built-in form validation, media and accessibility semantics",
      "Universal support and fast first page load",
    ],
    weaknesses: [
      "Full page reloads for every form submission",
      "Rich interactions need JavaScript on top",
    ],
  },
];

export const TECHNOLOGIES: readonly Technology[] = [...STACK_TECHNOLOGIES, ...INFRA_TECHNOLOGIES];
