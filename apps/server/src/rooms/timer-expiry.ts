// Ends timers at zero: for every room this node holds, one setTimeout for its running,
// unpaused, unexpired timer, which appends the server-made `timer.expired`. Every node
// holding the room fires; the command id (the timer and its deadline) lets the log apply
// the expiry once. A room loaded after its timer ran out expires at once.
import type { EventBody, Rejection, RoomState, Timer } from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { RoomService } from "./room-service.ts";
import { appendServerEvent, KeyedTimeouts } from "./server-events.ts";

/** How long to wait again when this node's clock says zero but the log's rule says not yet. */
export const EARLY_RETRY_MS = 20;
/** How long to wait again when the store could not take the expiry. */
const FAILED_RETRY_MS = 1_000;

/** The timer that will reach zero unless someone acts, or null. */
function runningTimer(state: RoomState): Timer | null {
  const { timer } = state;
  return timer && !timer.expired && timer.pausedRemainingMs === null ? timer : null;
}

/** Valid as a CommandIdSchema id; another deadline (extend, resume) is another expiry. */
export const expiryCommandId = (timer: Timer): string => `timer-${timer.id}-${timer.endsAt}`;

export interface TimerExpiry {
  /** Cancels every pending expiry; the next node to load a room picks its timer up. */
  close(): void;
}

export function startTimerExpiry(
  rooms: RoomService,
  logger: Logger,
  now: () => number = Date.now,
): TimerExpiry {
  // One per room, tagged with the expiry's command id (the timer and its deadline).
  const timeouts = new KeyedTimeouts();

  const schedule = (roomId: string, timer: Timer, delayMs: number): void => {
    const commandId = expiryCommandId(timer);
    timeouts.set(roomId, delayMs, () => void fire(roomId, timer, commandId), commandId);
  };

  /** Brings the room's timeout in line with its state. */
  const sync = (roomId: string, state: RoomState | null): void => {
    const timer = state === null ? null : runningTimer(state);
    if (timer === null) {
      timeouts.clear(roomId);
      return;
    }
    if (timeouts.tagOf(roomId) === expiryCommandId(timer)) return;
    schedule(roomId, timer, Math.max(0, timer.endsAt - now()));
  };

  async function fire(roomId: string, timer: Timer, commandId: string): Promise<void> {
    const outcome = await appendServerEvent(rooms, logger, roomId, commandId, (state) =>
      expiryFor(state, timer),
    );
    // Nothing else was scheduled meanwhile (a timeout that fired is no longer pending).
    if (timeouts.tagOf(roomId) !== undefined) return;
    // "early": this node's clock is a little behind the one that set the deadline.
    if (outcome === "early") schedule(roomId, timer, EARLY_RETRY_MS);
    if (outcome === "failed") schedule(roomId, timer, FAILED_RETRY_MS);
  }

  rooms.onResidency(sync);
  // Not only timer events move the timer: removing its decision drops it, say.
  rooms.onEvent((roomId, before, _event, after) => {
    if (after.timer !== before.timer) sync(roomId, after);
  });

  return { close: () => timeouts.close() };
}

/** The expiry of `timer` if it is still the one running, or why not. */
function expiryFor(state: RoomState, timer: Timer): EventBody | Rejection {
  const current = runningTimer(state);
  if (current === null || current.id !== timer.id || current.endsAt !== timer.endsAt) {
    return { code: "NOT_FOUND", message: "The timer changed before it reached zero." };
  }
  return { type: "timer.expired", timerId: timer.id };
}
