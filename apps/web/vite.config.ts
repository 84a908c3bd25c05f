import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { marked, type Tokens } from "marked";
import { defineConfig, type Plugin } from "vite";
import { precompress } from "./build/precompress.ts";

// `npm run dev` serves the client on :5173 and proxies the API and the socket to the
// server on :3000; `npm run build` writes dist/, which the server serves itself.
const backend = process.env.STACKBOARD_BACKEND ?? "http://localhost:3000";

/**
 * `virtual:counting-doc`: docs/counting.md as HTML, made at build time, so the app serves
 * the very document the repository keeps (the page "How is this counted?" links to).
 * Headings get ids (#score, #ranked, ...) for the board's links to a section.
 */
function countingDoc(): Plugin {
  const id = "virtual:counting-doc";
  const resolved = `\0${id}`;
  const source = fileURLToPath(new URL("../../docs/counting.md", import.meta.url));
  return {
    name: "stackboard-counting-doc",
    resolveId: (request) => (request === id ? resolved : null),
    load(request) {
      if (request !== resolved) return null;
      this.addWatchFile(source);
      const renderer = new marked.Renderer();
      renderer.heading = function (this: typeof renderer, { tokens, depth, text }: Tokens.Heading) {
        const slug = text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
        return `<h${depth} id="${slug}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      };
      const html = marked.parse(readFileSync(source, "utf8"), { async: false, renderer });
      return `export default ${JSON.stringify(html)};`;
    },
  };
}

/**
 * The stylesheet link goes from <head> to the end of <body>: in <head> it blocks the first
 * paint until it arrives (a round trip more on a slow link); after the skeleton it only
 * holds back what follows it, and the app's script (deferred) still waits for it.
 */
function stylesheetAfterSkeleton(): Plugin {
  return {
    name: "stackboard-stylesheet-after-skeleton",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        let moved = html;
        for (const link of links) moved = moved.replace(link, "");
        return moved.replace("</body>", `${links.join("\n")}\n</body>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), countingDoc(), stylesheetAfterSkeleton(), precompress()],
  server: {
    proxy: {
      "/api": { target: backend, changeOrigin: true },
      "/healthz": { target: backend, changeOrigin: true },
      "/socket.io": { target: backend, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Maps are written for whoever debugs a build, but the bundles do not point at them:
    // the server serves them only with SERVE_SOURCE_MAPS=true (then with a SourceMap header).
    sourcemap: "hidden",
    rolldownOptions: {
      output: {
        // React changes least often, then the other libraries, then our code: separate
        // chunks keep browser caches warm across deploys.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Not the QR encoder (and its one dependency): the share dialog imports it lazily.
            { name: "vendor", test: /node_modules[\\/](?!qrcode[\\/]|dijkstrajs[\\/])/ },
            // Our code the first render needs, in one chunk: HTTP/1.1 gives a page 6
            // connections per host, and chunks beyond them wait a round trip for a free one.
            { name: "app", test: /[\\/]src[\\/]/, tags: ["$initial"] },
          ],
        },
      },
    },
  },
});
