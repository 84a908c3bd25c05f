// Type-checks every workspace with its own tsconfig (each extends tsconfig.base.json).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const projects = ["packages/core", "packages/contracts", "apps/server", "apps/web", "bench", "."];
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
let failed = 0;
for (const project of projects) {
  const result = spawnSync(process.execPath, [tsc, "-p", project, "--pretty"], {
    stdio: "inherit",
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`typecheck failed: ${project}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
