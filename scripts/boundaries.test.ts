// Imports run one way (docs/architecture.md): apps -> contracts -> core, storage below the
// layers that use it, nothing into an app. biome.json's noRestrictedImports overrides say
// so; this shows them refusing each wrong-way import and letting the right ways through, on
// files laid out like the repository in a scratch folder, linted with the repository's
// own configuration.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = new URL("..", import.meta.url).pathname;
const biome = join(repo, "node_modules/.bin/biome");

/** Each file imports one specifier; the key is where it sits. */
const WRONG: Record<string, string> = {
  "packages/core/src/wrong.ts": "@stackboard/contracts",
  "packages/contracts/src/wrong.ts": "../../../apps/server/src/server.ts",
  "packages/contracts/src/wrong-app.ts": "@stackboard/web",
  "apps/server/src/store/wrong.ts": "../rooms/room-service.ts",
  "apps/server/src/store/redis/wrong.ts": "../../realtime/channels.ts",
  "apps/server/src/store/embedded/wrong.ts": "../../logger.ts",
  "apps/server/src/rooms/wrong.ts": "../../../web/src/realtime/portal.ts",
  "apps/web/src/wrong.ts": "@stackboard/server",
  "apps/web/src/store/wrong.ts": "../../../server/src/rooms/secrets.ts",
  "apps/cli/src/wrong.ts": "@stackboard/web",
  "bench/src/wrong.ts": "../../apps/server/src/store/types.ts",
};

const RIGHT: Record<string, string> = {
  "packages/core/src/right.ts": "./lookup.ts",
  "packages/contracts/src/right.ts": "@stackboard/core",
  "apps/server/src/store/redis/right.ts": "../types.ts",
  "apps/server/src/rooms/right.ts": "../store/types.ts",
  "apps/server/src/realtime/right.ts": "../store/redis/connection.ts",
  "apps/web/src/right.ts": "@stackboard/contracts",
  "apps/cli/src/right.ts": "@stackboard/core",
  "bench/src/right.ts": "@stackboard/contracts",
};

const scratch = mkdtempSync(join(tmpdir(), "boundaries-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(): string {
  const config = JSON.parse(readFileSync(join(repo, "biome.json"), "utf8"));
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(join(scratch, "biome.json"), JSON.stringify(config));
  for (const [file, specifier] of Object.entries({ ...WRONG, ...RIGHT })) {
    mkdirSync(join(scratch, dirname(file)), { recursive: true });
    writeFileSync(join(scratch, file), `import { a } from "${specifier}";\nexport const b = a;\n`);
  }
  const result = spawnSync(biome, ["lint", "--max-diagnostics=none", "."], {
    cwd: scratch,
    encoding: "utf8",
  });
  return `${result.stdout}${result.stderr}`;
}

describe("import boundaries", () => {
  const output = lint();
  const refused = new Set(
    [...output.matchAll(/^(\S+\.ts):\d+:\d+ lint\/style\/noRestrictedImports/gm)].map(
      (match) => match[1],
    ),
  );

  it("refuses every wrong-way import", () => {
    expect([...refused].sort()).toEqual(Object.keys(WRONG).sort());
  });

  it("lets the right ways through", () => {
    for (const file of Object.keys(RIGHT)) expect(refused.has(file)).toBe(false);
  });
});
