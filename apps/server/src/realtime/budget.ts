// What a socket may ask of the server: every message that makes it work takes a point from
// the socket's budget and then from its client address's; a socket refused too often is
// cut off, so that a flooder pays and nobody else does.
import { StackboardError } from "@stackboard/contracts";
import { type CommandBudget, Window } from "./command-budget.ts";

/** A socket refused this often within the window is cut off: it floods, others must not pay. */
export const FLOOD_CUTOFF = { strikes: 100, windowMs: 10_000 } as const;

export interface BudgetOptions {
  /** Points per second of this socket, counted in this node's memory. */
  perSecond: number;
  /** Per client address, across its sockets (on Redis, across nodes). */
  addressBudget: CommandBudget;
  address: string;
  /** Called once the socket was refused more than FLOOD_CUTOFF.strikes times in the window. */
  cutOff(): void;
  now?: () => number;
}

/**
 * Takes a point from the socket's budget, then from the address's. Returns `undefined`
 * when both had one (the hot path allocates nothing), a promise only when the address's
 * budget lives in Redis; throws RATE_LIMITED (and counts a strike) when either is spent.
 * The socket's budget is asked first: a lone flooder's excess is refused by a counter in
 * memory and never reaches the shared one.
 */
export function socketBudget(options: BudgetOptions): () => Promise<void> | undefined {
  const now = options.now ?? Date.now;
  const window = new Window(options.perSecond);
  const flood = { strikes: 0, since: now() };
  const refuse = (): never => {
    const at = now();
    if (at - flood.since > FLOOD_CUTOFF.windowMs) {
      flood.strikes = 0;
      flood.since = at;
    }
    flood.strikes += 1;
    if (flood.strikes > FLOOD_CUTOFF.strikes) options.cutOff();
    throw new StackboardError("RATE_LIMITED", "Too many actions at once; slow down a little.");
  };
  return () => {
    if (!window.take(now())) return refuse();
    const allowed = options.addressBudget.take(options.address);
    if (allowed === true) return undefined;
    if (allowed === false) return refuse();
    return allowed.then((ok) => (ok ? undefined : refuse()));
  };
}
