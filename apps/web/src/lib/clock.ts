// Server time on the client: the join ack carries the server's clock, and the timer's
// start and end are in server time, so every screen counts down to the same moment.
import type { Timer } from "@stackboard/core";

/**
 * Offset to add to the local clock to get server time. The server read its clock somewhere
 * between our send and its ack; the midpoint halves the error a slow round trip makes.
 */
export function clockOffset(sentAt: number, receivedAt: number, serverTime: number): number {
  const midpoint = sentAt + (receivedAt - sentAt) / 2;
  return Math.round(serverTime - midpoint);
}

export const serverNow = (offset: number, localNow: number): number => localNow + offset;

/** Milliseconds left on the timer, never negative. */
export function remainingMs(timer: Timer, offset: number, localNow: number): number {
  return Math.max(0, timer.endsAt - serverNow(offset, localNow));
}

/** How much of the timer has run, 0..1. */
export function elapsedFraction(timer: Timer, offset: number, localNow: number): number {
  const total = timer.endsAt - timer.startedAt;
  if (total <= 0) return 1;
  const elapsed = serverNow(offset, localNow) - timer.startedAt;
  return Math.min(1, Math.max(0, elapsed / total));
}

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
