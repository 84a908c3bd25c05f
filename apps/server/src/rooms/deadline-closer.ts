// Closes decisions at their deadline (Loomio-style asynchronous votes that stay open for
// days), whoever is connected and whichever node is alive. The store keeps every pending
// deadline outside the rooms' logs (`setDeadline`), so a node finds them without holding
// the rooms: idle rooms leave memory, and a node may restart. Every node polls the due
// deadlines and appends the server-made `decision.closed` under one command id per
// decision and deadline, so however many nodes fire, the log applies it once.
import type { EventBody, Rejection, RoomState } from "@stackboard/core";
import { findDecision } from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { RoomService } from "./room-service.ts";
import { appendServerEvent } from "./server-events.ts";

/** How often a node asks the store for due deadlines: a close is at most this late. */
export const DEADLINE_POLL_MS = 1_000;
/** Deadlines taken per poll; the next poll takes the rest. */
const BATCH = 50;

export const deadlineKey = (decisionId: string): string => `close:${decisionId}`;
const decisionOfKey = (key: string): string | null =>
  key.startsWith("close:") ? key.slice("close:".length) : null;

/** Valid as a CommandIdSchema id; a new deadline for the same decision is a new close. */
export const closeCommandId = (decisionId: string, closesAt: number): string =>
  `deadline-${decisionId}-${closesAt}`;

export interface DeadlineCloser {
  close(): void;
}

export function startDeadlineCloser(
  rooms: RoomService,
  logger: Logger,
  options: { now?: () => number; pollMs?: number } = {},
): DeadlineCloser {
  const now = options.now ?? Date.now;
  const store = rooms.store;
  let stopped = false;
  let polling = false;

  // The index follows the log: a deadline set, moved, cleared, or its decision gone.
  rooms.onEvent((roomId, before, _event, after) => {
    for (const change of deadlineChanges(before, after)) {
      void store.setDeadline(roomId, deadlineKey(change.decisionId), change.at).catch((err) => {
        logger.warn({ err, roomId, decisionId: change.decisionId }, "deadline not indexed");
      });
    }
  });

  async function poll(): Promise<void> {
    if (polling || stopped) return;
    polling = true;
    try {
      const due = await store.dueDeadlines(now(), BATCH);
      for (const { roomId, key, at } of due) {
        if (stopped) return;
        const decisionId = decisionOfKey(key);
        if (decisionId === null) continue;
        const outcome = await appendServerEvent(
          rooms,
          logger,
          roomId,
          closeCommandId(decisionId, at),
          (state) => closeFor(state, decisionId, at),
        );
        // Done, or nothing left to close (reopened with another deadline, removed): forget
        // it, unless the log moved it meanwhile. "early" and "failed" stay for the next poll.
        if (outcome === "done" || outcome === "moot") {
          const left = await store.dueDeadlines(at, BATCH);
          if (left.some((d) => d.roomId === roomId && d.key === key && d.at === at)) {
            await store.setDeadline(roomId, key, null);
          }
        }
      }
    } catch (err) {
      logger.warn({ err }, "deadline poll failed");
    } finally {
      polling = false;
    }
  }

  const timer = setInterval(() => void poll(), options.pollMs ?? DEADLINE_POLL_MS);
  timer.unref();
  void poll();
  return {
    close: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** The decisions whose pending deadline an event changed, with the time now due (or null). */
function deadlineChanges(
  before: RoomState,
  after: RoomState,
): { decisionId: string; at: number | null }[] {
  if (before.decisions === after.decisions) return [];
  const pending = (state: RoomState, decisionId: string): number | null => {
    const decision = findDecision(state, decisionId);
    return decision?.status === "voting" ? decision.closesAt : null;
  };
  const ids = new Set([...before.decisions, ...after.decisions].map((d) => d.id));
  const changes: { decisionId: string; at: number | null }[] = [];
  for (const decisionId of ids) {
    const was = pending(before, decisionId);
    const is = pending(after, decisionId);
    if (was !== is) changes.push({ decisionId, at: is });
  }
  return changes;
}

/** The close of `decisionId` at `closesAt` if that is still its pending deadline, or why not. */
function closeFor(state: RoomState, decisionId: string, closesAt: number): EventBody | Rejection {
  const decision = findDecision(state, decisionId);
  if (decision?.status !== "voting" || decision.closesAt !== closesAt) {
    return { code: "NOT_FOUND", message: "The decision is no longer open until that deadline." };
  }
  return { type: "decision.closed", decisionId, closesAt };
}
