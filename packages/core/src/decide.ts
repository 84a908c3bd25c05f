// Turns a participant's command into the event the log will record, or says why not.
// The server calls this before appending; the same rules then guard the reducer.
import type { CommandBody, EventBody, RoomEvent } from "./events.ts";
import { findDecision } from "./lookup.ts";
import type { Rejection } from "./rejection.ts";
import { checkCommand } from "./rules/commands.ts";
import { checkEvent } from "./rules/index.ts";
import type { RoomState } from "./types.ts";

export type Decided = { ok: true; body: EventBody } | { ok: false; rejection: Rejection };

export function eventForCommand(state: RoomState, command: CommandBody): EventBody {
  switch (command.type) {
    case "room.rename":
      return { type: "room.renamed", title: command.title };
    case "participant.rename":
      return { type: "participant.renamed", name: command.name };
    case "participant.setRole":
      return {
        type: "participant.roleSet",
        participantId: command.participantId,
        role: command.role,
      };
    case "participant.setSignal":
      return { ...command, type: "participant.signalSet" };
    case "participant.remove":
      return { ...command, type: "participant.removed" };
    case "facilitation.handOff":
      return { ...command, type: "facilitation.handedOff" };
    case "room.setLobby":
      return { ...command, type: "room.lobbySet" };
    case "room.setPassphrase":
      // The passphrase never enters the log; the server keeps its salted hash aside.
      return { type: "room.passphraseSet", on: command.passphrase !== null };
    case "lobby.admit":
      return { ...command, type: "lobby.admitted" };
    case "lobby.deny":
      return { ...command, type: "lobby.denied" };
    case "decision.add":
      return { ...command, type: "decision.added" };
    case "decision.edit":
      return { ...command, type: "decision.edited" };
    case "decision.remove":
      return { ...command, type: "decision.removed" };
    case "decision.configure":
      return { ...command, type: "decision.configured" };
    case "option.add":
      return { ...command, type: "option.added" };
    case "option.remove":
      return { ...command, type: "option.removed" };
    case "criterion.add":
      return { ...command, type: "criterion.added" };
    case "criterion.update":
      return { ...command, type: "criterion.updated" };
    case "criterion.remove":
      return { ...command, type: "criterion.removed" };
    case "decision.open":
      return { ...command, type: "decision.opened" };
    case "ballot.cast":
      return { ...command, type: "ballot.cast" };
    case "ballot.retract":
      return { ...command, type: "ballot.retracted" };
    case "decision.lock":
      return { ...command, type: "decision.locked" };
    case "decision.reveal": {
      // Only the server knows sealed ballots; the reveal event carries them to everyone.
      const ballots = (findDecision(state, command.decisionId)?.ballots ?? []).flatMap((entry) =>
        entry.ballot === null ? [] : [{ participantId: entry.participantId, ballot: entry.ballot }],
      );
      return { type: "decision.revealed", decisionId: command.decisionId, ballots };
    }
    case "decision.decide":
      return { ...command, type: "decision.decided" };
    case "decision.reopen":
      return { ...command, type: "decision.reopened" };
    case "decision.setAnonymity":
      return { ...command, type: "decision.anonymitySet" };
    case "decision.setRules":
      return { ...command, type: "decision.rulesSet" };
    case "decision.propose":
      return { ...command, type: "decision.proposed" };
    case "decision.newRound":
      return { ...command, type: "decision.roundStarted" };
    case "annotation.add":
      return { ...command, type: "annotation.added" };
    case "annotation.reply":
      return { ...command, type: "annotation.replied" };
    case "annotation.plusOne":
      return { ...command, type: "annotation.plusOned" };
    case "annotation.remove":
      return { ...command, type: "annotation.removed" };
    case "timer.start":
      return { ...command, type: "timer.started" };
    case "timer.pause":
      return { type: "timer.paused" };
    case "timer.resume":
      return { type: "timer.resumed" };
    case "timer.extend":
      return { ...command, type: "timer.extended" };
    case "timer.stop":
      return { type: "timer.stopped" };
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
