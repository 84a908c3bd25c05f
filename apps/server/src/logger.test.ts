// Secrets stay out of log lines even when someone logs a whole request or payload.
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

const TOKEN = "t".repeat(32);
const KEY = "k".repeat(32);

function written(log: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  log(createLogger("info", { write: (line: string) => lines.push(line) }));
  return lines.join("");
}

describe("logger", () => {
  it("redacts the REST read headers of a gated room", () => {
    const line = written((logger) =>
      logger.info(
        {
          req: {
            url: "/api/rooms/r/export.md",
            headers: { "x-participant-token": TOKEN, "x-facilitator-key": KEY, accept: "*/*" },
          },
        },
        "request",
      ),
    );
    expect(line).toContain("/api/rooms/r/export.md");
    expect(line).toContain("*/*");
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(KEY);
  });

  it("redacts tokens, keys and passphrases in socket payloads", () => {
    const line = written((logger) =>
      logger.warn({
        join: { participantToken: TOKEN, facilitatorKey: KEY, passphrase: "blue harbour" },
      }),
    );
    expect(line).toContain("[redacted]");
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(KEY);
    expect(line).not.toContain("blue harbour");
  });

  it("redacts webhook signing secrets, on their own or in a hook", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const line = written((logger) => {
      logger.warn({ secret }, "one");
      logger.warn({ hook: { id: "wh_1", url: "https://x.example", secret } }, "two");
    });
    expect(line).toContain("https://x.example");
    expect(line).not.toContain(secret);
  });
});
