// The built web app as a browser receives it: the precompressed copy its Accept-Encoding
// takes, cache rules that keep hashed files for a year and index.html always fresh, no
// source maps unless asked for, and API answers compressed above a size.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawGet } from "../testing/raw-http.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";

const SCRIPT = `export const board = ${JSON.stringify("ballot ".repeat(2000))};\n`;
const EARLY = "globalThis.early = 1;";
const INDEX = `<!doctype html><html><head><style>#root{color:red}</style><script>${EARLY}</script>
<script type="module" src="/assets/index-abc123.js"></script></head>
<body><div id="root">${"Loading the board… ".repeat(80)}</div></body></html>`;
const JS = "/assets/index-abc123.js";
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

/** A build as Vite and the precompress step leave it. */
function builtApp(): string {
  const dist = mkdtempSync(join(tmpdir(), "stackboard-dist-"));
  mkdirSync(join(dist, "assets"));
  const write = (name: string, content: string, copies: boolean) => {
    writeFileSync(join(dist, name), content);
    if (!copies) return;
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(content));
  };
  write("index.html", INDEX, true);
  write("assets/index-abc123.js", SCRIPT, true);
  write("assets/index-abc123.js.map", `{"version":3,"sources":["secret/path.ts"]}`, false);
  write("favicon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>", false);
  return dist;
}

let dist: string;
let server: TestNode;
let withMaps: TestNode;

beforeAll(async () => {
  dist = builtApp();
  server = await startNode({ WEB_DIST: dist });
  withMaps = await startNode({ WEB_DIST: dist, SERVE_SOURCE_MAPS: "true" });
});
afterAll(async () => {
  await server.dispose();
  await withMaps.dispose();
  rmSync(dist, { recursive: true, force: true });
});

describe("the web app's files", () => {
  it("go to a browser as brotli, to a gzip-only client as gzip, and as they are otherwise", async () => {
    const brotli = await rawGet(`${server.url}${JS}`, BROWSER);
    expect(brotli.status).toBe(200);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toMatch(/javascript/);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    expect(brotli.body.length).toBeLessThan(SCRIPT.length / 10);

    const gzip = await rawGet(`${server.url}${JS}`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await rawGet(`${server.url}${JS}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);

    for (const answer of [brotli, gzip, plain]) {
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    }
  });

  it("keep hashed files for a year and have index.html revalidated on every load", async () => {
    const script = await rawGet(`${server.url}${JS}`, BROWSER);
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    for (const page of ["/", "/r/room1234", "/r/room1234/record", "/help/counting"]) {
      const answer = await rawGet(`${server.url}${page}`, BROWSER);
      expect(answer.status, page).toBe(200);
      expect(answer.headers["cache-control"], page).toBe("no-cache");
      expect(answer.headers["content-type"], page).toMatch(/^text\/html/);
      expect(answer.headers["content-encoding"], page).toBe("br");
      expect(brotliDecompressSync(answer.body).toString(), page).toBe(INDEX);
    }
    // Revalidation is cheap: the same copy again is a 304 without a body.
    const first = await rawGet(`${server.url}/`, BROWSER);
    const again = await rawGet(`${server.url}/`, {
      ...BROWSER,
      "if-none-match": String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const icon = await rawGet(`${server.url}/favicon.svg`, BROWSER);
    expect(icon.status).toBe(200);
    expect(icon.headers["cache-control"]).not.toMatch(/immutable/);
  });

  it("do not include source maps unless SERVE_SOURCE_MAPS asks for them", async () => {
    const map = await rawGet(`${server.url}${JS}.map`, BROWSER);
    expect(map.status).toBe(404);
    expect(map.body.toString()).not.toContain("secret/path.ts");
    const script = await rawGet(`${server.url}${JS}`);
    expect(script.headers.sourcemap).toBeUndefined();
    expect(script.body.toString()).not.toMatch(/sourceMappingURL/);

    const asked = await rawGet(`${withMaps.url}${JS}`);
    expect(asked.headers.sourcemap).toBe(`${JS}.map`);
    const served = await rawGet(`${withMaps.url}${JS}.map`);
    expect(served.status).toBe(200);
    expect(served.body.toString()).toContain("secret/path.ts");
  });

  it("answer a missing file under /assets/ with 404, not with the app's page", async () => {
    const missing = await rawGet(`${server.url}/assets/index-gone99.js`, BROWSER);
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^text\/plain/);
    expect(missing.headers["cache-control"]).not.toMatch(/immutable/);
  });

  it("serve HEAD with the headers of GET and no body", async () => {
    const head = await rawGet(`${server.url}${JS}`, BROWSER, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });
});

describe("the strict CSP", () => {
  it("allows the first-paint skeleton's inline style by its hash, and no other inline style", async () => {
    const page = await rawGet(`${server.url}/r/room1234`, BROWSER);
    const policy = String(page.headers["content-security-policy"]);
    const styles = policy
      .split(";")
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith("style-src "));
    const hash = createHash("sha256").update("#root{color:red}").digest("base64");
    expect(styles).toBe(`style-src 'self' 'sha256-${hash}'`);
    expect(policy).not.toContain("unsafe-inline");
  });

  it("allows the early socket's inline script by its hash, and the bundles by their origin", async () => {
    const page = await rawGet(`${server.url}/r/room1234`, BROWSER);
    const scripts = String(page.headers["content-security-policy"])
      .split(";")
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith("script-src "));
    const hash = createHash("sha256").update(EARLY).digest("base64");
    expect(scripts).toBe(`script-src 'self' 'sha256-${hash}'`);
  });
});

describe("API answers", () => {
  it("are compressed above the threshold and sent as they are below it", async () => {
    const big = await rawGet(`${server.url}/api/openapi.json`, BROWSER);
    expect(big.status).toBe(200);
    expect(big.headers["content-encoding"]).toMatch(/^(br|gzip)$/);
    expect(big.headers.vary).toMatch(/Accept-Encoding/i);
    const text =
      big.headers["content-encoding"] === "br"
        ? brotliDecompressSync(big.body)
        : gunzipSync(big.body);
    expect(JSON.parse(text.toString())).toMatchObject({ openapi: "3.1.1" });

    const small = await rawGet(`${server.url}/healthz`, BROWSER);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ status: "ok" });
  });
});
