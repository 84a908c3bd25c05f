// The express app: security headers, size limits, health and metrics, the API, and the
// built web app with its SPA fallback.
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { TrustProxy } from "../client-address.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { answerMetrics, METRICS_NOT_HERE, metricsGate } from "../metrics-endpoint.ts";
import type { RoomService } from "../rooms/room-service.ts";
import type { WebhookService } from "../webhooks/service.ts";
import { apiRoutes } from "./api-routes.ts";
import { errorHandler } from "./errors.ts";
import { intelRoutes } from "./intel-routes.ts";
import { openApiRoutes } from "./openapi-routes.ts";
import { webhookRoutes } from "./webhook-routes.ts";

export interface AppDeps {
  rooms: RoomService;
  publicUrl: string;
  webDist: string | null;
  roomCreationLimiter: RateLimiterAbstract;
  /** The one trusted-proxy rule, shared with Socket.IO (see client-address.ts). */
  trustProxy: TrustProxy;
  logger: Logger;
  metrics: Metrics;
  webhooks: WebhookService;
  /** Null: /metrics lives only on its own listener, and this port answers 404. */
  metricsToken: string | null;
}

export const BODY_LIMIT = "64kb";

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  // req.ip and req.protocol follow the same rule as every per-address limit.
  app.set("trust proxy", deps.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "font-src": ["'self'", "data:"],
          "object-src": ["'none'"],
          "frame-ancestors": ["'none'"],
          "base-uri": ["'none'"],
          "form-action": ["'self'"],
          "upgrade-insecure-requests": null,
        },
      },
      referrerPolicy: { policy: "no-referrer" },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(express.json({ limit: BODY_LIMIT }));

  app.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  app.get("/readyz", async (_request, response) => {
    const ready = await deps.rooms.store.isReady().catch(() => false);
    response
      .status(ready ? 200 : 503)
      .json({ status: ready ? "ready" : "not_ready", store: deps.rooms.store.engine });
  });
  const metricsAllowed = metricsGate(deps.metricsToken);
  app.get("/metrics", async (request, response) => {
    const answer =
      deps.metricsToken === null
        ? METRICS_NOT_HERE
        : await answerMetrics(deps.metrics, metricsAllowed, request.headers.authorization);
    if (answer.status === 401) response.set("WWW-Authenticate", "Bearer");
    response.status(answer.status).type(answer.contentType).set("Cache-Control", "no-store");
    response.send(answer.body);
  });

  app.use(openApiRoutes(deps)); // these three before apiRoutes, whose /api fallback answers 404
  app.use(intelRoutes(deps));
  app.use(webhookRoutes(deps));
  app.use(apiRoutes(deps));
  serveWeb(app, deps.webDist, deps.logger);
  app.use(errorHandler(deps.logger));
  return app;
}

function serveWeb(app: Express, webDist: string | null, logger: Logger): void {
  const dist = webDist ?? join(import.meta.dirname, "../../../web/dist");
  const index = join(dist, "index.html");
  if (!existsSync(index)) {
    logger.warn({ dist }, "web app not built; run `npm run build` to serve it");
    app.get("/", (_request, response) => {
      response
        .type("text/plain")
        .send("Stackboard API is running. Build the web app with `npm run build`.");
    });
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: "1h", immutable: false }));
  // The SPA's own routes (/, /r/:roomId, /r/:roomId/record, ...) all load index.html.
  app.get(/^\/(?!api\/|socket\.io\/).*/, (_request, response) => {
    response.set("Cache-Control", "no-cache").sendFile(index);
  });
}
