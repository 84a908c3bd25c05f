// Server time on the client: the join ack carries the server's clock, and the timer's
// start and end are in server time, so every screen counts down to the same moment.
import { type Timer, timerLeftAt } from "@stackboard/core";

/**
 * Offset to add to the local clock to get server time. The server read its clock somewhere
 * between our send and its ack; the midpoint halves the error a slow round trip makes.
 */
export function clockOffset(sentAt: number, receivedAt: number, serverTime: number): number {
  const midpoint = sentAt + (receivedAt - sentAt) / 2;
  return Math.round(serverTime - midpoint);
}

export const serverNow = (offset: number, localNow: number): number => localNow + offset;

/** What a timer shows: counting down, frozen by the facilitator, or at zero. */
export type TimerPhase = "running" | "paused" | "done";

/**
 * Milliseconds left on the timer, never negative. A paused timer shows what was left when
 * it was paused, whatever either clock says; one the server ended shows zero.
 */
export function remainingMs(timer: Timer, offset: number, localNow: number): number {
  if (timer.expired) return 0;
  return timerLeftAt(timer, serverNow(offset, localNow));
}

/**
 * Zero here may come before the server's `timer.expired` (which it appends a moment
 * later): the screen does not wait for it.
 */
export function timerPhase(timer: Timer, offset: number, localNow: number): TimerPhase {
  if (timer.expired) return "done";
  if (timer.pausedRemainingMs !== null) return "paused";
  return remainingMs(timer, offset, localNow) === 0 ? "done" : "running";
}

/**
 * How much of the timer has run, 0..1. The timer keeps no duration, so the span is start
 * to end as the log has it; while paused, `endsAt` is still the end before the pause.
 */
export function elapsedFraction(timer: Timer, offset: number, localNow: number): number {
  if (timer.expired) return 1;
  const total = timer.endsAt - timer.startedAt;
  if (total <= 0) return 1;
  const left = remainingMs(timer, offset, localNow);
  return Math.min(1, Math.max(0, 1 - left / total));
}

/**
 * One run of a timer: from its start, or from a resume or an extension, to zero. The key
 * changes whenever the deadline does, so an extension after zero is a new run.
 */
export const timerRunKey = (timer: Timer): string => `${timer.id}:${timer.endsAt}`;

/** "4:05", "0:09", "1:02:03": seconds rounded up, so 0:00 means the time is really up. */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, "0");
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, "0")}:${ss}`;
  return `${minutes}:${ss}`;
}
