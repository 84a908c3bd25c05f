// Serves the built web app: each file as its brotli or gzip copy when the browser takes
// one (Content-Encoding, Vary: Accept-Encoding), hashed files cached for a year, index.html
// revalidated on every load, and the SPA's own routes answered with index.html.
import { extname } from "node:path";
import { type Express, type Request, type Response, Router } from "express";
import { chooseEncoding, type Encoding } from "./content-encoding.ts";
import type { WebAsset, WebAssets } from "./web-assets.ts";

/** Paths the SPA never routes: a missing file there is a 404, not the app's page. */
const NOT_A_PAGE = /^\/assets\/|\.map$/;

function send(request: Request, response: Response, asset: WebAsset): void {
  const available = Object.keys(asset.encoded) as Encoding[];
  const encoding = chooseEncoding(request.headers["accept-encoding"], available);
  if (available.length > 0) response.vary("Accept-Encoding");
  // The type of the file, not of its copy (`send` keeps a Content-Type already set).
  response.type(extname(asset.file));
  response.set("Cache-Control", asset.cacheControl);
  if (encoding !== null) response.set("Content-Encoding", encoding);
  if (asset.sourceMap !== null) response.set("SourceMap", asset.sourceMap);
  const file = encoding === null ? asset.file : (asset.encoded[encoding] ?? asset.file);
  response.sendFile(file, { cacheControl: false }, (error) => {
    if (error && !response.headersSent) response.status(500).end();
  });
}

export function webRoutes(assets: WebAssets): Router {
  const router = Router();
  router.get(/.*/, (request, response, next) => {
    const asset = assets.byPath.get(request.path);
    if (asset && asset !== assets.index) {
      send(request, response, asset);
      return;
    }
    if (request.path.startsWith("/api/") || request.path.startsWith("/socket.io/")) {
      next();
      return;
    }
    if (NOT_A_PAGE.test(request.path)) {
      response.status(404).type("text/plain").set("Cache-Control", "no-cache").send("Not found");
      return;
    }
    // The SPA's own routes (/, /r/:roomId, /r/:roomId/record, ...) all load index.html.
    send(request, response, assets.index);
  });
  return router;
}

/** Before the web app is built: say how to build it instead of a blank page. */
export function notBuiltRoutes(app: Express): void {
  app.get("/", (_request, response) => {
    response
      .type("text/plain")
      .send("Stackboard API is running. Build the web app with `npm run build`.");
  });
}
