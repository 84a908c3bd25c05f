// The room's timer: run by facilitators, ended at zero by the server (authority says so).
// Times are the events' server times, so every replica computes the same deadline.
import { mapDecision } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findDecision } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState, Timer } from "../types.ts";
import type { EventDefinitions } from "./definition.ts";

type TimerEventType =
  | "timer.started"
  | "timer.paused"
  | "timer.resumed"
  | "timer.extended"
  | "timer.stopped"
  | "timer.expired";

/** Left on the timer at `at`, whether running or paused. */
export const timerLeftAt = (timer: Timer, at: number): number =>
  timer.pausedRemainingMs ?? Math.max(0, timer.endsAt - at);

const validDuration = (durationMs: number): boolean =>
  Number.isInteger(durationMs) &&
  durationMs >= LIMITS.minTimerMs &&
  durationMs <= LIMITS.maxTimerMs;

const NONE_RUNNING = "No timer is running.";

/** `change` on the timer there is; without one the event changes nothing. */
const withTimer =
  (change: (timer: Timer, state: RoomState, at: number) => RoomState) =>
  (state: RoomState, { at }: { at: number }): RoomState =>
    state.timer ? change(state.timer, state, at) : state;

export const TIMER_EVENTS = {
  "timer.started": {
    check: (state, { body }) => {
      if (body.decisionId !== null && !findDecision(state, body.decisionId)) {
        return reject("NOT_FOUND", "No such decision.");
      }
      if (body.autoLock && body.decisionId === null) {
        return reject("INVALID_TRANSITION", "Auto-lock needs a decision to lock.");
      }
      return validDuration(body.durationMs)
        ? null
        : reject("INVALID_TRANSITION", "Timers run from 5 seconds to 2 hours.");
    },
    apply: (state, { body, seq, at }) => ({
      ...state,
      timer: {
        id: seq,
        decisionId: body.decisionId,
        startedAt: at,
        endsAt: at + body.durationMs,
        pausedRemainingMs: null,
        // Logs written before auto-lock existed have no flag.
        autoLock: body.autoLock === true,
        expired: false,
      },
    }),
  },
  "timer.paused": {
    check: ({ timer }) => {
      if (!timer || timer.expired) return reject("NOT_FOUND", NONE_RUNNING);
      return timer.pausedRemainingMs === null
        ? null
        : reject("INVALID_TRANSITION", "The timer is already paused.");
    },
    apply: withTimer((timer, state, at) => ({
      ...state,
      timer: { ...timer, pausedRemainingMs: timerLeftAt(timer, at) },
    })),
  },
  "timer.resumed": {
    check: ({ timer }) => {
      if (!timer) return reject("NOT_FOUND", NONE_RUNNING);
      return timer.pausedRemainingMs !== null
        ? null
        : reject("INVALID_TRANSITION", "The timer is not paused.");
    },
    apply: withTimer((timer, state, at) => ({
      ...state,
      timer: { ...timer, endsAt: at + (timer.pausedRemainingMs ?? 0), pausedRemainingMs: null },
    })),
  },
  "timer.extended": {
    check: ({ timer }, { body, at }) => {
      if (!timer) return reject("NOT_FOUND", NONE_RUNNING);
      const left = timer.expired ? 0 : timerLeftAt(timer, at);
      return Number.isInteger(body.byMs) &&
        body.byMs >= 1000 &&
        left + body.byMs <= LIMITS.maxTimerMs
        ? null
        : reject("INVALID_TRANSITION", "A timer runs for at most 2 hours.");
    },
    apply: (state, { body, at }) => {
      const { timer } = state;
      if (!timer) return state;
      if (timer.pausedRemainingMs !== null) {
        return {
          ...state,
          timer: { ...timer, pausedRemainingMs: timer.pausedRemainingMs + body.byMs },
        };
      }
      // After zero, "one more minute" counts from now.
      return {
        ...state,
        timer: timer.expired
          ? { ...timer, expired: false, endsAt: at + body.byMs }
          : { ...timer, endsAt: timer.endsAt + body.byMs },
      };
    },
  },
  "timer.stopped": {
    check: ({ timer }) => (timer ? null : reject("NOT_FOUND", NONE_RUNNING)),
    apply: withTimer((_timer, state) => ({ ...state, timer: null })),
  },
  "timer.expired": {
    check: ({ timer }, { body, at }): Rejection | null => {
      if (!timer || timer.id !== body.timerId || timer.expired) {
        return reject("NOT_FOUND", "That timer is not running.");
      }
      if (timer.pausedRemainingMs !== null) return reject("INVALID_TRANSITION", "It is paused.");
      return at >= timer.endsAt ? null : reject("INVALID_TRANSITION", "It has time left.");
    },
    apply: withTimer((timer, state) => {
      const ended = { ...state, timer: { ...timer, expired: true } };
      const { decisionId } = timer;
      if (!timer.autoLock || decisionId === null) return ended;
      return mapDecision(ended, decisionId, (d) =>
        d.status === "voting" ? { ...d, status: "locked" } : d,
      );
    }),
  },
} satisfies EventDefinitions<TimerEventType>;
