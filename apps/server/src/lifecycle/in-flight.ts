// The work a node has taken on and owes an answer for (a command, a join, a sync): counted
// while it runs, so that a shutdown can stop taking new work and wait for the rest.

export class InFlight {
  #accepting = true;
  #running = 0;
  #idle: (() => void)[] = [];

  get accepting(): boolean {
    return this.#accepting;
  }

  get running(): number {
    return this.#running;
  }

  /**
   * Starts one piece of work; call the returned function once it is answered (a second
   * call does nothing). Null once closing: the work must be refused, not started.
   */
  begin(): (() => void) | null {
    if (!this.#accepting) return null;
    this.#running += 1;
    let finished = false;
    return () => {
      if (finished) return;
      finished = true;
      this.#running -= 1;
      if (this.#running === 0) for (const resolve of this.#idle.splice(0)) resolve();
    };
  }

  /** Takes no more work; resolves when every piece begun before has finished. */
  close(): Promise<void> {
    this.#accepting = false;
    if (this.#running === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}
