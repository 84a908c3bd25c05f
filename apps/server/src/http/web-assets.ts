// The built web app as this node serves it: read once at start (a build does not change
// under a running server), each file with its precompressed copies, its cache rule and
// its type. Only files listed here are ever served, so no request path reaches the disk.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { Encoding } from "./content-encoding.ts";

/** Vite puts every content-hashed file here: its name changes whenever its bytes do. */
const HASHED_DIR = "assets/";

export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html: always asked again (cheaply, by ETag), so a deploy reaches every browser. */
export const CACHE_REVALIDATE = "no-cache";
/** Files under stable names (favicon): an hour, then asked again. */
export const CACHE_SHORT = "public, max-age=3600";

export interface WebAsset {
  /** On disk, as built. */
  file: string;
  /** The precompressed copies that exist beside it. */
  encoded: Partial<Record<Encoding, string>>;
  cacheControl: string;
  /** Where its source map is served, when SERVE_SOURCE_MAPS asks for maps. */
  sourceMap: string | null;
}

export interface WebAssets {
  /** By URL path (`/assets/index-3f2a.js`, `/index.html`). */
  byPath: ReadonlyMap<string, WebAsset>;
  index: WebAsset;
  /** CSP sources (`'sha256-…'`) for the inline `<style>` blocks of index.html. */
  indexStyleHashes: string[];
  /** The same for its inline `<script>` blocks (the early socket of a returning voter). */
  indexScriptHashes: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

const isCopy = (file: string) => file.endsWith(".br") || file.endsWith(".gz");
const isSourceMap = (file: string) => extname(file) === ".map";

/** The CSP hash source (`'sha256-…'`) of a block's exact text. */
const hashSource = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The CSP hash source of each inline `<style>` element in `html` (its exact text). */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, css]) =>
    hashSource(css ?? ""),
  );
}

/** The CSP hash source of each inline `<script>` element in `html`: those without `src`. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(attributes ?? ""))
    .map(([, , code]) => hashSource(code ?? ""));
}

/** Null when `dist` holds no built app (no index.html). */
export function loadWebAssets(dist: string, serveSourceMaps: boolean): WebAssets | null {
  const indexFile = join(dist, "index.html");
  if (!existsSync(indexFile)) return null;
  const files = filesUnder(dist);
  const present = new Set(files);
  const byPath = new Map<string, WebAsset>();
  for (const file of files) {
    if (isCopy(file) || (isSourceMap(file) && !serveSourceMaps)) continue;
    const urlPath = `/${relative(dist, file).split(sep).join("/")}`;
    const encoded: Partial<Record<Encoding, string>> = {};
    if (present.has(`${file}.br`)) encoded.br = `${file}.br`;
    if (present.has(`${file}.gz`)) encoded.gzip = `${file}.gz`;
    const hasMap = serveSourceMaps && !isSourceMap(file) && present.has(`${file}.map`);
    byPath.set(urlPath, {
      file,
      encoded,
      cacheControl:
        file === indexFile
          ? CACHE_REVALIDATE
          : urlPath.startsWith(`/${HASHED_DIR}`)
            ? CACHE_IMMUTABLE
            : CACHE_SHORT,
      sourceMap: hasMap ? `${urlPath}.map` : null,
    });
  }
  const index = byPath.get("/index.html");
  if (!index) return null;
  const html = readFileSync(indexFile, "utf8");
  return {
    byPath,
    index,
    indexStyleHashes: inlineStyleHashes(html),
    indexScriptHashes: inlineScriptHashes(html),
  };
}
