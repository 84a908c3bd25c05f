// Prometheus metrics (prom-client), one registry per server instance so tests can run
// several servers in one process.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export interface Metrics {
  registry: Registry;
  connections: Gauge;
  roomsLoaded: Gauge;
  commands: Counter<"result">;
  presenceUpdates: Counter<"result">;
  /** Work a room did on its own (catching up from the log, a snapshot) that failed. */
  roomErrors: Counter<"kind">;
  /** Counts one command by result, through a child counter kept per result. */
  countCommand(result: string): void;
  commandLatency: Histogram;
  fanoutLatency: Histogram;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const commands = new Counter({
    name: "stackboard_commands_total",
    help: "Commands received, by result (ok, duplicate, or the error code)",
    labelNames: ["result"],
    registers: [registry],
  });
  // Results are "ok", "duplicate" or an error code: a small, fixed set.
  const byResult = new Map<string, Counter.Internal>();
  return {
    registry,
    connections: new Gauge({
      name: "stackboard_connections",
      help: "Open Socket.IO connections on this node",
      registers: [registry],
    }),
    roomsLoaded: new Gauge({
      name: "stackboard_rooms_loaded",
      help: "Rooms held in memory on this node",
      registers: [registry],
    }),
    commands,
    countCommand(result) {
      let child = byResult.get(result);
      if (child === undefined) {
        child = commands.labels({ result });
        byResult.set(result, child);
      }
      child.inc();
    },
    presenceUpdates: new Counter({
      name: "stackboard_presence_updates_total",
      help: "Presence messages received, by result (ok, or the error code, e.g. RATE_LIMITED)",
      labelNames: ["result"],
      registers: [registry],
    }),
    roomErrors: new Counter({
      name: "stackboard_room_errors_total",
      help: "Background room work that failed, by kind (backfill, snapshot)",
      labelNames: ["kind"],
      registers: [registry],
    }),
    commandLatency: new Histogram({
      name: "stackboard_command_duration_seconds",
      help: "From receiving a command to acknowledging it (event durable)",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    fanoutLatency: new Histogram({
      name: "stackboard_fanout_latency_seconds",
      help: "From an event's append time to its emission to this node's sockets",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
  };
}
