// Turns a participant's command into the event the log will record, or says why not.
// The server calls this before appending; the same rules then guard the reducer; the UI
// asks `allowed` instead of writing a rule again.
import {
  type CommandBody,
  EVENT_OF_COMMAND,
  type EventBody,
  type RevealedBallot,
  type RoomEvent,
} from "./events.ts";
import { findDecision } from "./lookup.ts";
import type { Rejection } from "./rejection.ts";
import { checkCommand } from "./rules/commands.ts";
import { checkEvent } from "./rules/index.ts";
import type { RoomState } from "./types.ts";

export type Decided = { ok: true; body: EventBody } | { ok: false; rejection: Rejection };

export function eventForCommand(state: RoomState, command: CommandBody): EventBody {
  switch (command.type) {
    case "room.setPassphrase":
      // The passphrase never enters the log; the server keeps its salted hash aside.
      return { type: "room.passphraseSet", on: command.passphrase !== null };
    case "decision.reveal": {
      // Only the server knows sealed ballots; the reveal event carries them to everyone.
      // Each with the salt that opens its commitment, so anyone can check it.
      const ballots = (findDecision(state, command.decisionId)?.ballots ?? []).flatMap(
        (entry): RevealedBallot[] => {
          if (entry.ballot === null) return [];
          const revealed: RevealedBallot = {
            participantId: entry.participantId,
            ballot: entry.ballot,
          };
          if (entry.salt !== undefined) revealed.salt = entry.salt;
          return [revealed];
        },
      );
      return { type: "decision.revealed", decisionId: command.decisionId, ballots };
    }
    case "decision.showTotalsOnly":
      return { type: "decision.totalsOnlySet", decisionId: command.decisionId };
    default:
      // A mirrored command's fields are its event's (`events.ts` derives both from one list).
      return { ...command, type: EVENT_OF_COMMAND[command.type] } as EventBody;
  }
}

/**
 * Checks the command as the next event of the log, as `actorId`, at time `at`: the log's
 * rules first (authority before anything else), then what only new commands must meet.
 */
export function decide(
  state: RoomState,
  actorId: string | null,
  commandId: string | null,
  command: CommandBody,
  at: number,
): Decided {
  const body = eventForCommand(state, command);
  const event: RoomEvent = { seq: state.seq + 1, at, actorId, commandId, body };
  const rejection = checkEvent(state, event) ?? checkCommand(state, command);
  return rejection === null ? { ok: true, body } : { ok: false, rejection };
}

/**
 * May `actorId` send `command` now? `decide`'s answer, for a UI that offers only what the
 * room would accept. A new command id is never a duplicate, so none is asked about.
 */
export function allowed(
  state: RoomState,
  actorId: string | null,
  command: CommandBody,
  at: number,
): boolean {
  return decide(state, actorId, null, command, at).ok;
}
