// The messages between the bench (parent) and its generator workers (forked processes),
// one request type per job and one typed result per request type.

/** Which server protocol the clients speak: the app's, or the relay's subset of it. */
export type Protocol = "app" | "relay";

export interface ClientSpec {
  /** Unique in the run; S6 encodes it in vote ids. */
  index: number;
  url: string;
  /** Index of the server node this client is connected to. */
  node: number;
  roomId: string;
  /** App only: this client is the room's facilitator and sets the room up. */
  facilitatorKey: string | null;
  /** App only: join as this known participant (a second tab, or a seeded participant). */
  participantToken: string | null;
  /** Voters send votes; others only receive. */
  voter: boolean;
  name: string;
}

export interface ConnectRequest {
  type: "connect";
  protocol: Protocol;
  clients: ClientSpec[];
  /** Joins in flight at once from this worker (a storm of handshakes is not the test). */
  concurrency: number;
  /** Answer with each client's participant token (so a second tab can join as the same person). */
  returnTokens?: boolean;
}

/** One step of an open-loop schedule: votes at a fixed rate, latency from the timetable. */
export interface LoadRequest {
  type: "load";
  /** Votes per second from this worker. */
  ratePerSec: number;
  startAtUs: number;
  warmupMs: number;
  measureMs: number;
  /** After the last scheduled vote: time allowed for its deliveries to arrive. */
  drainMs: number;
  /** This worker's slots sit between the other workers' (0 ≤ offset < 1 of an interval). */
  offsetFraction: number;
}

/** S6: every client votes once per round, all within `spreadMs` of the round's start. */
export interface BurstRequest {
  type: "burst";
  startAtUs: number;
  rounds: number;
  periodMs: number;
  spreadMs: number;
  /** Votes every client must see per round (one per voter in the room). */
  votesPerRound: number;
  /** Client indexes (of this worker) to drop in `dropRound`, for `dropMs`. */
  drop: { clients: number[]; round: number; dropMs: number } | null;
  settleMs: number;
}

/** S5: fresh sockets join a room one after another on an open-loop timetable. */
export interface JoinsRequest {
  type: "joins";
  protocol: Protocol;
  url: string;
  roomId: string;
  /** Known participants to join as (a returning tab); cycled. Empty: join as new people. */
  tokens: string[];
  count: number;
  intervalMs: number;
  startAtUs: number;
}

/** Meanwhile voters of this worker keep a steady rate; see LoadRequest. */
export type WorkerRequest =
  | ConnectRequest
  | { type: "setup" }
  | LoadRequest
  | BurstRequest
  | JoinsRequest
  | { type: "disconnect" };

export interface ConnectResult {
  joined: number;
  failed: number;
  firstError: string | null;
  ms: number;
  /** [client index, participant token], when asked for. */
  tokens: [number, string][];
}

export interface LoadResult {
  measuredVotes: number;
  warmupVotes: number;
  acked: number;
  failed: number;
  firstError: string | null;
  /** Compressed HDR histograms (µs) of every measured delivery to a client other than the
   * sender: from the scheduled send (all, and split same/cross node), and from the actual send. */
  latency: { all: string; sameNode: string; crossNode: string; fromSent: string };
  /** Scheduled → ack at the sender. */
  ack: string;
  /** Scheduled → actually sent: the generator's own lag (large = generator too slow). */
  sendLag: string;
  /** Measured deliveries received by clients other than the sender, by receiving node. */
  deliveriesByNode: number[];
  /** Worker CPU over the measured window, percent of one core. */
  cpuPercent: number;
}

export interface BurstRound {
  /** Latest time (µs after the round's start) at which a client of this worker had seen
   * every vote of the round; null if some client never did. */
  completeUs: number | null;
  /** Votes this worker's clients never saw (sum over clients). */
  lost: number;
  /** The same vote seen under two different seqs (applied twice). */
  duplicated: number;
}

export interface BurstResult {
  rounds: BurstRound[];
  votesSent: number;
  votesRetried: number;
  acked: number;
  failed: number;
  firstError: string | null;
  /** Deliveries ignored because the seq had been seen (catch-up overlap). */
  redelivered: number;
  /** Rejoins answered with a snapshot instead of the missed events. */
  snapshotCatchUps: number;
  /** Worker CPU while rounds were in flight, percent of one core. */
  cpuPercent: number;
}

export interface JoinsResult {
  /** join emit → state ready (ack applied), µs. */
  joinToReady: string;
  /** connect start → state ready, µs. */
  connectToReady: string;
  /** Bytes of the join ack frame as received. */
  bytes: number[];
  failed: number;
  firstError: string | null;
}

export interface WorkerResults {
  connect: ConnectResult;
  setup: { opened: number; failed: number; firstError: string | null };
  load: LoadResult;
  burst: BurstResult;
  joins: JoinsResult;
  disconnect: { closed: number };
}

export interface WorkerEnvelope {
  id: number;
  request: WorkerRequest;
}

export type WorkerReply =
  | { id: number; ok: true; result: WorkerResults[WorkerRequest["type"]] }
  | { id: number; ok: false; error: string };
