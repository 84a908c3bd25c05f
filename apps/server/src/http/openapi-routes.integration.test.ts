import { buildOpenApiDocument } from "@stackboard/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, fetchAsset } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";

let server: TestNode;

beforeAll(async () => {
  server = await startNode({ PUBLIC_URL: "https://board.example.org" });
});
afterAll(() => server.dispose());

describe("the API's description", () => {
  it("serves the document generated from the contracts, for this server's origin", async () => {
    const response = await apiFetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const served = (await response.json()) as ReturnType<typeof buildOpenApiDocument>;
    expect(served.openapi).toBe("3.1.1");
    expect(served.servers).toEqual([{ url: "https://board.example.org" }]);
    const built = buildOpenApiDocument({ version: served.info.version });
    expect(served.paths).toEqual(built.paths);
    expect(served.components.schemas).toEqual(built.components.schemas);
  });

  it("serves interactive docs from this origin, started by a script file under the strict CSP", async () => {
    const page = await fetchAsset(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    const directives = (page.headers.get("content-security-policy") ?? "").split(";");
    expect(directives.map((directive) => directive.trim())).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBe(2);
    for (const [, attributes, inline] of scripts) {
      expect(inline?.trim()).toBe(""); // no inline code: the CSP would block it
      expect(attributes).toMatch(/src="\/api\/docs\/[\w.-]+\.js"/);
    }
    expect(html).not.toMatch(/https?:\/\//); // no CDN
    for (const asset of ["swagger-ui-bundle.js", "docs.js", "swagger-ui.css"]) {
      const response = await fetchAsset(`${server.url}/api/docs/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.text()).length, asset).toBeGreaterThan(100);
    }
    // Only the viewer's own files: the package's demo page (pointing at a petstore) is not served.
    expect((await apiFetch(`${server.url}/api/docs/index.html`)).status).toBe(404);
  });
});
