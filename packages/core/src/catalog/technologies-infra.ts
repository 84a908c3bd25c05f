// The infrastructure around a backend: message brokers, caches, search engines and auth
// providers. Same conventions as technologies.ts (ids are forever, plain text, sources).
import type { Technology } from "./types.ts";

const AS_OF = "2026-12-07";

export const INFRA_TECHNOLOGIES: readonly Technology[] = [
  // Message brokers
  {
    id: "kafka",
    name: "Apache Kafka",
    category: "message-broker",
    licence: "Apache-2.0",
    firstRelease: 2011,
    source: "https://kafka.apache.org/",
    asOf: AS_OF,
    summary:
      "Distributed, replicated commit log: producers append events, consumers read them at their own pace.",
    strengths: [
      "Very high throughput with ordered, durable partitions",
      "Consumers can replay history from any offset",
      "Large ecosystem: Connect, Streams, schema registries",
    ],
    weaknesses: [
      "Heavy to operate: partitions, brokers, rebalancing",
      "No per-message routing, priorities or delayed delivery",
      "Overkill for a few hundred messages a second",
    ],
  },
  {
    id: "rabbitmq",
    name: "RabbitMQ",
    category: "message-broker",
    licence: "MPL-2.0",
    firstRelease: 2007,
    source: "https://www.rabbitmq.com/",
    asOf: AS_OF,
    summary: "Message broker with queues, exchanges and routing keys; speaks AMQP, MQTT and STOMP.",
    strengths: [
      "Flexible routing: direct, topic, fan-out and header exchanges",
      "Acknowledgements, dead-lettering and priorities built in",
      "Mature clients for nearly every language",
    ],
    weaknesses: [
      "Throughput well below a log-based broker",
      "Long queues cost memory and slow the broker down",
      "Replaying old messages needs streams or another store",
    ],
  },
  {
    id: "nats",
    name: "NATS",
    category: "message-broker",
    licence: "Apache-2.0",
    firstRelease: 2011,
    source: "https://nats.io/",
    asOf: AS_OF,
    summary:
      "Lightweight publish-subscribe and request-reply messaging; JetStream adds persistence.",
    strengths: [
      "One small binary, simple to run and cluster",
      "Very low latency for request-reply and fan-out",
      "JetStream adds durable streams and a key-value store",
    ],
    weaknesses: [
      "Smaller ecosystem than Kafka or RabbitMQ",
      "Core NATS delivers at most once; durability needs JetStream",
    ],
  },
  {
    id: "amazon-sqs",
    name: "Amazon SQS",
    category: "message-broker",
    licence: "Proprietary (AWS service)",
    firstRelease: 2006,
    source: "https://aws.amazon.com/sqs/",
    asOf: AS_OF,
    summary: "Fully managed message queue on AWS, billed per request, with FIFO queues on demand.",
    strengths: [
      "Nothing to operate; scales without capacity planning",
      "Dead-letter queues and visibility timeouts built in",
      "Pairs with Lambda and SNS for fan-out",
    ],
    weaknesses: [
      "Ties the system to AWS",
      "No replay; a consumed message is gone",
      "FIFO queues have lower throughput limits",
    ],
  },
  {
    id: "pulsar",
    name: "Apache Pulsar",
    category: "message-broker",
    licence: "Apache-2.0",
    firstRelease: 2016,
    source: "https://pulsar.apache.org/",
    asOf: AS_OF,
    summary: "Distributed messaging and streaming with storage split from brokers (BookKeeper).",
    strengths: [
      "Queues and streams in one system",
      "Built-in multi-tenancy and geo-replication",
      "Tiered storage moves old data to object stores",
    ],
    weaknesses: [
      "Many moving parts: brokers, BookKeeper, ZooKeeper or etcd",
      "Smaller community and fewer managed offerings than Kafka",
    ],
  },
  // Caches
  {
    id: "valkey",
    name: "Valkey",
    category: "cache",
    licence: "BSD-3-Clause",
    firstRelease: 2024,
    source: "https://valkey.io/",
    asOf: AS_OF,
    summary: "Open-source fork of Redis 7.2 under the Linux Foundation: in-memory key-value store.",
    strengths: [
      "Drop-in for Redis clients and commands",
      "Permissive BSD licence, backed by several cloud vendors",
      "Multi-threaded I/O for higher throughput",
    ],
    weaknesses: ["Young project; newer Redis features may differ", "Data set must fit in memory"],
  },
  {
    id: "dragonfly",
    name: "Dragonfly",
    category: "cache",
    licence: "BSL-1.1",
    firstRelease: 2022,
    source: "https://www.dragonflydb.io/",
    asOf: AS_OF,
    summary: "Multi-threaded in-memory store compatible with the Redis and Memcached protocols.",
    strengths: [
      "Uses every core of one large machine",
      "Speaks the Redis and Memcached protocols",
      "Snapshots without forking the process",
    ],
    weaknesses: ["Source-available licence, not open source", "Younger and less proven than Redis"],
  },
  {
    id: "varnish",
    name: "Varnish Cache",
    category: "cache",
    licence: "BSD-2-Clause",
    firstRelease: 2006,
    source: "https://varnish-cache.org/",
    asOf: AS_OF,
    summary:
      "Caching HTTP reverse proxy in front of web servers, configured in its own VCL language.",
    strengths: [
      "Serves cached pages and API answers in microseconds",
      "VCL gives fine control over what is cached",
      "Grace mode serves stale content while the backend is down",
    ],
    weaknesses: [
      "No TLS termination in the open-source edition",
      "VCL is one more language to learn",
    ],
  },
  // Search engines
  {
    id: "opensearch",
    name: "OpenSearch",
    category: "search-engine",
    licence: "Apache-2.0",
    firstRelease: 2021,
    source: "https://opensearch.org/",
    asOf: AS_OF,
    summary:
      "Open-source fork of Elasticsearch 7.10 with dashboards, now under the Linux Foundation.",
    strengths: [
      "Full-text, faceted and vector search on Lucene",
      "Permissive licence; managed offering on AWS",
      "Plugins for security, alerting and observability",
    ],
    weaknesses: [
      "Cluster tuning and shard sizing take expertise",
      "APIs drift from Elasticsearch over time",
    ],
  },
  {
    id: "meilisearch",
    name: "Meilisearch",
    category: "search-engine",
    licence: "MIT (community edition)",
    firstRelease: 2019,
    source: "https://www.meilisearch.com/",
    asOf: AS_OF,
    summary: "Search engine written in Rust for instant, typo-tolerant search in apps and sites.",
    strengths: [
      "Relevant, typo-tolerant results with little tuning",
      "One binary, simple REST API, quick to set up",
      "Search-as-you-type answers in milliseconds",
    ],
    weaknesses: [
      "Not built for analytics or log search",
      "Scaling past one node is limited in the community edition",
    ],
  },
  {
    id: "solr",
    name: "Apache Solr",
    category: "search-engine",
    licence: "Apache-2.0",
    firstRelease: 2006,
    source: "https://solr.apache.org/",
    asOf: AS_OF,
    summary:
      "Enterprise search server on Lucene with faceting, highlighting and SolrCloud clusters.",
    strengths: [
      "Mature, with rich faceting and relevance tuning",
      "Fully open source under the Apache foundation",
      "SolrCloud shards and replicates collections",
    ],
    weaknesses: [
      "Configuration is verbose and XML-heavy",
      "Smaller community today than Elasticsearch",
    ],
  },
  // Auth providers
  {
    id: "keycloak",
    name: "Keycloak",
    category: "auth",
    licence: "Apache-2.0",
    firstRelease: 2014,
    source: "https://www.keycloak.org/",
    asOf: AS_OF,
    summary: "Self-hosted identity and access management: single sign-on, OpenID Connect and SAML.",
    strengths: [
      "Free, self-hosted, with no per-user pricing",
      "OpenID Connect, SAML, social login and LDAP federation",
      "Admin console for realms, clients and roles",
    ],
    weaknesses: [
      "A Java service to run, upgrade and secure yourself",
      "Theming and custom flows take effort",
    ],
  },
  {
    id: "auth0",
    name: "Auth0",
    category: "auth",
    licence: "Proprietary (SaaS)",
    firstRelease: 2013,
    source: "https://auth0.com/",
    asOf: AS_OF,
    summary:
      "Hosted identity platform (Okta): login, single sign-on and user management as a service.",
    strengths: [
      "Nothing to host; SDKs for most stacks",
      "Social, enterprise and passwordless login built in",
      "Multi-factor authentication and breach detection",
    ],
    weaknesses: [
      "Price grows steeply with active users",
      "Vendor lock-in of user data and login flows",
    ],
  },
  {
    id: "amazon-cognito",
    name: "Amazon Cognito",
    category: "auth",
    licence: "Proprietary (AWS service)",
    firstRelease: 2014,
    source: "https://aws.amazon.com/cognito/",
    asOf: AS_OF,
    summary: "AWS user pools and identity pools: sign-up, sign-in and temporary AWS credentials.",
    strengths: [
      "Cheap at scale, with a free tier",
      "Integrates with API Gateway, ALB and IAM",
      "OpenID Connect, SAML and social providers",
    ],
    weaknesses: [
      "Hosted login pages are hard to customise",
      "Users cannot easily be exported with passwords",
      "Ties identity to AWS",
    ],
  },
  {
    id: "ory",
    name: "Ory Kratos",
    category: "auth",
    licence: "Apache-2.0",
    firstRelease: 2020,
    source: "https://www.ory.sh/kratos/",
    asOf: AS_OF,
    summary: "Headless, API-first identity server: you build the login screens, it runs the flows.",
    strengths: [
      "Full control of the login user interface",
      "Small Go services, cloud-native to run",
      "Also offered as a managed Ory Network",
    ],
    weaknesses: [
      "More integration work than a hosted login page",
      "Several Ory services needed for OAuth2 and permissions",
    ],
  },
  {
    id: "firebase-auth",
    name: "Firebase Authentication",
    category: "auth",
    licence: "Proprietary (Google service)",
    firstRelease: 2016,
    source: "https://firebase.google.com/products/auth",
    asOf: AS_OF,
    summary:
      "Google's hosted sign-in for apps: e-mail, phone and social providers with client SDKs.",
    strengths: [
      "Sign-in working in minutes from web and mobile SDKs",
      "Generous free tier",
      "Fits Firestore and Cloud Functions security rules",
    ],
    weaknesses: [
      "Ties identity to Google Cloud",
      "Limited enterprise features without Identity Platform",
    ],
  },
];
