// packages/core is the pure domain: no Node built-ins, no other workspace, no I/O. The one
// third-party package is a pure function (Markdown serialization) that core could not do
// as well on its own.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL(".", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test-support" ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-helper)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Pure third-party packages core may use: no I/O, no globals, same output everywhere. */
const PURE_PACKAGES = new Set(["mdast-util-to-markdown"]);

const importPattern =
  /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

describe("packages/core purity", () => {
  const files = sourceFiles(root);

  it("finds the domain's source files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("imports only its own files and the listed pure packages: no Node built-in, no workspace", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2] ?? "";
        const own = specifier.startsWith("./") || specifier.startsWith("../");
        if (!own && !PURE_PACKAGES.has(specifier)) {
          offenders.push(`${relative(root, file)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("uses no Node or browser globals for I/O", () => {
    const globals =
      /\b(process\.|require\(|Buffer\.|fetch\(|setTimeout\(|setInterval\(|window\.|document\.|localStorage\.|Date\.now\(|Math\.random\()/;
    const offenders = files.filter((file) =>
      globals.test(readFileSync(file, "utf8").replace(/\/\/.*$/gm, "")),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it("reads every way of importing (a check of the pattern the rule above relies on)", () => {
    const sample = [
      'import { readFileSync } from "node:fs";',
      'import type { Room } from "@stackboard/contracts";',
      "export { z } from 'zod';",
      'const lazy = await import("node:path");',
      'import { local } from "./local.ts";',
    ].join("\n");
    const specifiers = [...sample.matchAll(importPattern)].map((match) => match[1] ?? match[2]);
    expect(specifiers).toEqual([
      "node:fs",
      "@stackboard/contracts",
      "zod",
      "node:path",
      "./local.ts",
    ]);
  });
});
