// The Docker image, checked without a Docker engine: a build stage with every dependency
// that builds the web app, and a runtime stage with production dependencies only (no
// compiler, bundler, linter or test runner in `npm ls --omit=dev`), the built app, a
// non-root user, a healthcheck, and plain `node` running the server's sources.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { instructions, parseDockerfile, type Stage } from "./testing/image/dockerfile.ts";
import { type PackageLock, productionTree } from "./testing/image/production-tree.ts";
import { runtimeImports } from "./testing/image/runtime-imports.ts";
import { REPO_ROOT } from "./testing/processes.ts";

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const stages = parseDockerfile(read("Dockerfile"));
const lock = JSON.parse(read("package-lock.json")) as PackageLock;
const rootManifest = JSON.parse(read("package.json")) as { workspaces: string[] };

/** Tools for building, checking and testing: none of them has any business at run time. */
const BUILD_TOOLS = [
  "vite",
  "rolldown",
  "esbuild",
  "typescript",
  "tsx",
  "ts-node",
  "@biomejs/biome",
  "vitest",
  "playwright",
  "playwright-core",
  "@playwright/test",
  "@vitejs/plugin-react",
  "marked",
  "fast-check",
];

const build = stages[0] as Stage;
const runtime = stages.at(-1) as Stage;
const runs = (stage: Stage) => instructions(stage, "RUN").join("\n");
const copies = (stage: Stage) => instructions(stage, "COPY");

/** The workspaces the runtime stage's `npm ci` installs (`-w`), else all of them. */
function runtimeWorkspaces(): string[] {
  const install = instructions(runtime, "RUN").find((run) => /\bnpm ci\b/.test(run)) ?? "";
  const chosen = [...install.matchAll(/(?:-w|--workspace)[ =](\S+)/g)].map((match) => {
    const name = match[1] as string;
    const folder = rootManifest.workspaces.find(
      (workspace) => lock.packages[workspace]?.name === name || workspace === name,
    );
    if (folder === undefined) throw new Error(`npm ci -w ${name}: no such workspace`);
    return folder;
  });
  return chosen.length > 0 ? chosen : rootManifest.workspaces;
}

describe("Dockerfile", () => {
  it("builds in one stage with every dependency and runs from another", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.name).toBe("build");
    expect(runtime.name).toBe("runtime");
    for (const stage of [build, runtime]) expect(stage.image).toMatch(/^node:24(-|$)/);
    expect(runs(build)).toMatch(/\bnpm ci\b(?![^\n]*--omit=dev)/);
    expect(runs(build)).toMatch(/\bnpm run build\b/);
    // The web build renders docs/counting.md (the counting help page): it must be there.
    expect(copies(build).some((copy) => /^\.\s+\.$|^docs\b|docs\/counting\.md/.test(copy))).toBe(
      true,
    );
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim());
    expect(ignored).not.toContain("docs");
    expect(ignored).not.toContain("docs/counting.md");
  });

  it("runs plain node, as a user who is not root, with a healthcheck on /readyz", () => {
    expect(runs(runtime)).toMatch(/\bnpm ci\b[^\n]*--omit=dev/);
    expect(runs(runtime)).not.toMatch(/npm run build|\bvite\b|\btsc\b/);
    expect(copies(runtime)).toContainEqual(
      expect.stringMatching(/^--from=build\s+\S*apps\/web\/dist\s+\S*apps\/web\/dist\/?$/),
    );
    // npm ci with workspaces needs every workspace's manifest, or it refuses the lock.
    for (const workspace of rootManifest.workspaces) {
      expect(copies(runtime).join("\n"), workspace).toContain(`${workspace}/package.json`);
    }
    const user = instructions(runtime, "USER").at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(instructions(runtime, "HEALTHCHECK").join(" ")).toMatch(/\/readyz/);
    const command = instructions(runtime, "CMD").at(-1) ?? "";
    expect(command).toMatch(/^\[\s*"node",\s*"apps\/server\/src\/main\.ts"\s*\]$/);
  });
});

describe("the runtime stage's production dependencies", () => {
  const tree = productionTree(lock, runtimeWorkspaces());
  const names = new Set(tree.map((entry) => entry.name));

  it("hold no build tool, compiler, linter or test runner", () => {
    expect(tree.length).toBeGreaterThan(20);
    expect(BUILD_TOOLS.filter((tool) => names.has(tool))).toEqual([]);
    // npm's own verdict agrees: nothing installed here is marked dev-only in the lock.
    expect(tree.filter((entry) => entry.devOnly).map((entry) => entry.path)).toEqual([]);
  });

  it("hold every package the server loads, each declared by the workspace that imports it", () => {
    const imports = runtimeImports(REPO_ROOT);
    expect(imports.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["express", "@stackboard/contracts", "zod", "swagger-ui-dist"]),
    );
    for (const { name, file } of imports) {
      const workspace = /^(apps\/\w+|packages\/\w+)\//.exec(file)?.[1] ?? "";
      const manifest = JSON.parse(read(`${workspace}/package.json`)) as {
        dependencies?: Record<string, string>;
      };
      expect(
        name in (manifest.dependencies ?? {}),
        `${file} imports ${name}: not in ${workspace}'s dependencies`,
      ).toBe(true);
      expect(names.has(name), `${name} (imported by ${file}) is not installed in the image`).toBe(
        true,
      );
    }
  });
});
