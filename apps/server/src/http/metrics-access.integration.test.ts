// /metrics is not for the public: by default it is served only on its own listener
// (loopback), and the app's port answers 404; with METRICS_TOKEN, both ask for it.
import { afterEach, describe, expect, it } from "vitest";
import { fetchAsset } from "../testing/rest.ts";
import { startNode, type TestNode } from "../testing/server-node.ts";

const nodes: TestNode[] = [];
afterEach(async () => {
  await Promise.all(nodes.splice(0).map((node) => node.dispose()));
});

async function node(env: Record<string, string> = {}): Promise<TestNode> {
  const started = await startNode(env);
  nodes.push(started);
  return started;
}

async function read(url: string, headers: Record<string, string> = {}) {
  const response = await fetchAsset(url, { headers });
  return { status: response.status, body: await response.text() };
}

const TOKEN = "metrics-token-for-the-scraper-0123456789";

describe("/metrics", () => {
  it("is served on its own loopback listener, not on the app's port", async () => {
    const server = await node();
    expect(new URL(server.metricsUrl).hostname).toBe("127.0.0.1");
    expect(new URL(server.metricsUrl).port).not.toBe(String(server.port));
    const own = await read(`${server.metricsUrl}/metrics`);
    expect(own.status).toBe(200);
    expect(own.body).toContain("stackboard_connections");
    const app = await read(`${server.url}/metrics`);
    expect(app.status).toBe(404);
    expect(app.body).not.toContain("stackboard_");
    expect((await read(`${server.metricsUrl}/`)).status).toBe(404);
  });

  it("asks for METRICS_TOKEN as a bearer token wherever it is served", async () => {
    const server = await node({ METRICS_TOKEN: TOKEN });
    for (const base of [server.url, server.metricsUrl]) {
      const none = await read(`${base}/metrics`);
      expect(none.status).toBe(401);
      expect(none.body).not.toContain("stackboard_");
      expect(none.body).not.toContain(TOKEN);
      expect((await read(`${base}/metrics`, { authorization: `Bearer ${TOKEN}x` })).status).toBe(
        401,
      );
      expect((await read(`${base}/metrics`, { authorization: TOKEN })).status).toBe(401);
      const right = await read(`${base}/metrics`, { authorization: `Bearer ${TOKEN}` });
      expect(right.status).toBe(200);
      expect(right.body).toContain("stackboard_commands_total");
    }
  });
});
