// When the "time's up" sound plays: once per run of a timer (see `timerRunKey`), and only
// in a tab that saw that run with time left. A tab opened or reloaded after zero stays
// quiet, and the server's `timer.expired` after a zero counted here adds no second sound.
import type { TimerPhase } from "./clock.ts";

/** Runs remembered; older ones are forgotten (a meeting never gets near this). */
const MEMORY = 64;

export class TimeUpBell {
  readonly #seenRunning = new Set<string>();
  readonly #rung = new Set<string>();

  /** Feed every render's view of the timer; true exactly when the sound should play. */
  observe(runKey: string, phase: TimerPhase): boolean {
    if (phase === "running") {
      remember(this.#seenRunning, runKey);
      return false;
    }
    if (phase !== "done" || !this.#seenRunning.has(runKey) || this.#rung.has(runKey)) {
      return false;
    }
    remember(this.#rung, runKey);
    return true;
  }
}

function remember(keys: Set<string>, key: string): void {
  keys.add(key);
  if (keys.size <= MEMORY) return;
  const oldest = keys.values().next().value;
  if (oldest !== undefined) keys.delete(oldest);
}
