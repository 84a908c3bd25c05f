// S6's countdown bursts: every client votes once per round, all inside a short spread,
// and counts the distinct votes it sees per round. A dropped client keeps its unacked
// votes and re-sends them (same command ids) after rejoining with its token and lastSeq,
// as the web client does; a vote seen under two seqs was applied twice.
import { nowUs, sleep, sleepUntil } from "../lib/clock.ts";
import { burstVoteId, readBurstVote } from "../lib/vote-id.ts";
import { type BenchClient, ballot, type EventSink } from "./bench-client.ts";
import type { BurstRequest, BurstResult, BurstRound } from "./protocol.ts";
import { errorText, type WorkerState } from "./worker-state.ts";

interface Tally {
  /** Vote key (round, sender) → seq it was seen at. */
  seen: Map<number, number>;
  count: number[];
  duplicated: number[];
  completeAtUs: (number | null)[];
}

const voteKey = (round: number, client: number): number => round * 1_000_000 + client;

/** Deterministic spread of a client's vote in a round (no Math.random: runs repeat). */
const offsetUs = (round: number, client: number, spreadMs: number): number =>
  (((client * 2_654_435_761 + round * 40_503) >>> 0) % 1000) * spreadMs;

export async function runBurst(state: WorkerState, request: BurstRequest): Promise<BurstResult> {
  const { rounds, votesPerRound } = request;
  const periodUs = request.periodMs * 1000;
  const roundStart = (round: number) => request.startAtUs + round * periodUs;
  const tallies = new Map<BenchClient, Tally>();
  for (const client of state.clients) {
    tallies.set(client, {
      seen: new Map(),
      count: new Array<number>(rounds).fill(0),
      duplicated: new Array<number>(rounds).fill(0),
      completeAtUs: new Array<number | null>(rounds).fill(null),
    });
  }
  const counts = { sent: 0, retried: 0, acked: 0, failed: 0, redelivered: 0, snapshots: 0 };
  let firstError: string | null = null;
  const sink: EventSink = {
    // A rejoin far behind gets a snapshot: its votes are in the state, not seen one by one,
    // so they count as lost here. Counted, so the report can tell.
    snapshot() {
      counts.snapshots += 1;
    },
    event(client, event) {
      const vote = readBurstVote(event.commandId);
      const tally = tallies.get(client);
      if (vote === null || tally === undefined || vote.round >= rounds) return;
      const key = voteKey(vote.round, vote.client);
      const seenAt = tally.seen.get(key);
      if (seenAt === event.seq) counts.redelivered += 1;
      else if (seenAt !== undefined)
        tally.duplicated[vote.round] = (tally.duplicated[vote.round] ?? 0) + 1;
      else {
        tally.seen.set(key, event.seq);
        const count = (tally.count[vote.round] ?? 0) + 1;
        tally.count[vote.round] = count;
        if (count === votesPerRound) tally.completeAtUs[vote.round] = nowUs();
      }
    },
  };
  state.sink = sink;

  // Unacked votes per client, re-sent with the same id after a rejoin.
  const pending = new Map<BenchClient, Map<string, number>>();
  const send = (client: BenchClient, id: string, round: number) => {
    const mine = pending.get(client) ?? new Map<string, number>();
    pending.set(client, mine);
    mine.set(id, round);
    if (client.dropped) return;
    client.command(id, ballot(round)).then(
      (result) => {
        if (result.ok) {
          if (mine.delete(id)) counts.acked += 1;
        } else if (!client.dropped) {
          counts.failed += 1;
          firstError ??= `${result.error.code}: ${result.error.message}`;
          mine.delete(id);
        }
      },
      (error: unknown) => {
        // Lost with the connection: stays pending and goes again after the rejoin.
        if (client.dropped || !mine.has(id)) return;
        counts.failed += 1;
        firstError ??= errorText(error);
        mine.delete(id);
      },
    );
  };

  const timetable = state.clients.flatMap((client) =>
    Array.from({ length: rounds }, (_unused, round) => ({
      client,
      round,
      atUs: roundStart(round) + offsetUs(round, client.spec.index, request.spreadMs),
    })),
  );
  timetable.sort((a, b) => a.atUs - b.atUs);

  const drops = request.drop
    ? scheduleDrop(state, request, roundStart, pending, send, counts)
    : null;
  const cpuStart = process.cpuUsage();
  for (const slot of timetable) {
    await sleepUntil(slot.atUs);
    counts.sent += 1;
    send(slot.client, burstVoteId(slot.round, slot.client.spec.index, slot.atUs), slot.round);
  }
  const lastRoundEnd = roundStart(rounds - 1) + request.spreadMs * 1000;
  const allSeen = () =>
    [...tallies.values()].every((tally) => tally.completeAtUs.every((at) => at !== null));
  while (!allSeen() && nowUs() < lastRoundEnd + request.settleMs * 1000) await sleep(20);
  await drops;
  const cpu = process.cpuUsage(cpuStart);

  const results: BurstRound[] = Array.from({ length: rounds }, (_unused, round) => {
    let completeUs: number | null = 0;
    let lost = 0;
    let duplicated = 0;
    for (const tally of tallies.values()) {
      const at = tally.completeAtUs[round] ?? null;
      completeUs =
        at === null || completeUs === null ? null : Math.max(completeUs, at - roundStart(round));
      lost += votesPerRound - (tally.count[round] ?? 0);
      duplicated += tally.duplicated[round] ?? 0;
    }
    return { completeUs, lost, duplicated };
  });
  // CPU over the time rounds were in flight (start to this worker's completion): the
  // generator is busy in bursts and idle between them, so a whole-run average would hide
  // a saturated core.
  const activeUs = results.reduce(
    (total, round) => total + Math.min(periodUs, round.completeUs ?? periodUs),
    0,
  );
  return {
    rounds: results,
    votesSent: counts.sent,
    votesRetried: counts.retried,
    acked: counts.acked,
    failed: counts.failed,
    firstError,
    redelivered: counts.redelivered,
    snapshotCatchUps: counts.snapshots,
    cpuPercent: activeUs > 0 ? (100 * (cpu.user + cpu.system)) / activeUs : 0,
  };
}

/** Drops the chosen clients mid-burst, then rejoins them and re-sends what was unacked. */
async function scheduleDrop(
  state: WorkerState,
  request: BurstRequest,
  roundStart: (round: number) => number,
  pending: Map<BenchClient, Map<string, number>>,
  send: (client: BenchClient, id: string, round: number) => void,
  counts: { retried: number },
): Promise<void> {
  const drop = request.drop;
  if (drop === null) return;
  const chosen = new Set(drop.clients);
  const victims = state.clients.filter((client) => chosen.has(client.spec.index));
  // Mid-spread, so some of the victims' votes are in flight when the connection goes.
  await sleepUntil(roundStart(drop.round) + (request.spreadMs * 1000) / 2);
  for (const client of victims) {
    client.dropped = true;
    client.socket.disconnect();
  }
  await sleep(drop.dropMs);
  await Promise.all(
    victims.map(async (client) => {
      try {
        await client.connect();
        const result = await client.join();
        if (!result.ok) throw new Error(result.error.code);
      } finally {
        client.dropped = false;
      }
      for (const [id, round] of pending.get(client) ?? []) {
        counts.retried += 1;
        send(client, id, round);
      }
    }),
  );
}
