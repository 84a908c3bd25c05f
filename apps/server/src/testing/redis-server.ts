// Test support: a Redis for integration tests. `REDIS_URL` from the environment wins (like
// socket.io's adapter tests); otherwise each test file starts a private `redis-server` on
// a free port and stops it afterwards. Tests that stop or restart Redis always need a
// private server. Without redis-server: under CI=true the file fails, otherwise it is
// skipped with a warning that says how to install it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";

const INSTALL_HINT = "install redis-server (apt-get install -y redis-server) or set REDIS_URL";
export const SKIP_MESSAGE = `Redis tests skipped: ${INSTALL_HINT}`;

export interface PrivateRedisOptions {
  /** AOF with fsync on every write: what was acknowledged survives a stop or a kill. */
  appendOnly?: boolean;
  /** With appendOnly: "always" (default) fsyncs every write, "everysec" once a second. */
  appendFsync?: "always" | "everysec";
}

export function redisServerInstalled(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** A redis-server child process with its own port and data directory. */
export class PrivateRedis {
  private child: ChildProcess | null = null;

  readonly port: number;
  readonly dir: string;
  private readonly options: PrivateRedisOptions;

  private constructor(port: number, dir: string, options: PrivateRedisOptions) {
    this.port = port;
    this.dir = dir;
    this.options = options;
  }

  static async start(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
    const dir = await mkdtemp(path.join(tmpdir(), "stackboard-redis-"));
    const redis = new PrivateRedis(await freePort(), dir, options);
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Starts the server again on the same port and directory (after `stop` or `kill`). */
  async resume(): Promise<void> {
    if (this.child !== null) return;
    const persistence = this.options.appendOnly
      ? ["--appendonly", "yes", "--appendfsync", this.options.appendFsync ?? "always"]
      : ["--appendonly", "no"];
    const args = [
      "--port",
      String(this.port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      ...persistence,
      "--dir",
      this.dir,
      "--daemonize",
      "no",
      "--loglevel",
      "warning",
    ];
    const child = spawn("redis-server", args, { stdio: ["ignore", "ignore", "pipe"] });
    this.child = child;
    child.once("exit", () => {
      if (this.child === child) this.child = null;
    });
    await waitForPong(this.port, 10_000);
  }

  /** SIGTERM: Redis flushes its AOF and exits. */
  stop(): Promise<void> {
    return this.end("SIGTERM");
  }

  /** SIGKILL: a crash; with appendOnly every acknowledged write is on disk already. */
  kill(): Promise<void> {
    return this.end("SIGKILL");
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.resume();
  }

  async dispose(): Promise<void> {
    await this.kill();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (child === null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}

/** Resolves once the server answers PING (not LOADING). */
async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await pings(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`redis-server on port ${port} did not start within ${timeoutMs} ms`);
}

function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ port, host: "127.0.0.1" });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export interface RedisForTests {
  readonly url: string;
  /** A key prefix of this test file's own, for stores opened directly. */
  readonly keyPrefix: string;
  /** The private server, when this file runs one (null with REDIS_URL). */
  readonly server: PrivateRedis | null;
}

export interface UseRedisOptions extends PrivateRedisOptions {
  /** This file stops or restarts Redis: ignore REDIS_URL and run a private server. */
  private?: boolean;
}

type Plan = "env" | "private" | "skip";

function plan(options: UseRedisOptions): Plan {
  const fromEnv = process.env.REDIS_URL;
  if (!options.private && fromEnv) return "env";
  if (redisServerInstalled()) return "private";
  if (process.env.CI === "true") {
    throw new Error(`redis-server is missing and CI=true: ${INSTALL_HINT}`);
  }
  return "skip";
}

/** Registers beforeAll/afterAll in the current suite that provide a Redis. */
export function useRedis(options: UseRedisOptions = {}): RedisForTests {
  let url: string | null = null;
  let server: PrivateRedis | null = null;
  const keyPrefix = `sbt-${randomBytes(4).toString("hex")}`;
  beforeAll(async () => {
    if (plan(options) === "env") {
      url = process.env.REDIS_URL ?? null;
    } else {
      server = await PrivateRedis.start(options);
      url = server.url;
    }
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return {
    get url() {
      if (url === null) throw new Error("Redis is not up yet (use it inside tests or hooks)");
      return url;
    },
    keyPrefix,
    get server() {
      return server;
    },
  };
}

/** `describe` with a Redis, or `describe.skip` with a loud warning when there is none. */
export function describeWithRedis(
  name: string,
  body: (redis: RedisForTests) => void,
  options: UseRedisOptions = {},
): void {
  if (plan(options) === "skip") {
    console.warn(SKIP_MESSAGE);
    const unavailable: RedisForTests = {
      get url(): string {
        throw new Error(SKIP_MESSAGE);
      },
      keyPrefix: "unused",
      server: null,
    };
    describe.skip(name, () => body(unavailable));
    return;
  }
  describe(name, () => body(useRedis(options)));
}
