// Test support: a real server on a free port with a private temp DATA_DIR.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CreateRoomResponse } from "@stackboard/contracts";
import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";

export interface TestServer extends RunningServer {
  dataDir: string;
}

export async function startTestServer(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), "stackboard-it-")));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: "silent",
    ...env,
  });
  const server = await startServer(config, createLogger("silent"));
  return { ...server, dataDir: dir };
}

export async function removeDataDir(server: TestServer): Promise<void> {
  await rm(server.dataDir, { recursive: true, force: true });
}

export async function createRoomVia(
  baseUrl: string,
  title: string,
  template?: string,
): Promise<CreateRoomResponse> {
  const response = await fetch(`${baseUrl}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(template ? { title, template } : { title }),
  });
  if (response.status !== 201)
    throw new Error(`create room: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateRoomResponse;
}
