// Structured logs. Secrets never reach a log line: tokens, keys and room passphrases travel
// only in socket payloads, which are never logged, and these paths are redacted anyway.
import { type Logger, pino } from "pino";

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
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
        "req.headers.cookie",
        "req.headers.authorization",
      ],
      censor: "[redacted]",
    },
  });
}
