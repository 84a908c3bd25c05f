// Structured logs. Secrets never reach a log line: tokens, keys and room passphrases travel
// in socket payloads and in the REST read headers of a gated room (http/room-access.ts),
// neither of which is logged, and these paths are redacted anyway.
import { ROOM_ACCESS_HEADERS } from "@stackboard/contracts";
import { type DestinationStream, type Logger, type LoggerOptions, pino } from "pino";

export type { Logger };

/** `destination` defaults to stdout; tests pass their own to read what was written. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: "stackboard" },
    redact: {
      paths: [
        "participantToken",
        "facilitatorKey",
        "*.participantToken",
        "*.facilitatorKey",
        "passphrase",
        "*.passphrase",
        "*.command.passphrase",
        // Webhook signing secrets (webhooks/): never logged, redacted should one slip in.
        "secret",
        "*.secret",
        "req.headers.cookie",
        "req.headers.authorization",
        ...Object.values(ROOM_ACCESS_HEADERS).map((header) => `req.headers["${header}"]`),
      ],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
