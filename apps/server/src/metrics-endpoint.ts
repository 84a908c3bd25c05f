// /metrics is for the operator's scraper, never for the public: it has its own listener
// (METRICS_HOST:METRICS_PORT, loopback by default) apart from the app's port. With
// METRICS_TOKEN set, both that listener and the app's port serve it, each only to a
// request bearing the token (`Authorization: Bearer <token>`, compared in constant time).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";
import { secretMatches, sha256 } from "./rooms/secrets.ts";

export interface MetricsAnswer {
  status: number;
  contentType: string;
  body: string;
}

const refusal = (status: number, code: string, message: string): MetricsAnswer => ({
  status,
  contentType: "application/json; charset=utf-8",
  body: JSON.stringify({ error: { code, message } }),
});

export const METRICS_NOT_HERE = refusal(404, "NOT_FOUND", "Not found.");

/** Who may read the metrics: anyone who reaches the listener, or whoever holds the token. */
export function metricsGate(token: string | null): (authorization: string | undefined) => boolean {
  if (token === null) return () => true;
  const tokenHash = sha256(token);
  return (authorization) => {
    const given = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
    return given !== undefined && secretMatches(given, tokenHash);
  };
}

export async function answerMetrics(
  metrics: Metrics,
  allowed: (authorization: string | undefined) => boolean,
  authorization: string | undefined,
): Promise<MetricsAnswer> {
  if (!allowed(authorization)) {
    return refusal(401, "UNAUTHORIZED", "These metrics need the scraper's bearer token.");
  }
  return {
    status: 200,
    contentType: metrics.registry.contentType,
    body: await metrics.registry.metrics(),
  };
}

export interface MetricsListener {
  /** e.g. http://127.0.0.1:9464 (the port actually bound, when 0 was asked). */
  url: string;
  close(): Promise<void>;
}

export async function startMetricsListener(options: {
  host: string;
  port: number;
  token: string | null;
  metrics: Metrics;
  logger: Logger;
}): Promise<MetricsListener> {
  const allowed = metricsGate(options.token);
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "").split("?")[0];
    const answered =
      request.method === "GET" && path === "/metrics"
        ? answerMetrics(options.metrics, allowed, request.headers.authorization)
        : Promise.resolve(METRICS_NOT_HERE);
    answered
      .catch((error: unknown) => {
        options.logger.error({ err: error }, "metrics failed");
        return refusal(500, "INTERNAL", "Something went wrong on our side.");
      })
      .then((answer) => {
        response.writeHead(answer.status, {
          "content-type": answer.contentType,
          "cache-control": "no-store",
          ...(answer.status === 401 ? { "www-authenticate": "Bearer" } : {}),
        });
        response.end(answer.body);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(
        new Error(
          `metrics listener on ${options.host}:${options.port} (METRICS_HOST, METRICS_PORT): ${error.message}`,
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
