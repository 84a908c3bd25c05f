// The deployment of docker-compose.yml, without Docker: deploy/nginx.conf must pass
// `nginx -t`, and the same topology — a Redis, two server nodes as separate processes,
// nginx in front — must let a client on one node see a vote cast through the other.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  localNginx,
  NGINX_INSTALL_HINT,
  NGINX_SKIP_MESSAGE,
  nginxInstalled,
} from "./testing/nginx.ts";
import { type Child, startChild, waitForHttp } from "./testing/processes.ts";
import { describeWithRedis, freePort } from "./testing/redis-server.ts";
import { apiFetch, createRoom } from "./testing/rest.ts";
import { TestClient } from "./testing/test-client.ts";

function nginxAvailable(): boolean {
  if (nginxInstalled()) return true;
  if (process.env.CI === "true") {
    throw new Error(`nginx is missing and CI=true: ${NGINX_INSTALL_HINT}`);
  }
  console.warn(NGINX_SKIP_MESSAGE);
  return false;
}

const withNginx = nginxAvailable();

describe.runIf(withNginx)("deploy/nginx.conf", () => {
  it("passes nginx -t with its upstreams pointed at local ports", async () => {
    const nginx = await localNginx(await freePort(), [await freePort(), await freePort()]);
    try {
      const result = spawnSync("nginx", nginx.args("", ["-t"]), { encoding: "utf8" });
      expect(result.stderr).toContain("syntax is ok");
      expect(result.status, result.stderr).toBe(0);
    } finally {
      await nginx.dispose();
    }
  });
});

/** Open Socket.IO connections on a node, from its Prometheus metrics. */
async function connectionsOn(nodeUrl: string): Promise<number> {
  const text = await (await apiFetch(`${nodeUrl}/metrics`)).text();
  const match = /^stackboard_connections (\d+)/m.exec(text);
  return Number(match?.[1] ?? 0);
}

if (withNginx) {
  describeWithRedis("the compose topology without Docker", (redis) => {
    const children: Child[] = [];
    const clients: TestClient[] = [];
    const nodeUrls: string[] = [];
    let lbUrl = "";
    let dataDir = "";
    let disposeNginx = async () => {};

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-deploy-"));
      const lbPort = await freePort();
      lbUrl = `http://127.0.0.1:${lbPort}`;
      const ports = [await freePort(), await freePort()];
      for (const [i, port] of ports.entries()) {
        const node = startChild(process.execPath, ["apps/server/src/main.ts"], {
          PORT: String(port),
          HOST: "127.0.0.1",
          REDIS_URL: redis.url,
          DATA_DIR: path.join(dataDir, `node${i + 1}`),
          PUBLIC_URL: lbUrl,
          LOG_LEVEL: "warn",
          ROOMS_PER_IP_PER_HOUR: "1000",
        });
        children.push(node);
        nodeUrls.push(`http://127.0.0.1:${port}`);
      }
      await Promise.all(
        nodeUrls.map((url, i) => waitForHttp(`${url}/readyz`, children[i] as Child)),
      );
      const nginx = await localNginx(lbPort, ports);
      disposeNginx = nginx.dispose;
      const lb = nginx.start();
      children.push(lb);
      await waitForHttp(`${lbUrl}/readyz`, lb);
    });

    afterAll(async () => {
      for (const client of clients) client.close();
      await Promise.all(children.map((child) => child.stop()));
      await disposeNginx();
      await rm(dataDir, { recursive: true, force: true });
    });

    /** A client through the load balancer from a given loopback source address. */
    function viaLb(roomId: string, localAddress: string, polling = false): TestClient {
      const client = new TestClient(lbUrl, roomId, {
        localAddress,
        ...(polling ? { transports: ["polling"] as ("polling" | "websocket")[] } : {}),
      });
      clients.push(client);
      return client;
    }

    it("carries a vote cast through one node to a client on the other", async () => {
      const room = await createRoom(lbUrl, "Through the balancer");
      const ada = viaLb(room.roomId, "127.0.0.1");
      await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
      const counts = await Promise.all(nodeUrls.map(connectionsOn));
      const adaNode = counts.indexOf(1);
      expect(adaNode).toBeGreaterThanOrEqual(0);

      // The balancer hashes the client address: find a source address that lands on the
      // other node (loopback has 2^24 of them).
      let bo: TestClient | null = null;
      for (let host = 2; host < 40 && bo === null; host++) {
        const candidate = viaLb(room.roomId, `127.0.0.${host}`);
        await candidate.connected();
        if ((await connectionsOn(nodeUrls[adaNode] ?? "")) === 1) bo = candidate;
        else candidate.close();
      }
      if (bo === null) throw new Error("no source address reached the other node");
      await bo.mustJoin({ name: "Bo" });

      await ada.must({ type: "decision.add", decisionId: "db", title: "Database", context: "" });
      await ada.must({
        type: "option.add",
        decisionId: "db",
        optionId: "pg",
        label: "PostgreSQL",
        catalogId: null,
      });
      await ada.must({ type: "decision.open", decisionId: "db" });
      const voted = await bo.must({
        type: "ballot.cast",
        decisionId: "db",
        ballot: { mode: "pick", optionId: "pg" },
      });
      await ada.waitForSeq(voted);
      const ballots = ada.state.decisions.find((d) => d.id === "db")?.ballots ?? [];
      expect(ballots.map((b) => b.participantId)).toEqual([bo.participantId]);

      // A long-polling client (every request must reach the same node: sticky) follows too.
      const cy = viaLb(room.roomId, "127.0.0.1", true);
      await cy.mustJoin({ name: "Cy", role: "observer" });
      const locked = await ada.must({ type: "decision.lock", decisionId: "db" });
      await Promise.all([bo.waitForSeq(locked), cy.waitForSeq(locked)]);
      expect(cy.state).toEqual(ada.state);
      expect(bo.state).toEqual(ada.state);
    });
  });
}
