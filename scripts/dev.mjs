// `npm run dev`: the API and socket server (restarted on change by `node --watch`) and
// Vite's dev server, which proxies /api and /socket.io to it. Ctrl-C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn(process.execPath, ["--watch", "apps/server/src/main.ts"], {
    stdio: "inherit",
    env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? "http://localhost:5173" },
  }),
  spawn("npm", ["run", "dev", "-w", "@stackboard/web"], { stdio: "inherit" }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  process.exitCode = code;
}
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
