import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("config", () => {
  it("has defaults that serve a laptop", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: "./data",
      redisUrl: null,
      publicUrl: "http://localhost:3000",
    });
    expect(config.allowedOrigins).toEqual(["http://localhost:3000"]);
  });

  it("derives the allowed origin from PUBLIC_URL and reads a list", () => {
    expect(loadConfig({ PUBLIC_URL: "https://board.example.com/" }).allowedOrigins).toEqual([
      "https://board.example.com",
    ]);
    expect(
      loadConfig({ ALLOWED_ORIGINS: "https://a.test, https://b.test" }).allowedOrigins,
    ).toEqual(["https://a.test", "https://b.test"]);
  });

  it("trusts no proxy unless told which", () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toEqual([
      "loopback",
      "10.0.0.0/8",
    ]);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/99" })).toThrow(/TRUST_PROXY/);
  });

  it("keeps metrics on loopback, with a token only if one is given", () => {
    expect(loadConfig({})).toMatchObject({
      metricsHost: "127.0.0.1",
      metricsPort: 9464,
      metricsToken: null,
    });
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
  });

  it("refuses bad values, naming the variable", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => loadConfig({ REDIS_URL: "http://nope" })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
