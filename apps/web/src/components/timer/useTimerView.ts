// The room's timer as this screen shows it right now, in server time. Re-renders four
// times a second while it counts; a paused or ended timer needs no ticking.
import type { Timer } from "@stackboard/core";
import { useEffect, useState } from "react";
import {
  elapsedFraction,
  remainingMs,
  type TimerPhase,
  timerPhase,
  timerRunKey,
} from "../../lib/clock.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useTimer } from "../../store/selectors.ts";

export interface TimerView {
  timer: Timer;
  phase: TimerPhase;
  leftMs: number;
  /** How much has run, 0..1. */
  fraction: number;
  runKey: string;
}

const TICK_MS = 250;

export function useTimerView(): TimerView | null {
  const timer = useTimer();
  const offset = useConnectionStore((s) => s.clockOffset);
  const [, setTick] = useState(0);
  const ticking = timer !== null && timer.pausedRemainingMs === null && !timer.expired;
  useEffect(() => {
    if (!ticking) return;
    const handle = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(handle);
  }, [ticking]);

  if (timer === null) return null;
  const now = Date.now();
  return {
    timer,
    phase: timerPhase(timer, offset, now),
    leftMs: remainingMs(timer, offset, now),
    fraction: elapsedFraction(timer, offset, now),
    runKey: timerRunKey(timer),
  };
}
