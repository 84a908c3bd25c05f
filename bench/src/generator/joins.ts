// S5's joiners: fresh sockets join one room on an open-loop timetable (a new tab of a
// known participant, or a new person), and time join → state ready: the ack with its
// catch-up received and applied with the shared reducer, as the browser would.
import { reduceAll } from "@stackboard/core";
import { nowUs, sleepUntil } from "../lib/clock.ts";
import { encodeHistogram, newHistogram } from "../lib/histogram.ts";
import { BenchClient, IGNORE } from "./bench-client.ts";
import type { JoinsRequest, JoinsResult } from "./protocol.ts";
import { errorText } from "./worker-state.ts";

export async function runJoins(request: JoinsRequest): Promise<JoinsResult> {
  const joinToReady = newHistogram();
  const connectToReady = newHistogram();
  const bytes: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  const joins: Promise<void>[] = [];
  for (let index = 0; index < request.count; index += 1) {
    await sleepUntil(request.startAtUs + index * request.intervalMs * 1000);
    joins.push(
      (async () => {
        const token = request.tokens[index % Math.max(1, request.tokens.length)] ?? null;
        const client = new BenchClient(
          {
            index,
            url: request.url,
            node: 0,
            roomId: request.roomId,
            facilitatorKey: null,
            participantToken: token,
            voter: false,
            name: `joiner${index}`,
          },
          () => IGNORE,
          true,
        );
        try {
          const started = nowUs();
          await client.connect();
          const before = client.bytesIn;
          const emitted = nowUs();
          const result = await client.join();
          if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
          if (result.catchUp.kind === "snapshot")
            reduceAll(result.catchUp.state, result.catchUp.events);
          const ready = nowUs();
          joinToReady.recordValue(Math.max(1, ready - emitted));
          connectToReady.recordValue(Math.max(1, ready - started));
          bytes.push(client.bytesIn - before);
        } catch (error) {
          failed += 1;
          firstError ??= errorText(error);
        } finally {
          client.close();
        }
      })(),
    );
  }
  await Promise.all(joins);
  return {
    joinToReady: encodeHistogram(joinToReady),
    connectToReady: encodeHistogram(connectToReady),
    bytes,
    failed,
    firstError,
  };
}
