// Test support: a server node as a real child process (so a test can SIGKILL it), on a
// free port, ready when it answers /readyz.
import { type Child, startChild, waitForHttp } from "./processes.ts";
import { freePort } from "./redis-server.ts";

const MAIN = new URL("../main.ts", import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  port: number;
  child: Child;
}

/** Limits are raised so that tests measure the system, not the rate limiter. */
export async function spawnServerProcess(
  env: Record<string, string>,
  port?: number,
): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  const child = startChild(process.execPath, [MAIN], {
    PORT: String(chosen),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    COMMANDS_PER_SECOND: "100000",
    COMMANDS_PER_SECOND_PER_IP: "1000000",
    ROOMS_PER_IP_PER_HOUR: "100000",
    METRICS_PORT: "0",
    ...env,
  });
  const url = `http://127.0.0.1:${chosen}`;
  await waitForHttp(`${url}/readyz`, child);
  return { url, port: chosen, child };
}
