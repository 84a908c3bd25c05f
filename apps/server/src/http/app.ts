// The express app: security headers, size limits, health and metrics, the API, and the
// built web app with its SPA fallback.
import { join } from "node:path";
import compression from "compression";
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
import { notBuiltRoutes, webRoutes } from "./static-web.ts";
import { loadWebAssets } from "./web-assets.ts";
import { webhookRoutes } from "./webhook-routes.ts";

export interface AppDeps {
  rooms: RoomService;
  publicUrl: string;
  webDist: string | null;
  /** Serve the web app's source maps (SERVE_SOURCE_MAPS); off in production by default. */
  serveSourceMaps: boolean;
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
/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

export function createApp(deps: AppDeps): Express {
  const app = express();
  const dist = deps.webDist ?? join(import.meta.dirname, "../../../web/dist");
  const web = loadWebAssets(dist, deps.serveSourceMaps);
  app.disable("x-powered-by");
  // req.ip and req.protocol follow the same rule as every per-address limit.
  app.set("trust proxy", deps.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "default-src": ["'self'"],
          // No 'unsafe-inline': index.html's two inline blocks, the first-paint skeleton's
          // style and the returning voter's early socket, are allowed by their hashes.
          // (React's `style` props go through the CSSOM, which CSP does not govern.)
          "script-src": ["'self'", ...(web?.indexScriptHashes ?? [])],
          "style-src": ["'self'", ...(web?.indexStyleHashes ?? [])],
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
  // JSON and other answers made per request (the web app's files are compressed at build
  // time and carry their Content-Encoding already, which this leaves alone).
  app.use(compression({ threshold: COMPRESS_THRESHOLD_BYTES }));
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
  if (web === null) {
    deps.logger.warn({ dist }, "web app not built; run `npm run build` to serve it");
    notBuiltRoutes(app);
  } else {
    app.use(webRoutes(web));
  }
  app.use(errorHandler(deps.logger));
  return app;
}
