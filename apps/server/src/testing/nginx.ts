// Test support: deploy/nginx.conf, rewritten to run here — upstreams at local ports,
// listening on a local port, temp files and pid in a private directory — and run in the
// foreground as a child process.
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Child, installed, REPO_ROOT, startChild } from "./processes.ts";

export const NGINX_INSTALL_HINT = "install nginx (apt-get update && apt-get install -y nginx)";
export const NGINX_SKIP_MESSAGE = `Load balancer tests skipped: ${NGINX_INSTALL_HINT}`;

export const DEPLOY_CONFIG = path.join(REPO_ROOT, "deploy/nginx.conf");

export function nginxInstalled(): boolean {
  return installed("nginx");
}

export interface LocalNginx {
  dir: string;
  config: string;
  /** `nginx <args>` with this prefix, config and pid file, plus global directives. */
  args(globals?: string, extra?: string[]): string[];
  start(): Child;
  dispose(): Promise<void>;
}

/** A copy of the deployed config whose upstreams `node1`, `node2` are these ports. */
export async function localNginx(listenPort: number, upstreamPorts: number[]): Promise<LocalNginx> {
  const dir = await mkdtemp(path.join(tmpdir(), "stackboard-nginx-"));
  // nginx's workers run as another user when the master is root: let them in.
  await chmod(dir, 0o755);
  let text = await readFile(DEPLOY_CONFIG, "utf8");
  for (const [index, port] of upstreamPorts.entries()) {
    text = text.replace(`server node${index + 1}:3000`, `server 127.0.0.1:${port}`);
  }
  if (/server node\d:/.test(text)) throw new Error("deploy/nginx.conf has more upstreams");
  text = text
    .replace(/listen 8080;/, `listen 127.0.0.1:${listenPort};`)
    .replaceAll("/var/log/nginx/", `${dir}/`);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${path.join(dir, kind)};`)
    .join("\n");
  text = text.replace(/^http \{$/m, `http {\n${temp}`);
  const config = path.join(dir, "nginx.conf");
  await writeFile(config, text);
  const args = (globals = "", extra: string[] = []) => [
    "-p",
    dir,
    "-c",
    config,
    "-e",
    path.join(dir, "error.log"),
    "-g",
    `pid ${path.join(dir, "nginx.pid")}; ${globals}`,
    ...extra,
  ];
  return {
    dir,
    config,
    args,
    start: () => startChild("nginx", args("daemon off;")),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
