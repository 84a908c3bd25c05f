// Test support: a real server node in this process on a free port, silent, with limits
// raised so that tests measure the system rather than the rate limiter.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";

export interface TestNode extends RunningServer {
  dataDir: string;
  /** Closes the node and removes its data directory. */
  dispose(): Promise<void>;
}

/** Starts a node; pass `dataDir` to restart over an earlier node's data. */
export async function startNode(
  env: Record<string, string> = {},
  existingDataDir?: string,
): Promise<TestNode> {
  const dataDir = existingDataDir ?? (await mkdtemp(path.join(tmpdir(), "stackboard-node-")));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    ROOMS_PER_IP_PER_HOUR: "100000",
    COMMANDS_PER_SECOND: "10000",
    COMMANDS_PER_SECOND_PER_IP: "1000000",
    // Many nodes share this machine: each scrape listener on a free port.
    METRICS_PORT: "0",
    ...env,
  });
  const server = await startServer(config, createLogger(config.logLevel));
  return {
    ...server,
    dataDir,
    dispose: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
