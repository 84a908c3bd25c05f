import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { MIN_BYTES, precompressDir } from "./precompress.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function builtApp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "precompress-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const script = `export const board = ${JSON.stringify("ballot ".repeat(800))};\n`;

describe("precompressDir", () => {
  it("writes brotli and gzip copies that decode to the very file", () => {
    const dir = builtApp({ "assets/index-abc123.js": script, "index.html": `<p>${script}</p>` });
    const done = precompressDir(dir);
    expect(done.map((entry) => entry.file).sort()).toEqual(
      [join(dir, "assets/index-abc123.js"), join(dir, "index.html")].sort(),
    );
    const original = readFileSync(join(dir, "assets/index-abc123.js"));
    const brotli = readFileSync(join(dir, "assets/index-abc123.js.br"));
    const gzip = readFileSync(join(dir, "assets/index-abc123.js.gz"));
    expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
    expect(gunzipSync(gzip).equals(original)).toBe(true);
    expect(brotli.length).toBeLessThan(original.length / 10);
  });

  it("leaves small files, source maps and binary formats alone", () => {
    const dir = builtApp({
      "favicon.svg": "<svg/>",
      "assets/index-abc123.js.map": script,
      "logo.png": Buffer.alloc(4 * MIN_BYTES, 7),
    });
    expect(precompressDir(dir)).toEqual([]);
    expect(() => readFileSync(join(dir, "favicon.svg.br"))).toThrow();
    expect(() => readFileSync(join(dir, "assets/index-abc123.js.map.gz"))).toThrow();
  });
});
