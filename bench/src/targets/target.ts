// A system under test: the app (1 node embedded, or N nodes on Redis) or the B0/B1 relay,
// each node its own process. Rooms are made the way the target makes them: the app's REST
// API (with a facilitator key), or any fresh id for the relay.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { freePort } from "../lib/free-port.ts";
import { REPO_ROOT } from "../lib/paths.ts";
import { type NodeProcess, spawnServer } from "./child.ts";

export type TargetKind = "app" | "B0" | "B1";

export interface TargetSpec {
  kind: TargetKind;
  nodes: number;
  /** Needed for more than one node and for B1. */
  redisUrl: string | null;
  /** App, embedded engine: use this (pre-seeded) data directory instead of a fresh one. */
  dataDir?: string;
  /** Write a V8 CPU profile per node into this directory when stopped. */
  profileDir?: string;
  /** Extra environment for every node (experiments: SNAPSHOT_EVERY, UV_THREADPOOL_SIZE...). */
  env?: Record<string, string>;
}

export interface RoomRef {
  roomId: string;
  /** The app's facilitator key; null on the relay, which has no roles. */
  facilitatorKey: string | null;
}

export interface Target {
  readonly spec: TargetSpec;
  readonly label: string;
  readonly nodes: readonly NodeProcess[];
  createRoom(title: string): Promise<RoomRef>;
  stop(): Promise<void>;
}

/** The app's server package; its manifest says how to start it (`main`) and what it has. */
const SERVER_PACKAGE = "apps/server/package.json";
const RELAY_ENTRY = join(REPO_ROOT, "bench/src/baseline/relay-server.ts");

/** The checkout the app runs from: this one, or another (`--app-root`, e.g. the code before
 * a change), measured by this checkout's generator against this checkout's relay. */
let appRoot = REPO_ROOT;

export function runAppFrom(root: string): void {
  const dir = resolve(root);
  if (!existsSync(join(dir, SERVER_PACKAGE)) || !existsSync(join(dir, "node_modules"))) {
    throw new Error(`--app-root ${root}: no ${SERVER_PACKAGE} or node_modules there`);
  }
  appRoot = dir;
}

/** The checkout the app runs from (this one unless `--app-root` named another). */
export const appRootDir = (): string => appRoot;

/** Whether the app measured (this checkout, or an older one from `--app-root`) has a Redis
 * engine: its server package depends on ioredis. Read from the package manifest, so the
 * bench knows nothing of the server's source layout. */
export const appRedisAvailable = (): boolean =>
  serverManifest().dependencies?.ioredis !== undefined;

function serverManifest(): { main?: string; dependencies?: Record<string, string> } {
  const manifest = join(appRoot, SERVER_PACKAGE);
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")) : {};
}

/** The server's entry point, as its package names it. */
const appEntry = (): string => join(appRoot, dirname(SERVER_PACKAGE), serverManifest().main ?? "");

export const targetLabel = (spec: TargetSpec): string =>
  `${spec.kind}${spec.nodes > 1 ? `x${spec.nodes}` : ""}${spec.redisUrl && spec.kind === "app" ? "-redis" : ""}`;

export async function startTarget(spec: TargetSpec): Promise<Target> {
  if ((spec.nodes > 1 || spec.kind === "B1") && spec.redisUrl === null) {
    throw new Error(`${spec.kind} on ${spec.nodes} nodes needs Redis`);
  }
  const ownDataDir =
    spec.kind === "app" && spec.dataDir === undefined && spec.redisUrl === null
      ? await mkdtemp(join(tmpdir(), "stackboard-bench-"))
      : null;
  const dataDir = spec.dataDir ?? ownDataDir;
  const label = targetLabel(spec);
  // Nodes of one app must agree on it (anonymous ballot keys); fresh per target.
  const ballotKeySecret = randomBytes(24).toString("hex");
  const nodes: NodeProcess[] = [];
  try {
    for (let index = 0; index < spec.nodes; index += 1) {
      nodes.push(await startNode(spec, `${label}-n${index}`, dataDir, ballotKeySecret));
    }
  } catch (error) {
    await Promise.allSettled(nodes.map((node) => node.stop()));
    throw error;
  }
  return {
    spec,
    label,
    nodes,
    createRoom: (title) =>
      spec.kind === "app" ? createAppRoom(nodes[0]?.url ?? "", title) : createRelayRoom(),
    stop: async () => {
      await Promise.allSettled(nodes.map((node) => node.stop()));
      if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
    },
  };
}

async function startNode(
  spec: TargetSpec,
  label: string,
  dataDir: string | null,
  ballotKeySecret: string,
): Promise<NodeProcess> {
  const port = await freePort();
  const redis: Record<string, string> = spec.redisUrl ? { REDIS_URL: spec.redisUrl } : {};
  // One directory per node, so each node's profile is found by its label.
  const profile = spec.profileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${join(spec.profileDir, label)}`]
    : [];
  if (spec.kind !== "app") {
    const write: Record<string, string> = spec.kind === "B1" ? { RELAY_REDIS_WRITE: "1" } : {};
    return spawnServer({
      label,
      entry: RELAY_ENTRY,
      port,
      nodeFlags: profile,
      env: { ...redis, ...write, ...spec.env },
    });
  }
  // Each embedded node needs its own directory; the app on Redis ignores DATA_DIR.
  const dir = dataDir ?? join(tmpdir(), "stackboard-bench-unused");
  return spawnServer({
    label,
    entry: appEntry(),
    cwd: appRoot,
    port,
    metricsPort: await freePort(),
    nodeFlags: profile,
    env: {
      ...redis,
      DATA_DIR: dir,
      LOG_LEVEL: "warn",
      // The limits protect production from abuse; here they would only cap the bench.
      COMMANDS_PER_SECOND: "100000",
      COMMANDS_PER_SECOND_PER_IP: "1000000",
      ROOMS_PER_IP_PER_HOUR: "1000000",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      BALLOT_KEY_SECRET: ballotKeySecret,
      ...spec.env,
    },
  });
}

async function createAppRoom(baseUrl: string, title: string): Promise<RoomRef> {
  const response = await fetch(`${baseUrl}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title }),
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 201) {
    throw new Error(`create room: ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as { roomId?: unknown; facilitatorKey?: unknown };
  if (typeof body.roomId !== "string" || typeof body.facilitatorKey !== "string") {
    throw new Error("create room: unexpected answer");
  }
  return { roomId: body.roomId, facilitatorKey: body.facilitatorKey };
}

async function createRelayRoom(): Promise<RoomRef> {
  return { roomId: randomBytes(16).toString("base64url"), facilitatorKey: null };
}
