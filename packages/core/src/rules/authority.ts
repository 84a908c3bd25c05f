// Who may ever send each event, asked before anything about the room's state: someone
// who may never send it is told FORBIDDEN whatever ids it names, so nobody learns what a
// room holds by probing what they may not do. What a sender may touch (their own option,
// note, role or signal) is then checked by each group's rules, still before existence.
import { isBallotKey } from "../anonymity.ts";
import { assertNever } from "../assert-never.ts";
import type { EventBody, EventType } from "../events.ts";
import { canVote, findMember, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";

type Sender =
  /** Made by the server only (no actor). */
  | "server"
  /** The server, or the participant who joins (as themselves). */
  | "joiner"
  /** The server (a facilitator link) or anyone in the room (their own role). */
  | "server-or-member"
  | "facilitator"
  /** The server (auto-reveal) or a facilitator. */
  | "server-or-facilitator"
  /** Someone in the room who votes (facilitators vote too), or a ballot key on a replica. */
  | "voter"
  /** Someone in the room who votes may propose options; observers only watch. */
  | "proposer"
  /** Anyone in the room: what they may touch is checked per target by the group's rules. */
  | "member";

const SENDERS: Record<EventType, Sender> = {
  "room.created": "server",
  "participant.joined": "joiner",
  "room.renamed": "facilitator",
  "participant.renamed": "member",
  "participant.roleSet": "server-or-member",
  "participant.signalSet": "member",
  "participant.removed": "facilitator",
  "facilitation.handedOff": "facilitator",
  "room.lobbySet": "facilitator",
  "room.focusSet": "facilitator",
  "room.passphraseSet": "facilitator",
  "lobby.requested": "server",
  "lobby.admitted": "facilitator",
  "lobby.denied": "facilitator",
  "lobby.left": "server",
  "decision.added": "facilitator",
  "decision.edited": "facilitator",
  "decision.removed": "facilitator",
  "decision.configured": "facilitator",
  "decision.proposed": "facilitator",
  "option.added": "proposer",
  "option.removed": "member",
  "criterion.added": "facilitator",
  "criterion.updated": "facilitator",
  "criterion.removed": "facilitator",
  "decision.opened": "facilitator",
  "ballot.cast": "voter",
  "ballot.sealed": "voter",
  "ballot.retracted": "voter",
  "decision.locked": "facilitator",
  "decision.revealed": "server-or-facilitator",
  "decision.decided": "facilitator",
  "decision.reopened": "facilitator",
  "decision.roundStarted": "facilitator",
  "decision.anonymitySet": "facilitator",
  "decision.rulesSet": "facilitator",
  "annotation.added": "member",
  "annotation.replied": "member",
  "annotation.plusOned": "member",
  "annotation.removed": "member",
  "timer.started": "facilitator",
  "timer.paused": "facilitator",
  "timer.resumed": "facilitator",
  "timer.extended": "facilitator",
  "timer.stopped": "facilitator",
  "timer.expired": "server",
  "decision.deadlineSet": "facilitator",
  "decision.closed": "server",
  "radar.imported": "facilitator",
  "decision.totalsOnlySet": "facilitator",
  "decision.autoRevealSet": "facilitator",
  "decision.nudged": "facilitator",
  "decision.allVoted": "server",
};

const REFUSALS: Record<Sender, string> = {
  server: "Only the server does that.",
  joiner: "Participants join only as themselves.",
  "server-or-member": "Join the room first.",
  facilitator: "Only a facilitator can do that.",
  "server-or-facilitator": "Only a facilitator can do that.",
  voter: "Observers cannot vote.",
  proposer: "Observers cannot add options.",
  member: "Join the room first.",
};

function mayEverSend(state: RoomState, actorId: string | null, body: EventBody): boolean {
  const sender = SENDERS[body.type];
  switch (sender) {
    case "server":
      return actorId === null;
    case "joiner":
      return (
        actorId === null || (body.type === "participant.joined" && actorId === body.participantId)
      );
    case "server-or-member":
      return actorId === null || findMember(state, actorId) !== undefined;
    case "facilitator":
      return isFacilitator(state, actorId);
    case "server-or-facilitator":
      return actorId === null || isFacilitator(state, actorId);
    case "voter":
      // Whether a ballot key belongs to an anonymous decision is the voting rules' question.
      return canVote(state, actorId) || isBallotKey(actorId);
    case "proposer":
      return canVote(state, actorId);
    case "member":
      return findMember(state, actorId) !== undefined;
    default:
      return assertNever(sender);
  }
}

/** FORBIDDEN when `actorId` may never send `body`'s event, whatever it names; else null. */
export function checkAuthority(
  state: RoomState,
  actorId: string | null,
  body: EventBody,
): Rejection | null {
  return mayEverSend(state, actorId, body)
    ? null
    : reject("FORBIDDEN", REFUSALS[SENDERS[body.type]]);
}
