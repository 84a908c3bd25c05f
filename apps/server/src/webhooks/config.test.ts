import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";
import { retryDelay } from "./deliverer.ts";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("webhook settings", () => {
  it("default to no server hooks, private targets refused, short timeouts", () => {
    expect(loadConfig({}).webhooks).toEqual({
      defaults: [],
      allowPrivate: false,
      timeoutMs: 5_000,
      maxAttempts: 8,
      retryBaseMs: 5_000,
    });
  });

  it("read the server's hooks from WEBHOOKS", () => {
    const config = loadConfig({
      WEBHOOKS: JSON.stringify([
        { url: "https://hooks.slack.com/services/T/B/x", secret: SECRET, format: "slack" },
        { url: "https://ci.example.org/in", secret: SECRET, events: ["room.record_ready"] },
      ]),
      WEBHOOK_ALLOW_PRIVATE: "true",
    });
    expect(config.webhooks.allowPrivate).toBe(true);
    expect(config.webhooks.defaults).toEqual([
      expect.objectContaining({
        format: "slack",
        events: expect.arrayContaining(["decision.opened"]),
      }),
      expect.objectContaining({ format: "standard", events: ["room.record_ready"] }),
    ]);
  });

  it("refuse a bad WEBHOOKS without quoting a secret in the message", () => {
    const bad = JSON.stringify([{ url: "https://x.example.org", secret: `${SECRET}!` }]);
    expect(() => loadConfig({ WEBHOOKS: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOKS: bad })).toThrow(/WEBHOOKS: invalid at 0\.secret/);
    try {
      loadConfig({ WEBHOOKS: bad });
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
    expect(() => loadConfig({ WEBHOOKS: `[{"secret":"${SECRET}"` })).toThrow(/not valid JSON/);
  });

  it("wait 4 times longer before each retry, never more than six hours", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelay(5_000, attempts))).toEqual([
      5_000, 20_000, 80_000, 320_000,
    ]);
    expect(retryDelay(5_000, 20)).toBe(6 * 60 * 60 * 1000);
  });
});
