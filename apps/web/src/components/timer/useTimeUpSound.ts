// Plays the "time's up" sound once per timer run in this tab, unless muted here.
import { useEffect, useState } from "react";
import { browserStorage } from "../../lib/storage.ts";
import { loadMuted, playTimeUpSound, saveMuted } from "../../lib/timerSound.ts";
import { TimeUpBell } from "../../lib/timeUpBell.ts";
import type { TimerView } from "./useTimerView.ts";

// One per tab, outside React: a remount (e.g. a language switch) must not ring again.
const bell = new TimeUpBell();

export function useTimeUpSound(view: TimerView | null): {
  muted: boolean;
  setMuted: (muted: boolean) => void;
} {
  const [muted, setMutedState] = useState(() => loadMuted(browserStorage()));
  const runKey = view?.runKey ?? null;
  const phase = view?.phase ?? null;
  useEffect(() => {
    if (runKey === null || phase === null) return;
    // Observed even when muted, so unmuting later does not ring for a zero already past.
    if (bell.observe(runKey, phase) && !muted) playTimeUpSound();
  }, [runKey, phase, muted]);
  const setMuted = (next: boolean) => {
    saveMuted(browserStorage(), next);
    setMutedState(next);
  };
  return { muted, setMuted };
}
