// Re-renders once server time reaches `at` (a cooldown's end), so what core allows "now"
// is asked again then, not only when the room changes.
import { useEffect, useState } from "react";
import { useConnectionStore } from "../store/connectionStore.ts";
import { serverNow } from "./clock.ts";

/** Whether server time has reached `at` (null: long ago); true again on the render after it. */
export function useServerMoment(at: number | null): boolean {
  const offset = useConnectionStore((s) => s.clockOffset);
  const [, setTick] = useState(0);
  const wait = at === null ? 0 : at - serverNow(offset, Date.now());
  useEffect(() => {
    if (wait <= 0) return;
    const handle = setTimeout(() => setTick((tick) => tick + 1), wait + 20);
    return () => clearTimeout(handle);
  }, [wait]);
  return wait <= 0;
}
