// Bringing a worker's clients up (connect + join, a bounded number at a time), the app
// rooms' one-time setup by their facilitators, and closing everything.
import { BenchClient, ROOM_SETUP } from "./bench-client.ts";
import type { ConnectRequest, WorkerResults } from "./protocol.ts";
import { errorText, inBatches, type WorkerState } from "./worker-state.ts";

export async function connectClients(
  state: WorkerState,
  request: ConnectRequest,
): Promise<WorkerResults["connect"]> {
  const started = performance.now();
  let joined = 0;
  let failed = 0;
  let firstError: string | null = null;
  const fresh = request.clients.map((spec) => new BenchClient(spec, () => state.sink));
  await inBatches(fresh, request.concurrency, async (client) => {
    try {
      await client.connect();
      const result = await client.join();
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      joined += 1;
    } catch (error) {
      failed += 1;
      firstError ??= errorText(error);
      client.close();
    }
  });
  const up = fresh.filter((client) => client.joined);
  state.clients.push(...up);
  const tokens = request.returnTokens
    ? up.flatMap((client): [number, string][] =>
        client.participantToken ? [[client.spec.index, client.participantToken]] : [],
      )
    : [];
  return { joined, failed, firstError, ms: Math.round(performance.now() - started), tokens };
}

/** App rooms: each room's facilitator adds the decision and its options and opens it. */
export async function setUpRooms(state: WorkerState): Promise<WorkerResults["setup"]> {
  const facilitators = state.clients.filter((client) => client.spec.facilitatorKey !== null);
  let opened = 0;
  let failed = 0;
  let firstError: string | null = null;
  await inBatches(facilitators, 50, async (client) => {
    try {
      for (const [step, command] of ROOM_SETUP.entries()) {
        const result = await client.command(
          `setup${client.spec.index.toString(36)}x${step}`,
          command,
        );
        if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
      }
      opened += 1;
    } catch (error) {
      failed += 1;
      firstError ??= errorText(error);
    }
  });
  return { opened, failed, firstError };
}

export function closeClients(state: WorkerState): WorkerResults["disconnect"] {
  const closed = state.clients.length;
  for (const client of state.clients) client.close();
  state.clients = [];
  return { closed };
}
