// The parent's side of the generator: forks the workers (each its own process and core
// share), sends each a request and awaits its typed reply, and knows their pids so their
// CPU can be read from /proc.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { sleep, withTimeout } from "../lib/clock.ts";
import { REPO_ROOT } from "../lib/paths.ts";
import type { WorkerEnvelope, WorkerReply, WorkerRequest, WorkerResults } from "./protocol.ts";

const WORKER_ENTRY = join(REPO_ROOT, "bench/src/generator/worker.ts");

type RequestOf<K extends WorkerRequest["type"]> = Extract<WorkerRequest, { type: K }>;

export class WorkerPool {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: WorkerReply) => void>();

  private readonly workers: ChildProcess[];

  private constructor(workers: ChildProcess[]) {
    this.workers = workers;
    for (const worker of workers) {
      worker.on("message", (reply: WorkerReply) => {
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
      });
    }
  }

  static start(count: number): WorkerPool {
    const workers = Array.from({ length: count }, (_unused, index) =>
      fork(WORKER_ENTRY, [], {
        cwd: REPO_ROOT,
        execArgv: [],
        env: { ...process.env, BENCH_WORKER_INDEX: String(index) },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
    return new WorkerPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.pid ?? -1);
  }

  request<K extends WorkerRequest["type"]>(
    index: number,
    request: RequestOf<K>,
    timeoutMs: number,
  ): Promise<WorkerResults[K]> {
    const worker = this.workers[index];
    if (worker === undefined) throw new Error(`no worker ${index}`);
    const id = this.nextId++;
    const answer = new Promise<WorkerResults[K]>((resolve, reject) => {
      this.waiting.set(id, (reply) => {
        if (reply.ok) resolve(reply.result as WorkerResults[K]);
        else reject(new Error(`worker ${index} ${request.type}: ${reply.error}`));
      });
    });
    const envelope: WorkerEnvelope = { id, request };
    worker.send(envelope);
    return withTimeout(answer, timeoutMs, `worker ${index} ${request.type}`);
  }

  /** The same kind of request to every worker (null: skip that worker). */
  all<K extends WorkerRequest["type"]>(
    make: (index: number) => RequestOf<K> | null,
    timeoutMs: number,
  ): Promise<WorkerResults[K][]> {
    const replies: Promise<WorkerResults[K]>[] = [];
    for (let index = 0; index < this.workers.length; index += 1) {
      const request = make(index);
      if (request !== null) replies.push(this.request(index, request, timeoutMs));
    }
    return Promise.all(replies);
  }

  /** Closes every client of every worker; the workers stay for the next target. */
  async disconnectAll(): Promise<void> {
    await this.all(() => ({ type: "disconnect" }), 30_000).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.disconnectAll();
    for (const worker of this.workers) worker.disconnect();
    await sleep(100);
    for (const worker of this.workers) if (worker.exitCode === null) worker.kill("SIGKILL");
  }
}
