import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_PATHS } from "../rest.ts";
import { WEBHOOK_PATHS } from "../webhooks.ts";
import { buildOpenApiDocument, expressPath } from "./document.ts";
import { OPERATIONS } from "./operations.ts";

const document = buildOpenApiDocument({ version: "1.2.3", serverUrl: "https://sb.example" });

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone({ ...document }));
    expect(result).toEqual({ valid: true });
  });

  it("describes every route the contracts name", () => {
    const described = new Set(OPERATIONS.map((operation) => expressPath(operation.path)));
    for (const path of [...Object.values(API_PATHS), ...Object.values(WEBHOOK_PATHS)]) {
      expect(described, path).toContain(path);
    }
  });

  it("names every component schema it refers to", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(20);
    for (const [, name = ""] of refs)
      expect(document.components.schemas, name).toHaveProperty(name);
  });

  it("takes its request shapes as input and its answers as output", () => {
    const { CreateWebhookRequest, WebhooksResponse } = document.components.schemas;
    // `format` has a default: a client may leave it out, the server always says it.
    expect(CreateWebhookRequest?.required).toEqual(["url"]);
    expect(JSON.stringify(WebhooksResponse)).toContain('"required":["id","url","format"');
  });

  it("carries the version and server it was built for, and documents the webhooks", () => {
    expect(document.info.version).toBe("1.2.3");
    expect(document.servers).toEqual([{ url: "https://sb.example" }]);
    expect(Object.keys(document.webhooks)).toEqual(["decisionEvent"]);
    expect(JSON.stringify(document.webhooks)).toContain("webhook-signature");
  });
});
