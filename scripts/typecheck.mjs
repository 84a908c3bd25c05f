// Type-checks every workspace with its own tsconfig (each extends tsconfig.base.json).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const projects = [
  "packages/core",
  // Core's production tsconfig leaves out tests (no Node types there); this one checks them.
  "packages/core/tsconfig.test.json",
  "packages/contracts",
  "apps/server",
  "apps/web",
  "apps/cli",
  "bench",
  ".",
];
const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
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
