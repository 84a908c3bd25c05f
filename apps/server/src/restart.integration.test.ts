// A restart in the middle of a meeting keeps every acknowledged event: after a graceful
// stop, and after `kill -9` of the server process right after acknowledgements.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RoomState } from "@stackboard/core";
import { afterEach, describe, expect, it } from "vitest";
import { annotation, DATABASE_DECISION } from "./testing/commands.ts";
import { apiFetch, createRoom, fetchAsset } from "./testing/rest.ts";
import { startNode } from "./testing/server-node.ts";
import { spawnServerProcess } from "./testing/server-process.ts";
import { TestClient } from "./testing/test-client.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const stateOf = async (url: string, roomId: string) =>
  (await (await apiFetch(`${url}/api/rooms/${roomId}`)).json()) as {
    seq: number;
    state: RoomState;
  };

describe("restarts", () => {
  it("a graceful restart keeps the meeting", async () => {
    const first = await startNode();
    const room = await createRoom(first.url, "Restart me", "web-backend");
    const ada = new TestClient(first.url, room.roomId);
    await ada.join({ name: "Ada", facilitatorKey: room.facilitatorKey });
    await ada.must({ type: "decision.open", decisionId: "api-style" });
    await ada.must({
      type: "ballot.cast",
      decisionId: "api-style",
      ballot: { mode: "pick", optionId: "grpc" },
    });
    const before = await stateOf(first.url, room.roomId);
    ada.close();
    await first.close();

    const second = await startNode({}, first.dataDir);
    cleanups.push(async () => {
      await second.dispose();
    });
    expect(await stateOf(second.url, room.roomId)).toEqual(before);
    const again = new TestClient(second.url, room.roomId);
    expect(
      await again.join({
        name: "Ada",
        facilitatorKey: room.facilitatorKey,
        participantToken: ada.participantToken,
      }),
    ).toMatchObject({
      ok: true,
      participantId: ada.participantId,
      role: "facilitator",
    });
    again.close();
  });

  it("kill -9 right after acknowledgements loses no acknowledged event", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "stackboard-kill-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let node = await spawnServerProcess({ DATA_DIR: dataDir });
    const { url, port } = node;
    cleanups.push(() => node.child.stop("SIGKILL"));
    const room = await createRoom(url, "Crash test", "empty");
    const ada = new TestClient(url, room.roomId);
    await ada.join({ name: "Ada", facilitatorKey: room.facilitatorKey });
    for (const command of DATABASE_DECISION) await ada.must(command);

    // Fire annotations without waiting, and kill the server as soon as 100 are acknowledged.
    const acknowledged: number[] = [];
    const sends = Array.from({ length: 400 }, (_, index) =>
      ada
        .command(annotation(`n${index}`, `Reason ${index}`))
        .then((result) => {
          if (result.ok) acknowledged.push(index);
          if (acknowledged.length === 100) node.child.process.kill("SIGKILL");
        })
        .catch(() => undefined),
    );
    await Promise.all(sends);
    ada.close();
    await node.child.stop("SIGKILL");

    node = await spawnServerProcess({ DATA_DIR: dataDir }, port);
    const { state } = await stateOf(url, room.roomId);
    const kept = new Set(state.annotations.map((note) => note.id));
    const lost = acknowledged.filter((index) => !kept.has(`n${index}`));
    console.log(
      `kill -9: ${acknowledged.length} acknowledged, ${kept.size} annotations after restart, ${lost.length} lost`,
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    expect(lost).toEqual([]);
    expect(state.seq).toBeGreaterThanOrEqual(acknowledged.length);
  }, 60_000);
});

describe("REST", () => {
  it("serves health, readiness, metrics, catalog, templates and typed errors", async () => {
    const server = await startNode();
    cleanups.push(async () => {
      await server.dispose();
    });
    expect(await (await apiFetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await apiFetch(`${server.url}/readyz`)).json()).toEqual({
      status: "ready",
      store: "embedded",
    });
    const metrics = await (await fetchAsset(`${server.metricsUrl}/metrics`)).text();
    for (const name of [
      "stackboard_connections",
      "stackboard_rooms_loaded",
      "stackboard_commands_total",
      "stackboard_command_duration_seconds",
      "stackboard_fanout_latency_seconds",
    ]) {
      expect(metrics).toContain(name);
    }
    const catalog = (await (await apiFetch(`${server.url}/api/catalog`)).json()) as {
      technologies: { id: string }[];
    };
    expect(catalog.technologies.map((t) => t.id)).toEqual(
      expect.arrayContaining(["rest", "nodejs", "mongodb", "php", "python", "ruby-on-rails"]),
    );
    const templates = (await (await apiFetch(`${server.url}/api/templates`)).json()) as {
      templates: { id: string }[];
    };
    expect(templates.templates.map((t) => t.id)).toEqual(
      expect.arrayContaining(["web-backend", "empty"]),
    );

    const missing = await apiFetch(`${server.url}/api/rooms/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: "ROOM_NOT_FOUND", message: expect.any(String) },
    });
    const traversal = await apiFetch(`${server.url}/api/rooms/..%2F..%2Fetc`);
    expect(traversal.status).toBe(404);
    const post = (body: string) =>
      apiFetch(`${server.url}/api/rooms`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const invalid = await post(JSON.stringify({ title: "" }));
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe(
      "INVALID_REQUEST",
    );
    expect((await post("{not json")).status).toBe(400);
    const unknownTemplate = await post(JSON.stringify({ title: "x", template: "nope" }));
    expect(unknownTemplate.status).toBe(400);
    const huge = await post(JSON.stringify({ title: "x".repeat(70 * 1024) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe(
      "PAYLOAD_TOO_LARGE",
    );

    const created = await post(JSON.stringify({ title: "Links" }));
    expect(created.status).toBe(201);
    const body = (await created.json()) as {
      roomId: string;
      roomUrl: string;
      facilitatorUrl: string;
      facilitatorKey: string;
    };
    expect(Buffer.from(body.roomId, "base64url").length * 8).toBeGreaterThanOrEqual(120);
    expect(body.facilitatorUrl).toBe(`${body.roomUrl}#fk=${body.facilitatorKey}`);
    const headers = (await apiFetch(`${server.url}/healthz`)).headers;
    expect(headers.get("referrer-policy")).toBe("no-referrer");
    expect(headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});
