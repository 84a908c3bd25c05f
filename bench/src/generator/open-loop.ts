// One open-loop step: votes leave on a fixed timetable whatever the server's pace, and
// every latency is measured from the vote's scheduled time, so a slow reply delays the
// measurement of the votes behind it instead of hiding them (no coordinated omission);
// the same deliveries are also measured from the moment the vote actually left. A vote is
// seen by every other client of its room; its sender's own copy is not counted.
import { nowUs, sleep, sleepUntil } from "../lib/clock.ts";
import { encodeHistogram, newHistogram } from "../lib/histogram.ts";
import { readStepVote, stepVoteId } from "../lib/vote-id.ts";
import { ballot, type EventSink } from "./bench-client.ts";
import type { LoadRequest, LoadResult } from "./protocol.ts";
import { cpuMeter, errorText, type WorkerState } from "./worker-state.ts";

export async function runLoad(state: WorkerState, request: LoadRequest): Promise<LoadResult> {
  const latency = { all: newHistogram(), sameNode: newHistogram(), crossNode: newHistogram() };
  const fromSent = newHistogram();
  const ack = newHistogram();
  const sendLag = newHistogram();
  const deliveriesByNode: number[] = [];
  const sink: EventSink = {
    event(client, event) {
      const vote = readStepVote(event.commandId);
      if (vote === null || !vote.measured || vote.sender === client.spec.index) return;
      const now = nowUs();
      const us = Math.max(1, now - vote.scheduledUs);
      latency.all.recordValue(us);
      (vote.senderNode === client.spec.node ? latency.sameNode : latency.crossNode).recordValue(us);
      fromSent.recordValue(Math.max(1, now - vote.sentUs));
      deliveriesByNode[client.spec.node] = (deliveriesByNode[client.spec.node] ?? 0) + 1;
    },
  };
  state.sink = sink;

  const voters = state.clients.filter((client) => client.spec.voter && client.joined);
  const measureFrom = request.startAtUs + request.warmupMs * 1000;
  const endUs = measureFrom + request.measureMs * 1000;
  const counts = { measured: 0, warmup: 0, acked: 0, failed: 0 };
  let firstError: string | null = null;
  let cpuPercent = 0;

  // The CPU window is the measured window, read on its own timers.
  void sleepUntil(measureFrom).then(() => {
    const meter = cpuMeter();
    void sleepUntil(endUs).then(() => {
      cpuPercent = meter();
    });
  });

  if (request.ratePerSec > 0 && voters.length > 0) {
    const intervalUs = 1e6 / request.ratePerSec;
    const firstUs = request.startAtUs + request.offsetFraction * intervalUs;
    let slot = 0;
    const send = (scheduledUs: number) => {
      const client = voters[slot % voters.length];
      if (client === undefined) return;
      const measured = scheduledUs >= measureFrom;
      const sentUs = nowUs();
      const id = stepVoteId({
        measured,
        senderNode: client.spec.node,
        sender: client.spec.index,
        counter: slot,
        scheduledUs,
        sentUs,
      });
      if (measured) {
        counts.measured += 1;
        sendLag.recordValue(Math.max(1, sentUs - scheduledUs));
      } else {
        counts.warmup += 1;
      }
      client.command(id, ballot(slot)).then(
        (result) => {
          if (result.ok) {
            counts.acked += 1;
            if (measured) ack.recordValue(Math.max(1, nowUs() - scheduledUs));
          } else {
            counts.failed += 1;
            firstError ??= `${result.error.code}: ${result.error.message}`;
          }
        },
        (error: unknown) => {
          counts.failed += 1;
          firstError ??= errorText(error);
        },
      );
    };
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = nowUs();
        for (;;) {
          const scheduledUs = firstUs + slot * intervalUs;
          if (scheduledUs >= endUs) return resolve();
          if (scheduledUs > now) break;
          send(scheduledUs);
          slot += 1;
        }
        // Timers fire at ms granularity: everything due by then goes out in one tick.
        setTimeout(tick, Math.max(0, Math.floor((firstUs + slot * intervalUs - nowUs()) / 1000)));
      };
      void sleepUntil(firstUs).then(tick);
    });
  } else {
    await sleepUntil(endUs);
  }
  await sleep(request.drainMs);

  return {
    measuredVotes: counts.measured,
    warmupVotes: counts.warmup,
    acked: counts.acked,
    failed: counts.failed,
    firstError,
    latency: {
      all: encodeHistogram(latency.all),
      sameNode: encodeHistogram(latency.sameNode),
      crossNode: encodeHistogram(latency.crossNode),
      fromSent: encodeHistogram(fromSent),
    },
    ack: encodeHistogram(ack),
    sendLag: encodeHistogram(sendLag),
    deliveriesByNode: Array.from(deliveriesByNode, (count) => count ?? 0),
    cpuPercent,
  };
}
