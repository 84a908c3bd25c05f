import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContractViolation, findOperation, OpenApiValidator } from "./openapi-validator.ts";

const validator = new OpenApiValidator();
const ROOM = "AAAAAAAAAAAAAAAAAAAAAA";
const created = {
  roomId: ROOM,
  roomUrl: `http://localhost/r/${ROOM}`,
  facilitatorUrl: `http://localhost/r/${ROOM}#fk=${"k".repeat(32)}`,
  facilitatorKey: "k".repeat(32),
};
const json = "application/json; charset=utf-8";

describe("the REST answer check", () => {
  it("accepts an answer that matches its operation", () => {
    expect(() =>
      validator.check({
        method: "POST",
        path: "/api/rooms",
        status: 201,
        contentType: json,
        body: JSON.stringify(created),
      }),
    ).not.toThrow();
  });

  it("refuses a body that breaks the schema, naming what is wrong", () => {
    const { facilitatorKey: _key, ...missing } = created;
    expect(() =>
      validator.check({
        method: "POST",
        path: "/api/rooms",
        status: 201,
        contentType: json,
        body: JSON.stringify(missing),
      }),
    ).toThrow(/CreateRoomResponse.*facilitatorKey/);
    expect(() =>
      validator.check({
        method: "GET",
        path: "/healthz",
        status: 200,
        contentType: json,
        body: JSON.stringify({ status: "ok", extra: 1 }),
      }),
    ).toThrow(ContractViolation);
  });

  it("refuses a status, a media type or a route the document does not declare", () => {
    expect(() =>
      validator.check({
        method: "GET",
        path: "/api/catalog",
        status: 418,
        contentType: json,
        body: "{}",
      }),
    ).toThrow(/status not in getCatalog/);
    expect(() =>
      validator.check({
        method: "GET",
        path: `/api/rooms/${ROOM}/export.md`,
        status: 200,
        contentType: "text/html",
        body: "<p>",
      }),
    ).toThrow(/expected text\/markdown/);
    expect(() =>
      validator.check({
        method: "PUT",
        path: "/healthz",
        status: 200,
        contentType: json,
        body: "{}",
      }),
    ).toThrow(/no such operation/);
  });

  it("takes any other /api path as the 404 fallback, with the error shape", () => {
    const error = JSON.stringify({ error: { code: "NOT_FOUND", message: "No such API route." } });
    const answer = { method: "GET", path: "/api/nope", contentType: json, body: error };
    expect(() => validator.check({ ...answer, status: 404 })).not.toThrow();
    expect(() => validator.check({ ...answer, status: 200 })).toThrow(/no such operation/);
  });

  it("prefers a literal segment to a parameter", () => {
    expect(findOperation("get", `/api/rooms/${ROOM}/webhooks/deliveries`)?.operationId).toBe(
      "listWebhookDeliveries",
    );
    expect(findOperation("delete", `/api/rooms/${ROOM}/webhooks/wh_x`)?.operationId).toBe(
      "deleteWebhook",
    );
  });
});

describe("the integration tests", () => {
  it("read REST answers only through apiFetch, so that every answer is checked", () => {
    const root = path.join(import.meta.dirname, "..");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) =>
      file.endsWith(".integration.test.ts"),
    );
    expect(files.length).toBeGreaterThan(10);
    const bare = files.filter((file) =>
      /(?<![A-Za-z.])fetch\(/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(bare).toEqual([]);
  });
});
