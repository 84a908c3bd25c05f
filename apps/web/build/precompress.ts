// Brotli and gzip copies of the built app, made once at build time (`x.js` → `x.js.br`,
// `x.js.gz`), so the server only picks a file by the browser's Accept-Encoding and never
// compresses the same bytes again per request. Source maps get none: they are not served
// unless asked for (SERVE_SOURCE_MAPS), and then rarely.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** What compresses: text. Images such as PNG are compressed already. */
const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".html", ".svg", ".json", ".txt", ".xml"]);

/** Below this a copy saves less than the headers it costs. */
export const MIN_BYTES = 1024;

export interface Precompressed {
  file: string;
  bytes: number;
  brotli: number | null;
  gzip: number | null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * Writes `.br` (quality 11: paid once, at build time) and `.gz` (level 9) beside every
 * compressible file of `dir` of at least MIN_BYTES; a copy that is not smaller is not kept.
 */
export function precompressDir(dir: string): Precompressed[] {
  const done: Precompressed[] = [];
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
    const content = readFileSync(file);
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    const gzip = gzipSync(content, { level: 9 });
    const keep = (suffix: string, copy: Buffer): number | null => {
      if (copy.length >= content.length) return null;
      writeFileSync(`${file}${suffix}`, copy);
      return copy.length;
    };
    done.push({
      file,
      bytes: content.length,
      brotli: keep(".br", brotli),
      gzip: keep(".gz", gzip),
    });
  }
  return done;
}

/** Vite: compress the output directory once everything is written. */
export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "stackboard-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
