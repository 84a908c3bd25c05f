// The web app of a checkout, built into a folder of the bench's own: the checkout (this one
// or `--app-root`'s) is only read. Vite loads its config with Node's own loader (`native`),
// so not even a bundled config lands in the checkout's node_modules.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { trackChild } from "../targets/child.ts";

export async function buildWebApp(root: string, outDir: string): Promise<void> {
  const vite = join(root, "node_modules/vite/bin/vite.js");
  if (!existsSync(vite)) throw new Error(`${root}: no node_modules/vite to build the web app`);
  const child = spawn(
    process.execPath,
    [vite, "build", "--configLoader", "native", "--outDir", outDir, "--emptyOutDir"],
    { cwd: join(root, "apps/web"), stdio: ["ignore", "ignore", "pipe"] },
  );
  trackChild(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`web build of ${root} failed (${code}): ${stderr}`);
  if (!existsSync(join(outDir, "index.html")))
    throw new Error(`web build of ${root}: no index.html`);
}
