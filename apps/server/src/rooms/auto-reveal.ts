// Auto-reveal: once every eligible voter has voted on a sealed decision that reveals by
// itself, the server locks it (`decision.allVoted`) and then reveals it with the usual
// `decision.revealed`, built from the locked ballots (after the lock no ballot can change,
// so the reveal carries exactly the ballots that completed the vote). Every node holding
// the room sees the same events in the same order and sends the same command ids (the seq
// of the event that completed the vote, then of the lock), so however many nodes react,
// the log applies each once. Not covered: a node dying between the last vote and its lock
// when no other node holds the room; the facilitator then locks and reveals by hand.
import type { EventBody, Rejection, RoomState } from "@stackboard/core";
import { autoRevealDue, autoRevealsStarted, eventForCommand, findDecision } from "@stackboard/core";
import type { Logger } from "../logger.ts";
import type { RoomService } from "./room-service.ts";
import { appendServerEvent } from "./server-events.ts";

/** Valid command ids whatever a decision's id: the seq names the moment, once per room. */
export const allVotedCommandId = (seq: number, index: number): string =>
  `all-voted-${seq}-${index}`;
export const autoRevealCommandId = (lockSeq: number): string => `auto-reveal-${lockSeq}`;

export interface AutoReveal {
  /** From now on nothing new is appended (the shutdown waits for what was begun). */
  close(): void;
}

export function startAutoReveal(rooms: RoomService, logger: Logger): AutoReveal {
  let stopped = false;
  const append = (
    roomId: string,
    commandId: string,
    build: (state: RoomState) => EventBody | Rejection,
  ) => {
    if (stopped) return;
    void appendServerEvent(rooms, logger, roomId, commandId, build);
  };

  rooms.onEvent((roomId, before, event, after) => {
    autoRevealsStarted(before, event, after).forEach((decisionId, index) => {
      append(roomId, allVotedCommandId(event.seq, index), (state) => lockFor(state, decisionId));
    });
    const { body } = event;
    if (body.type !== "decision.allVoted") return;
    const locked = findDecision(after, body.decisionId)?.status === "locked";
    if (findDecision(before, body.decisionId)?.status === "voting" && locked) {
      append(roomId, autoRevealCommandId(event.seq), (state) => revealFor(state, body.decisionId));
    }
  });

  return {
    close: () => {
      stopped = true;
    },
  };
}

/** The lock, if every eligible voter still has a ballot in at the log's end; or why not. */
function lockFor(state: RoomState, decisionId: string): EventBody | Rejection {
  const decision = findDecision(state, decisionId);
  return decision && autoRevealDue(state, decision)
    ? { type: "decision.allVoted", decisionId }
    : { code: "NOT_FOUND", message: "Not every eligible voter has voted any more." };
}

/** The reveal of the locked ballots, unless the vote was reopened meanwhile. */
function revealFor(state: RoomState, decisionId: string): EventBody | Rejection {
  return findDecision(state, decisionId)?.status === "locked"
    ? eventForCommand(state, { type: "decision.reveal", decisionId })
    : { code: "NOT_FOUND", message: "The vote is no longer locked." };
}
