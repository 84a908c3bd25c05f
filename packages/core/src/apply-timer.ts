// How timer events change the state. Times are the events' server times, so every
// replica computes the same deadline.
import { mapDecision } from "./apply-paths.ts";
import type { RoomEvent, TimerEventBody } from "./events.ts";
import { timerLeftAt } from "./rules/timer.ts";
import type { RoomState } from "./types.ts";

export function applyTimer(state: RoomState, event: RoomEvent, body: TimerEventBody): RoomState {
  const { at } = event;
  if (body.type === "timer.started") {
    return {
      ...state,
      timer: {
        id: event.seq,
        decisionId: body.decisionId,
        startedAt: at,
        endsAt: at + body.durationMs,
        pausedRemainingMs: null,
        // Logs written before auto-lock existed have no flag.
        autoLock: body.autoLock === true,
        expired: false,
      },
    };
  }
  const { timer } = state;
  if (!timer) return state;
  switch (body.type) {
    case "timer.stopped":
      return { ...state, timer: null };
    case "timer.paused":
      return { ...state, timer: { ...timer, pausedRemainingMs: timerLeftAt(timer, at) } };
    case "timer.resumed":
      return {
        ...state,
        timer: { ...timer, endsAt: at + (timer.pausedRemainingMs ?? 0), pausedRemainingMs: null },
      };
    case "timer.extended":
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
    case "timer.expired": {
      const ended = { ...state, timer: { ...timer, expired: true } };
      const { decisionId } = timer;
      if (!timer.autoLock || decisionId === null) return ended;
      return mapDecision(ended, decisionId, (d) =>
        d.status === "voting" ? { ...d, status: "locked" } : d,
      );
    }
  }
}
