// Every JSON error is { error: { code, message } } with the status its code implies.
import { httpStatusFor, normaliseError } from "@stackboard/contracts";
import type { ErrorRequestHandler, Response } from "express";
import type { Logger } from "../logger.ts";

export function sendError(response: Response, error: unknown): void {
  const normalised = normaliseError(error);
  response.status(httpStatusFor(normalised.code)).json({ error: normalised.toWire() });
}

/** Body-parser and other framework errors carry a `type`; map the ones a client causes. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => {
    const type = typeof error === "object" && error !== null && "type" in error ? error.type : null;
    if (type === "entity.too.large") {
      response
        .status(413)
        .json({ error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." } });
      return;
    }
    if (type === "entity.parse.failed" || type === "encoding.unsupported") {
      response.status(400).json({
        error: { code: "INVALID_REQUEST", message: "The request body is not valid JSON." },
      });
      return;
    }
    const normalised = normaliseError(error);
    if (normalised.code === "INTERNAL")
      logger.error({ err: normalised.cause ?? error }, "request failed");
    sendError(response, normalised);
  };
}
