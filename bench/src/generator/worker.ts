// A generator worker (forked by the pool): holds its share of the clients and runs one
// job per request from the parent, answering each with its result. It exits when the
// parent goes away, so an interrupted bench leaves no stray processes.
import { runBurst } from "./burst.ts";
import { closeClients, connectClients, setUpRooms } from "./fleet.ts";
import { runJoins } from "./joins.ts";
import { runLoad } from "./open-loop.ts";
import type { WorkerEnvelope, WorkerReply, WorkerRequest, WorkerResults } from "./protocol.ts";
import { errorText, newWorkerState } from "./worker-state.ts";

const state = newWorkerState(Number(process.env.BENCH_WORKER_INDEX ?? 0));

async function handle(request: WorkerRequest): Promise<WorkerResults[WorkerRequest["type"]]> {
  switch (request.type) {
    case "connect":
      return connectClients(state, request);
    case "setup":
      return setUpRooms(state);
    case "load":
      return runLoad(state, request);
    case "burst":
      return runBurst(state, request);
    case "joins":
      return runJoins(request);
    case "disconnect":
      return closeClients(state);
  }
}

process.on("message", (message: WorkerEnvelope) => {
  handle(message.request).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) => reply({ id: message.id, ok: false, error: errorText(error) }),
  );
});
process.on("disconnect", () => process.exit(0));

function reply(message: WorkerReply): void {
  process.send?.(message);
}
