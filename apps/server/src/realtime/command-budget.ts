// How many commands a socket, and an address, may send per second. Counted in memory with
// a fixed one-second window per key, which is what rate-limiter-flexible's memory limiter
// did, without its promise, result object and expiry timer per command: a budget taken is
// two field updates. Only the per-address budget of Redis nodes is shared (see budgetOf).
import type { RateLimiterAbstract } from "rate-limiter-flexible";

/** Whether `key` may spend one more command now. */
export interface CommandBudget {
  take(key: string): boolean | Promise<boolean>;
}

const WINDOW_MS = 1000;

/** One key's window: reused for the key's whole life, so taking allocates nothing. */
export class Window {
  private count = 0;
  private startedAt = Number.NEGATIVE_INFINITY;

  private readonly perSecond: number;

  constructor(perSecond: number) {
    this.perSecond = perSecond;
  }

  take(now: number): boolean {
    if (now - this.startedAt >= WINDOW_MS) {
      this.startedAt = now;
      this.count = 0;
    }
    if (this.count >= this.perSecond) return false;
    this.count += 1;
    return true;
  }

  /** Nothing counted for a whole window: the key may be forgotten. */
  stale(now: number): boolean {
    return now - this.startedAt >= 2 * WINDOW_MS;
  }
}

/** A window per key (e.g. per address), forgetting keys that went quiet. */
export class MemoryBudget implements CommandBudget {
  private readonly windows = new Map<string, Window>();
  private sweptAt = 0;

  private readonly perSecond: number;
  private readonly now: () => number;

  constructor(perSecond: number, now: () => number = Date.now) {
    this.perSecond = perSecond;
    this.now = now;
  }

  take(key: string): boolean {
    const now = this.now();
    if (now - this.sweptAt >= 10 * WINDOW_MS) this.sweep(now);
    let window = this.windows.get(key);
    if (window === undefined) {
      window = new Window(this.perSecond);
      this.windows.set(key, window);
    }
    return window.take(now);
  }

  /** Keys currently remembered (for tests). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [key, window] of this.windows) if (window.stale(now)) this.windows.delete(key);
  }
}

/** A rate-limiter-flexible limiter (e.g. Redis-backed, shared by all nodes) as a budget. */
export function budgetOf(limiter: RateLimiterAbstract): CommandBudget {
  return {
    take: (key) =>
      limiter.consume(key).then(
        () => true,
        (rejection: unknown) => {
          // A rejection without an Error is the limiter saying no; an Error is a failure.
          if (rejection instanceof Error) throw rejection;
          return false;
        },
      ),
  };
}
