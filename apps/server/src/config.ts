// Configuration from the environment, validated once at start: a bad value stops the
// process with a message that names the variable.
import { z } from "zod";
import { trustProxy } from "./client-address.ts";
import { LOBBY_LEAVE_GRACE_MS } from "./realtime/lobby-leave.ts";
import { WEBHOOK_ENV, type WebhookConfig, webhookConfigFrom } from "./webhooks/config.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** On SIGTERM/SIGINT: the longest the drain may take before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(8_000),
  /** Events between snapshots of a room. */
  SNAPSHOT_EVERY: z.coerce.number().int().min(10).default(500),
  /** Rooms idle this long leave memory (embedded engine reloads them on demand). */
  ROOM_IDLE_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(10 * 60 * 1000),
  /** "write": survives a process crash; "fsync": survives power loss too, slower. */
  DURABILITY: z.enum(["write", "fsync"]).default("write"),
  ROOMS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(60),
  COMMANDS_PER_SECOND: z.coerce.number().int().min(1).default(30),
  /** All sockets from one address together (a whole office behind one NAT fits). */
  COMMANDS_PER_SECOND_PER_IP: z.coerce.number().int().min(1).default(600),
  WEB_DIST: z.string().optional(),
  /** "true": also serve the web app's source maps (the bundles name them in a SourceMap header). */
  SERVE_SOURCE_MAPS: z.enum(["true", "false"]).default("false"),
  /** Keys anonymous ballots; set the same value on every node when running several. */
  BALLOT_KEY_SECRET: z.string().min(32).optional(),
  /** How long a knocker may be gone (reload, flaky network) before the lobby forgets them. */
  LOBBY_LEAVE_GRACE_MS: z.coerce.number().int().min(0).default(LOBBY_LEAVE_GRACE_MS),
  ...WEBHOOK_ENV,
  /** /metrics listens here, apart from the app (default: loopback only). 0: any free port. */
  METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** When set, /metrics asks for it as a bearer token and the app's port serves it too. */
  METRICS_TOKEN: z.string().min(32).optional(),
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDRs, loopback, ...); none by default. */
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "" && entry !== "false"),
    )
    .superRefine((list, context) => {
      try {
        trustProxy(list);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  redisUrl: string | null;
  publicUrl: string;
  allowedOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  shutdownTimeoutMs: number;
  snapshotEvery: number;
  roomIdleMs: number;
  durability: "write" | "fsync";
  roomsPerIpPerHour: number;
  commandsPerSecond: number;
  commandsPerSecondPerIp: number;
  webDist: string | null;
  serveSourceMaps: boolean;
  ballotKeySecret: string | null;
  lobbyLeaveGraceMs: number;
  webhooks: WebhookConfig;
  metricsHost: string;
  metricsPort: number;
  metricsToken: string | null;
  /** TRUST_PROXY as a list; see client-address.ts. Empty: the peer is the client. */
  trustProxy: string[];
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, "");
  const allowedOrigins = values.ALLOWED_ORIGINS
    ? values.ALLOWED_ORIGINS.split(",")
        .map((origin) => origin.trim())
        .filter(Boolean)
    : [new URL(publicUrl).origin];
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR,
    redisUrl: values.REDIS_URL ?? null,
    publicUrl,
    allowedOrigins,
    logLevel: values.LOG_LEVEL,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    snapshotEvery: values.SNAPSHOT_EVERY,
    roomIdleMs: values.ROOM_IDLE_MS,
    durability: values.DURABILITY,
    roomsPerIpPerHour: values.ROOMS_PER_IP_PER_HOUR,
    commandsPerSecond: values.COMMANDS_PER_SECOND,
    commandsPerSecondPerIp: values.COMMANDS_PER_SECOND_PER_IP,
    webDist: values.WEB_DIST ?? null,
    serveSourceMaps: values.SERVE_SOURCE_MAPS === "true",
    ballotKeySecret: values.BALLOT_KEY_SECRET ?? null,
    lobbyLeaveGraceMs: values.LOBBY_LEAVE_GRACE_MS,
    webhooks: webhookConfigFrom(values),
    trustProxy: values.TRUST_PROXY,
    metricsHost: values.METRICS_HOST,
    metricsPort: values.METRICS_PORT,
    metricsToken: values.METRICS_TOKEN ?? null,
  };
}
