// Small promise helpers for the embedded engine's per-room ordering.

export interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(err: unknown): void;
}

/** Promise.withResolvers arrived in Node 22; we support Node 20. */
export function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A waiter may attach later (or never, e.g. after a failed write); never report it unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Runs tasks one at a time in call order; a failed task does not block the next. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private running = 0;

  get idle(): boolean {
    return this.running === 0;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.running += 1;
    const result = this.tail.then(task).finally(() => {
      this.running -= 1;
    });
    this.tail = result.catch(() => {});
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
