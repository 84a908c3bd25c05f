// What a socket may ask of the server: every message that makes it work takes a point from
// the socket's budget and then from its client address's; a socket refused too often is
// cut off, so that a flooder pays and nobody else does.
import { StackboardError } from "@stackboard/contracts";
import type { RateLimiterAbstract } from "rate-limiter-flexible";

/** A socket refused this often within the window is cut off: it floods, others must not pay. */
export const FLOOD_CUTOFF = { strikes: 100, windowMs: 10_000 } as const;

export interface BudgetOptions {
  /** Per socket, in this node's memory. */
  socketLimiter: RateLimiterAbstract;
  /** Per client address, shared by every node when there is Redis. */
  addressLimiter: RateLimiterAbstract;
  socketId: string;
  address: string;
  /** Called once the socket was refused more than FLOOD_CUTOFF.strikes times in the window. */
  cutOff(): void;
}

/**
 * Resolves when both budgets had a point left; otherwise throws RATE_LIMITED (or the
 * limiter's own error) and counts a strike. The socket's budget is asked first: a lone
 * flooder's excess is refused by a counter in memory and never reaches the shared one.
 */
export function socketBudget(options: BudgetOptions): () => Promise<void> {
  const flood = { strikes: 0, since: Date.now() };
  const strike = () => {
    const now = Date.now();
    if (now - flood.since > FLOOD_CUTOFF.windowMs) Object.assign(flood, { strikes: 0, since: now });
    flood.strikes += 1;
    if (flood.strikes > FLOOD_CUTOFF.strikes) options.cutOff();
  };
  return async () => {
    try {
      await consume(options.socketLimiter, options.socketId);
      await consume(options.addressLimiter, options.address);
    } catch (error) {
      strike();
      throw error;
    }
  };
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    throw new StackboardError("RATE_LIMITED", "Too many actions at once; slow down a little.");
  }
}
