// What a new command must meet beyond the log's rules: requirements that came after rooms
// were already being recorded. The reducer does not check them, so a log written before
// them replays exactly as it did; the server checks them (through `decide`) before
// anything new enters a log, so no new event breaks them.
import { checkConsentReason } from "../consent.ts";
import type { CommandBody } from "../events.ts";
import { findDecision } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import { notYetVoted } from "../turnout.ts";
import type { RoomState } from "../types.ts";

export function checkCommand(state: RoomState, command: CommandBody): Rejection | null {
  switch (command.type) {
    case "ballot.cast":
      return checkConsentReason(command.ballot);
    case "decision.open": {
      // A consent vote needs the facilitator's written proposal to stand on.
      const decision = findDecision(state, command.decisionId);
      return decision?.mode === "consent" && decision.proposal === null
        ? reject("INVALID_TRANSITION", "Write the proposal before opening the vote.")
        : null;
    }
    case "decision.nudge": {
      // Asked on the server's state, which knows every voter of an anonymous decision too.
      const decision = findDecision(state, command.decisionId);
      return decision && notYetVoted(state, decision).length === 0
        ? reject("INVALID_TRANSITION", "Everyone who may vote has voted.")
        : null;
    }
    default:
      return null;
  }
}
