// The facilitator's timer commands, shared by the panel and the header.
import { LIMITS } from "@stackboard/core";
import { sendCommand } from "../../realtime/portal.ts";
import type { TimerView } from "./useTimerView.ts";

export const EXTEND_MS = 60_000;

export const pauseTimer = () => sendCommand({ type: "timer.pause" });
export const resumeTimer = () => sendCommand({ type: "timer.resume" });
export const stopTimer = () => sendCommand({ type: "timer.stop" });
export const extendTimer = () => sendCommand({ type: "timer.extend", byMs: EXTEND_MS });

/** A timer runs for at most LIMITS.maxTimerMs; after zero, the minute counts from now. */
export const mayExtend = (view: TimerView): boolean =>
  (view.phase === "done" ? 0 : view.leftMs) + EXTEND_MS <= LIMITS.maxTimerMs;
