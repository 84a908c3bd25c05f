// The deployment of docker-compose.yml, without Docker: deploy/nginx.conf must pass
// `nginx -t`, and the same topology — a Redis, two server nodes as separate processes,
// nginx in front — must let a client on one node see a vote cast through the other, and
// count every per-address limit against the address nginx saw, whatever a client forges.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
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
import { createRoom, fetchAsset } from "./testing/rest.ts";
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

/** Commands per second per client address on the nodes behind nginx. */
const PER_ADDRESS_BUDGET = 60;
/** Rooms per hour per client address on the nodes behind nginx. */
const ROOMS_PER_ADDRESS = 20;

/** POST /api/rooms from a given loopback source address with extra headers: the status. */
function openRoomFrom(url: string, localAddress: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const body = JSON.stringify({ title: "Forged" });
    const request = http.request(
      `${url}/api/rooms`,
      {
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", ...headers },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

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

/** Open Socket.IO connections on a node, from its Prometheus metrics (its own listener). */
async function connectionsOn(metricsUrl: string): Promise<number> {
  const text = await (await fetchAsset(`${metricsUrl}/metrics`)).text();
  const match = /^stackboard_connections (\d+)/m.exec(text);
  if (match?.[1] === undefined) throw new Error(`no connections gauge at ${metricsUrl}`);
  return Number(match[1]);
}

if (withNginx) {
  describeWithRedis("the compose topology without Docker", (redis) => {
    const children: Child[] = [];
    const clients: TestClient[] = [];
    const nodeUrls: string[] = [];
    const metricsUrls: string[] = [];
    let lbUrl = "";
    let dataDir = "";
    let disposeNginx = async () => {};

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-deploy-"));
      const lbPort = await freePort();
      lbUrl = `http://127.0.0.1:${lbPort}`;
      const ports = [await freePort(), await freePort()];
      for (const [i, port] of ports.entries()) {
        const metricsPort = await freePort();
        const node = startChild(process.execPath, ["apps/server/src/main.ts"], {
          PORT: String(port),
          HOST: "127.0.0.1",
          METRICS_PORT: String(metricsPort),
          REDIS_URL: redis.url,
          DATA_DIR: path.join(dataDir, `node${i + 1}`),
          PUBLIC_URL: lbUrl,
          LOG_LEVEL: "warn",
          ROOMS_PER_IP_PER_HOUR: String(ROOMS_PER_ADDRESS),
          // nginx reaches the nodes over loopback: trust it, and nothing else, to forward.
          TRUST_PROXY: "loopback",
          COMMANDS_PER_SECOND_PER_IP: String(PER_ADDRESS_BUDGET),
        });
        children.push(node);
        nodeUrls.push(`http://127.0.0.1:${port}`);
        metricsUrls.push(`http://127.0.0.1:${metricsPort}`);
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
    function viaLb(
      roomId: string,
      localAddress: string,
      polling = false,
      headers?: Record<string, string>,
    ): TestClient {
      const client = new TestClient(lbUrl, roomId, {
        localAddress,
        ...(polling ? { transports: ["polling"] as ("polling" | "websocket")[] } : {}),
        ...(headers ? { headers } : {}),
      });
      clients.push(client);
      return client;
    }

    /** A client that claims, in X-Forwarded-For, to be somebody else on every connection. */
    let forgeries = 0;
    function forging(roomId: string, localAddress: string): TestClient {
      forgeries += 1;
      return viaLb(roomId, localAddress, false, {
        "X-Forwarded-For": `198.51.100.${forgeries % 250}`,
        "X-Real-IP": `198.51.100.${forgeries % 250}`,
      });
    }

    it("carries a vote cast through one node to a client on the other", async () => {
      const room = await createRoom(lbUrl, "Through the balancer");
      const ada = viaLb(room.roomId, "127.0.0.1");
      await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
      const counts = await Promise.all(metricsUrls.map(connectionsOn));
      const adaNode = counts.indexOf(1);
      expect(adaNode).toBeGreaterThanOrEqual(0);

      // The balancer hashes the client address: find a source address that lands on the
      // other node (loopback has 2^24 of them).
      let bo: TestClient | null = null;
      for (let host = 2; host < 40 && bo === null; host++) {
        const candidate = viaLb(room.roomId, `127.0.0.${host}`);
        await candidate.connected();
        if ((await connectionsOn(metricsUrls[adaNode] ?? "")) === 1) bo = candidate;
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

    it("does not serve /metrics through the balancer", async () => {
      const response = await fetchAsset(`${lbUrl}/metrics`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("stackboard_");
      // Each node's own listener does (connectionsOn throws otherwise).
      for (const url of metricsUrls) expect(await connectionsOn(url)).toBeGreaterThanOrEqual(0);
    });

    it("keeps a guesser locked out of a passphrase whatever X-Forwarded-For it sends", async () => {
      const room = await createRoom(lbUrl, "Locked");
      const ada = viaLb(room.roomId, "127.0.0.1");
      await ada.mustJoin({ name: "Ada", facilitatorKey: room.facilitatorKey });
      await ada.must({ type: "room.setPassphrase", passphrase: "right horse" });

      const answers: string[] = [];
      const guess = async (passphrase: string) => {
        const guesser = forging(room.roomId, "127.0.0.9");
        const result = await guesser.join({ name: "Mallory", passphrase });
        guesser.close();
        answers.push(result.ok ? "joined" : result.error.code);
      };
      for (let i = 0; i < 11; i++) await guess(`wrong ${i}`);
      expect(answers.slice(0, 10)).toEqual(Array(10).fill("PASSPHRASE_WRONG"));
      expect(answers[10]).toBe("RATE_LIMITED");
      // Locked out: 30 more guesses, each from a "new" forged address, are not even checked,
      answers.length = 0;
      for (let i = 0; i < 30; i++) await guess(`still wrong ${i}`);
      // and the right passphrase, from yet another forged address, does not get in.
      await guess("right horse");
      const counts = Object.fromEntries(
        [...new Set(answers)].map((code) => [code, answers.filter((a) => a === code).length]),
      );
      console.log(`forged X-Forwarded-For after the lockout: ${JSON.stringify(counts)}`);
      expect(counts).toEqual({ RATE_LIMITED: 31 });
      // The limit is the guesser's address's, not everybody's: another address gets in.
      const bo = viaLb(room.roomId, "127.0.0.10");
      await bo.mustJoin({ name: "Bo", passphrase: "right horse" });
    });

    it("limits the rooms one address opens whatever X-Forwarded-For it sends", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < ROOMS_PER_ADDRESS + 5; i++) {
        const forged = `198.51.100.${i + 1}`;
        statuses.push(
          await openRoomFrom(lbUrl, "127.0.0.12", {
            "X-Forwarded-For": forged,
            "X-Real-IP": forged,
          }),
        );
      }
      const created = statuses.filter((status) => status === 201).length;
      console.log(
        `forged X-Forwarded-For, ${statuses.length} rooms opened from one address (limit ${ROOMS_PER_ADDRESS}/h): ${created} created, ${statuses.length - created} refused`,
      );
      expect(created).toBe(ROOMS_PER_ADDRESS);
      expect(statuses.slice(ROOMS_PER_ADDRESS)).toEqual(Array(5).fill(429));
    });

    it("keeps one address within its command budget whatever X-Forwarded-For it sends", async () => {
      const room = await createRoom(lbUrl, "Budget");
      const sockets = Array.from({ length: 10 }, () => forging(room.roomId, "127.0.0.11"));
      for (const [i, socket] of sockets.entries()) await socket.mustJoin({ name: `Sock ${i}` });
      const results = await Promise.all(
        sockets.flatMap((socket, i) =>
          Array.from({ length: 25 }, (_, n) =>
            socket.command({ type: "participant.rename", name: `Sock ${i} ${n}` }),
          ),
        ),
      );
      const accepted = results.filter((result) => result.ok).length;
      const limited = results.filter((r) => !r.ok && r.error.code === "RATE_LIMITED").length;
      console.log(
        `forged X-Forwarded-For, 10 sockets x 25 commands from one address (budget ${PER_ADDRESS_BUDGET}/s): ${accepted} accepted, ${limited} RATE_LIMITED`,
      );
      // One budget for the address, whichever second windows the burst straddles.
      expect(accepted).toBeLessThanOrEqual(2 * PER_ADDRESS_BUDGET);
      expect(accepted + limited).toBe(results.length);
    });
  });
}
