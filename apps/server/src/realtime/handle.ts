// One way to handle an acknowledged socket message, in the order every handler keeps:
// pay for it (the socket's budget, then its address's), parse it with its contract, do the
// work, answer `{ ok: true, ...result }`; any failure on the way is answered as a typed
// `{ ok: false, error }` and nothing throws past here. Each message is counted as work in
// flight until answered, so a shutdown can answer it before it closes the socket.
import {
  type ErrorCode,
  parseOrThrow,
  StackboardError,
  type WireError,
} from "@stackboard/contracts";
import type { z } from "zod";
import type { InFlight } from "../lifecycle/in-flight.ts";
import type { AppSocket } from "./types.ts";

type Ack = (result: unknown) => void;

export interface HandleContext {
  socket: AppSocket;
  /** Takes a point from the budgets; throws RATE_LIMITED (see budget.ts). */
  throttle: () => Promise<void> | undefined;
  /** The error as the wire carries it (logged when it is not one of ours). */
  fail: (error: unknown) => WireError;
  /** Refuses new work once the node shuts down; waits for the work already taken. */
  inFlight: InFlight;
}

/** A transient code: the browser keeps the command and sends it again once reconnected. */
const closingError = () =>
  new StackboardError("STORE_UNAVAILABLE", "The server is restarting; reconnecting shortly.");

export interface HandleOptions<R> {
  /** What a payload the schema refuses is answered with. */
  invalid?: ErrorCode;
  /** Runs on the raw payload before it is parsed (the protocol version check). */
  before?: (payload: unknown) => void;
  /** How a success is counted (`ok` unless said otherwise). */
  outcomeOf?: (result: R) => string;
  /** Told how each message ended (the success's outcome, or the error code) and when it
   * started (`performance.now()`). */
  settled?: (outcome: string, startedAt: number) => void;
}

/** A `handle(event, schema, run)` bound to one socket. */
export function handlerFor(context: HandleContext) {
  return function handle<S extends z.ZodType, R extends object>(
    event: "join" | "knock" | "command" | "sync",
    schema: S,
    run: (input: z.output<S>) => Promise<R>,
    options: HandleOptions<R> = {},
  ): void {
    context.socket.on(event, async (payload: unknown, rawAck: unknown) => {
      const ack = typeof rawAck === "function" ? (rawAck as Ack) : null;
      const startedAt = performance.now();
      let outcome = "ok";
      const finished = context.inFlight.begin();
      try {
        if (finished === null) throw closingError();
        // Budget first: a flooder's excess costs a counter, not a parse.
        const throttled = context.throttle();
        if (throttled) await throttled;
        options.before?.(payload);
        const result = await run(parseOrThrow(schema, payload, options.invalid));
        outcome = options.outcomeOf?.(result) ?? "ok";
        ack?.({ ok: true, ...result });
      } catch (error) {
        const wire = context.fail(error);
        outcome = wire.code;
        ack?.({ ok: false, error: wire });
      } finally {
        finished?.();
        options.settled?.(outcome, startedAt);
      }
    });
  };
}
