// The API's own description: /api/openapi.json (generated from the contracts at start) and
// interactive docs at /api/docs — Swagger UI from the swagger-ui-dist package, served from
// this origin so the strict CSP holds (no CDN, no inline script: docs.js starts it).
import { createRequire } from "node:module";
import path from "node:path";
import { buildOpenApiDocument } from "@stackboard/contracts";
import { Router } from "express";
import serverPackage from "../../package.json" with { type: "json" };

const DOCS_DIR = path.join(import.meta.dirname, "api-docs");
const SWAGGER_DIR = path.dirname(
  createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"),
);

/** The viewer's files we serve; nothing else of the package (its demo page points elsewhere). */
const SWAGGER_FILES = ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"] as const;

export function openApiRoutes(deps: { publicUrl: string }): Router {
  const router = Router();
  const document = JSON.stringify(
    buildOpenApiDocument({ version: serverPackage.version, serverUrl: deps.publicUrl }),
  );

  router.get("/api/openapi.json", (_request, response) => {
    response.set("Cache-Control", "no-cache").type("application/json").send(document);
  });

  const page = path.join(DOCS_DIR, "index.html");
  router.get(["/api/docs", "/api/docs/"], (_request, response) => {
    response.set("Cache-Control", "no-cache").sendFile(page);
  });
  router.get("/api/docs/docs.js", (_request, response) => {
    response.set("Cache-Control", "no-cache").sendFile(path.join(DOCS_DIR, "docs.js"));
  });
  for (const file of SWAGGER_FILES) {
    router.get(`/api/docs/${file}`, (_request, response) => {
      response.set("Cache-Control", "public, max-age=86400").sendFile(path.join(SWAGGER_DIR, file));
    });
  }
  return router;
}
