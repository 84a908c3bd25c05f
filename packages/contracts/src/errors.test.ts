import { RULE_CODES } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ERROR_CODES,
  type ErrorCode,
  httpStatusFor,
  normaliseError,
  parseOrThrow,
  rejectionError,
  StackboardError,
  WireErrorSchema,
  zodIssuesMessage,
} from "./errors.ts";

const ALL_CODES = Object.values(ERROR_CODES);

describe("ERROR_CODES", () => {
  it("includes every core rule code", () => {
    for (const code of Object.values(RULE_CODES)) expect(ALL_CODES).toContain(code);
  });

  it("maps each key to itself", () => {
    for (const [key, code] of Object.entries(ERROR_CODES)) expect(code).toBe(key);
  });
});

describe("httpStatusFor", () => {
  it("gives every code an HTTP error status", () => {
    for (const code of ALL_CODES) {
      const status = httpStatusFor(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it.each<[ErrorCode, number]>([
    ["ROOM_NOT_FOUND", 404],
    ["NOT_FOUND", 404],
    ["FORBIDDEN", 403],
    ["UNAUTHORIZED", 401],
    ["INVALID_COMMAND", 400],
    ["INVALID_REQUEST", 400],
    ["INVALID_BALLOT", 400],
    ["RATE_LIMITED", 429],
    ["PAYLOAD_TOO_LARGE", 413],
    ["STORE_UNAVAILABLE", 503],
    ["CONFLICT", 409],
    ["VOTING_LOCKED", 409],
    ["DUPLICATE_COMMAND", 409],
    ["LIMIT_REACHED", 409],
    ["CLIENT_TOO_OLD", 426],
    ["SERVER_TOO_OLD", 426],
    ["INTERNAL", 500],
  ])("%s is %i", (code, status) => {
    expect(httpStatusFor(code)).toBe(status);
  });
});

describe("StackboardError", () => {
  it("serialises to a wire error", () => {
    const error = new StackboardError("ROOM_NOT_FOUND", "No such room.");
    expect(error).toBeInstanceOf(Error);
    expect(error.toWire()).toEqual({ code: "ROOM_NOT_FOUND", message: "No such room." });
    expect(WireErrorSchema.parse(error.toWire())).toEqual(error.toWire());
  });

  it("carries a domain rejection", () => {
    const error = rejectionError({ code: "VOTING_LOCKED", message: "Voting is locked." });
    expect(error.toWire()).toEqual({ code: "VOTING_LOCKED", message: "Voting is locked." });
  });
});

describe("normaliseError", () => {
  it("keeps a StackboardError as it is", () => {
    const error = new StackboardError("FORBIDDEN", "No.");
    expect(normaliseError(error)).toBe(error);
  });

  it("wraps anything else as INTERNAL, keeping the cause but not leaking its message", () => {
    const cause = new Error("ECONNREFUSED 10.0.0.7:6379 password=hunter2");
    const error = normaliseError(cause);
    expect(error.code).toBe("INTERNAL");
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error.toWire())).not.toContain("hunter2");
    expect(normaliseError("a string").code).toBe("INTERNAL");
  });
});

describe("zod errors", () => {
  const schema = z.strictObject({ a: z.string(), b: z.object({ c: z.int() }) });

  it("make a short message naming paths", () => {
    const result = schema.safeParse({ a: 1, b: { c: 1.5 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const message = zodIssuesMessage(result.error);
    expect(message).toContain("a: ");
    expect(message).toContain("b.c: ");
  });

  it("stay short when the input is hostile", () => {
    const result = schema.safeParse({ a: "", b: { c: 1 }, ["x".repeat(10_000)]: 1 });
    if (result.success) throw new Error("expected a failure");
    expect(zodIssuesMessage(result.error).length).toBeLessThanOrEqual(300);
  });

  it("become StackboardErrors with the code asked for", () => {
    expect(parseOrThrow(schema, { a: "x", b: { c: 1 } })).toEqual({ a: "x", b: { c: 1 } });
    expect(() => parseOrThrow(schema, {}, "INVALID_COMMAND")).toThrowError(
      expect.objectContaining({ code: "INVALID_COMMAND" }),
    );
  });
});
