// Smoke test of the bench itself: the generator, the B0 relay and the app start, and a
// short open-loop step against each gives a result with sane numbers. Not a timed
// assertion: the figures of a shared test machine say nothing about the app.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "./generator/pool.ts";
import { machineInfo } from "./report/machine.ts";
import { RESULTS_FORMAT } from "./report/results.ts";
import { writeResults } from "./report/write.ts";
import { buildFleet } from "./scenarios/fleet.ts";
import { runStep } from "./scenarios/steps.ts";
import type { RunContext, StepMetrics } from "./scenarios/types.ts";
import { memoryAfterGc } from "./targets/memory.ts";
import { startTarget, type TargetKind } from "./targets/target.ts";

const pool = WorkerPool.start(2);
const ctx: RunContext = {
  quick: true,
  pool,
  pairs: 1,
  appEnv: {},
  redis: null,
  profile: false,
  profileDir: tmpdir(),
  log: () => undefined,
};
const shape = { rooms: 3, clientsPerRoom: 5, votersPerRoom: 5 };
// A long drain: on a busy shared machine a delivery may come late, and then it counts as lost.
const timing = { warmupMs: 300, measureMs: 1000, drainMs: 3000 };

afterAll(async () => {
  await pool.close();
});

async function oneStep(kind: TargetKind): Promise<StepMetrics> {
  const target = await startTarget({ kind, nodes: 1, redisUrl: null });
  try {
    const fleet = await buildFleet(pool, target, shape);
    expect(fleet.failed, fleet.firstError ?? "").toBe(0);
    expect(fleet.joined).toBe(shape.rooms * shape.clientsPerRoom);
    return await runStep(ctx, pool, target, 40, timing, shape.clientsPerRoom);
  } finally {
    await pool.disconnectAll();
    await target.stop();
  }
}

function expectSane(step: StepMetrics): void {
  expect(step.failedVotes, step.firstError ?? "").toBe(0);
  expect(step.measuredVotes).toBeGreaterThan(0);
  // Every vote reaches every other client of its room (its sender's copy is not counted).
  expect(step.latency.count).toBe(step.measuredVotes * (shape.clientsPerRoom - 1));
  expect(step.fromSent.count).toBe(step.latency.count);
  expect(step.fromSent.p50).toBeLessThanOrEqual(step.latency.p50);
  expect(step.missingDeliveries).toBe(0);
  expect(step.serverCpuUsPerVote).toBeGreaterThan(0);
  expect(step.allocBytesPerVote).toBeGreaterThan(0);
  expect(step.latency.p50).toBeGreaterThan(0);
  expect(step.latency.max).toBeGreaterThanOrEqual(step.latency.p99);
  expect(step.deliveriesPerSecByNode[0]).toBeGreaterThan(0);
  expect(step.serverCpu[0]).toBeGreaterThanOrEqual(0);
  expect(step.generatorCpu).toHaveLength(2);
}

describe("bench smoke", () => {
  it("measures the B0 relay and the app with the same generator", async () => {
    const relay = await oneStep("B0");
    const app = await oneStep("app");
    expectSane(relay);
    expectSane(app);

    const out = await mkdtemp(join(tmpdir(), "stackboard-bench-smoke-"));
    try {
      const now = new Date().toISOString();
      const files = writeResults(
        {
          format: RESULTS_FORMAT,
          startedAt: now,
          finishedAt: now,
          command: "smoke test",
          quick: true,
          workers: 2,
          pairs: 1,
          appEnv: {},
          machine: machineInfo(null, 0),
          redisFloor: null,
          scenarios: [],
        },
        out,
        false,
      );
      expect(files.length).toBeGreaterThanOrEqual(3);
      const latest = JSON.parse(await readFile(join(out, "latest.json"), "utf8")) as {
        machine: { cores: number };
      };
      expect(latest.machine.cores).toBeGreaterThan(0);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("reads the heap from the app's metrics listener and from the relay", async () => {
    for (const kind of ["app", "B0"] as const) {
      const target = await startTarget({ kind, nodes: 1, redisUrl: null });
      try {
        const node = target.nodes[0];
        if (node === undefined) throw new Error("no node");
        const reading = await memoryAfterGc(node);
        expect(reading.heapUsedBytes, kind).toBeGreaterThan(0);
        expect(reading.rssBytes, kind).toBeGreaterThan(0);
        // The app's port itself does not serve its metrics.
        if (kind === "app") expect((await fetch(`${node.url}/metrics`)).status).toBe(404);
      } finally {
        await target.stop();
      }
    }
  });
});
