// Rules for the room's timer: run by facilitators, ended at zero by the server.
import type { TimerEventBody } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { findDecision, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState, Timer } from "../types.ts";

/** Left on the timer at `at`, whether running or paused. */
export const timerLeftAt = (timer: Timer, at: number): number =>
  timer.pausedRemainingMs ?? Math.max(0, timer.endsAt - at);

export function checkTimer(
  state: RoomState,
  actorId: string | null,
  body: TimerEventBody,
  at: number,
): Rejection | null {
  const { timer } = state;
  if (body.type === "timer.expired") {
    if (actorId !== null) return reject("FORBIDDEN", "Only the server ends a timer.");
    if (!timer || timer.id !== body.timerId || timer.expired) {
      return reject("NOT_FOUND", "That timer is not running.");
    }
    if (timer.pausedRemainingMs !== null) return reject("INVALID_TRANSITION", "It is paused.");
    return at >= timer.endsAt ? null : reject("INVALID_TRANSITION", "It has time left.");
  }
  if (!isFacilitator(state, actorId)) {
    return reject("FORBIDDEN", "Only a facilitator can run the timer.");
  }
  switch (body.type) {
    case "timer.started": {
      if (body.decisionId !== null && !findDecision(state, body.decisionId)) {
        return reject("NOT_FOUND", "No such decision.");
      }
      if (body.autoLock && body.decisionId === null) {
        return reject("INVALID_TRANSITION", "Auto-lock needs a decision to lock.");
      }
      return validDuration(body.durationMs)
        ? null
        : reject("INVALID_TRANSITION", "Timers run from 5 seconds to 2 hours.");
    }
    case "timer.stopped":
      return timer ? null : reject("NOT_FOUND", "No timer is running.");
    case "timer.paused":
      if (!timer || timer.expired) return reject("NOT_FOUND", "No timer is running.");
      return timer.pausedRemainingMs === null
        ? null
        : reject("INVALID_TRANSITION", "The timer is already paused.");
    case "timer.resumed":
      if (!timer) return reject("NOT_FOUND", "No timer is running.");
      return timer.pausedRemainingMs !== null
        ? null
        : reject("INVALID_TRANSITION", "The timer is not paused.");
    case "timer.extended": {
      if (!timer) return reject("NOT_FOUND", "No timer is running.");
      const left = timer.expired ? 0 : timerLeftAt(timer, at);
      return Number.isInteger(body.byMs) &&
        body.byMs >= 1000 &&
        left + body.byMs <= LIMITS.maxTimerMs
        ? null
        : reject("INVALID_TRANSITION", "A timer runs for at most 2 hours.");
    }
  }
}

const validDuration = (durationMs: number): boolean =>
  Number.isInteger(durationMs) &&
  durationMs >= LIMITS.minTimerMs &&
  durationMs <= LIMITS.maxTimerMs;
