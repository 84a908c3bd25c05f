// Commands are what a participant asks for; events are what the room log records.
// Most events mirror their command one to one; the server adds the envelope
// (seq, time, actor, command id) and fills in what only it knows (reveal's ballots).
import type {
  AnnotationKind,
  Anonymity,
  Ballot,
  DecisionRules,
  Role,
  Signal,
  VotingMode,
} from "./types.ts";

export interface TemplateDecisionSeed {
  id: string;
  title: string;
  context: string;
  mode: VotingMode;
  options: { id: string; label: string; catalogId: string | null }[];
}

export interface CriterionSeed {
  id: string;
  name: string;
  weight: number;
}

/** Commands a client may send over the wire (the actor is the sender). */
export type CommandBody =
  | { type: "room.rename"; title: string }
  | { type: "participant.rename"; name: string }
  | { type: "participant.setRole"; participantId: string; role: Role }
  /** Yourself, any way; a facilitator may also lower someone else's. */
  | { type: "participant.setSignal"; participantId: string; signal: Signal; on: boolean }
  | { type: "participant.remove"; participantId: string }
  /** The sender steps down to voter and `participantId` becomes facilitator. */
  | { type: "facilitation.handOff"; participantId: string }
  | { type: "room.setLobby"; on: boolean }
  /** The server keeps only a salted hash; the log records whether there is one. */
  | { type: "room.setPassphrase"; passphrase: string | null }
  | { type: "lobby.admit"; participantId: string }
  | { type: "lobby.deny"; participantId: string }
  | { type: "decision.add"; decisionId: string; title: string; context: string }
  | { type: "decision.edit"; decisionId: string; title: string; context: string }
  | { type: "decision.remove"; decisionId: string }
  | {
      type: "decision.configure";
      decisionId: string;
      mode: VotingMode;
      dotsPerVoter: number;
      sealed: boolean;
    }
  | {
      type: "option.add";
      decisionId: string;
      optionId: string;
      label: string;
      catalogId: string | null;
    }
  | { type: "option.remove"; decisionId: string; optionId: string }
  | { type: "criterion.add"; criterionId: string; name: string; weight: number }
  | { type: "criterion.update"; criterionId: string; name: string; weight: number }
  | { type: "criterion.remove"; criterionId: string }
  | { type: "decision.open"; decisionId: string }
  | { type: "ballot.cast"; decisionId: string; ballot: Ballot }
  | { type: "ballot.retract"; decisionId: string }
  | { type: "decision.lock"; decisionId: string }
  | { type: "decision.reveal"; decisionId: string }
  | { type: "decision.decide"; decisionId: string; optionId: string; rationale: string }
  | { type: "decision.reopen"; decisionId: string }
  /** Keep this round's tally in `rounds`, clear the ballots and vote again. */
  | { type: "decision.newRound"; decisionId: string }
  | { type: "decision.setAnonymity"; decisionId: string; anonymity: Anonymity }
  /** Consent mode, before voting opens: the proposal's text and the option it adopts. */
  | { type: "decision.propose"; decisionId: string; optionId: string; text: string }
  | {
      type: "decision.setRules";
      decisionId: string;
      maxDotsPerOption: DecisionRules["maxDotsPerOption"];
      quorum: number;
      threshold: number;
    }
  | {
      type: "annotation.add";
      annotationId: string;
      decisionId: string;
      optionId: string;
      kind: AnnotationKind;
      text: string;
    }
  | { type: "annotation.reply"; annotationId: string; replyId: string; text: string }
  | { type: "annotation.plusOne"; annotationId: string; on: boolean }
  | { type: "annotation.remove"; annotationId: string }
  | { type: "timer.start"; decisionId: string | null; durationMs: number; autoLock: boolean }
  | { type: "timer.pause" }
  | { type: "timer.resume" }
  | { type: "timer.extend"; byMs: number }
  | { type: "timer.stop" };

export type CommandType = CommandBody["type"];

/** What the room log records. */
export type EventBody =
  | {
      type: "room.created";
      roomId: string;
      title: string;
      templateId: string | null;
      criteria: CriterionSeed[];
      decisions: TemplateDecisionSeed[];
    }
  | { type: "participant.joined"; participantId: string; name: string; colour: string; role: Role }
  | { type: "room.renamed"; title: string }
  | { type: "participant.renamed"; name: string }
  | { type: "participant.roleSet"; participantId: string; role: Role }
  | { type: "participant.signalSet"; participantId: string; signal: Signal; on: boolean }
  | { type: "participant.removed"; participantId: string }
  | { type: "facilitation.handedOff"; participantId: string }
  | { type: "room.lobbySet"; on: boolean }
  | { type: "room.passphraseSet"; on: boolean }
  /** Server-made: someone new knocked on a room with a lobby. */
  | {
      type: "lobby.requested";
      participantId: string;
      name: string;
      colour: string;
      role: "voter" | "observer";
    }
  /** The entry becomes a participant, joined at this event's time. */
  | { type: "lobby.admitted"; participantId: string }
  | { type: "lobby.denied"; participantId: string }
  /** Server-made: the knocker gave up (cancelled or went away) before anyone let them in. */
  | { type: "lobby.left"; participantId: string }
  | { type: "decision.added"; decisionId: string; title: string; context: string }
  | { type: "decision.edited"; decisionId: string; title: string; context: string }
  | { type: "decision.removed"; decisionId: string }
  | {
      type: "decision.configured";
      decisionId: string;
      mode: VotingMode;
      dotsPerVoter: number;
      sealed: boolean;
    }
  | {
      type: "option.added";
      decisionId: string;
      optionId: string;
      label: string;
      catalogId: string | null;
    }
  | { type: "option.removed"; decisionId: string; optionId: string }
  | { type: "criterion.added"; criterionId: string; name: string; weight: number }
  | { type: "criterion.updated"; criterionId: string; name: string; weight: number }
  | { type: "criterion.removed"; criterionId: string }
  | { type: "decision.opened"; decisionId: string }
  | { type: "ballot.cast"; decisionId: string; ballot: Ballot }
  /** The redacted form of `ballot.cast` in a sealed decision: who voted, not what. */
  | { type: "ballot.sealed"; decisionId: string }
  | { type: "ballot.retracted"; decisionId: string }
  | { type: "decision.locked"; decisionId: string }
  | { type: "decision.revealed"; decisionId: string; ballots: RevealedBallot[] }
  | { type: "decision.decided"; decisionId: string; optionId: string; rationale: string }
  | { type: "decision.reopened"; decisionId: string }
  | { type: "decision.roundStarted"; decisionId: string }
  | { type: "decision.anonymitySet"; decisionId: string; anonymity: Anonymity }
  | { type: "decision.proposed"; decisionId: string; optionId: string; text: string }
  | {
      type: "decision.rulesSet";
      decisionId: string;
      maxDotsPerOption: DecisionRules["maxDotsPerOption"];
      quorum: number;
      threshold: number;
    }
  | {
      type: "annotation.added";
      annotationId: string;
      decisionId: string;
      optionId: string;
      kind: AnnotationKind;
      text: string;
    }
  | { type: "annotation.replied"; annotationId: string; replyId: string; text: string }
  | { type: "annotation.plusOned"; annotationId: string; on: boolean }
  | { type: "annotation.removed"; annotationId: string }
  | { type: "timer.started"; decisionId: string | null; durationMs: number; autoLock: boolean }
  | { type: "timer.paused" }
  | { type: "timer.resumed" }
  | { type: "timer.extended"; byMs: number }
  | { type: "timer.stopped" }
  /** Server-made when the running timer `timerId` reaches zero (auto-lock happens here). */
  | { type: "timer.expired"; timerId: number };

export type EventType = EventBody["type"];

/** Events about people: signals, removal, handoff, access and the lobby. */
export type PeopleEventBody = Extract<
  EventBody,
  {
    type:
      | "participant.signalSet"
      | "participant.removed"
      | "facilitation.handedOff"
      | "room.lobbySet"
      | "room.passphraseSet"
      | `lobby.${string}`;
  }
>;

/** The timer's events: run by facilitators, ended at zero by the server. */
export type TimerEventBody = Extract<EventBody, { type: `timer.${string}` }>;

export interface RevealedBallot {
  participantId: string;
  ballot: Ballot;
}

/** One entry of a room's log. */
export interface RoomEvent {
  seq: number;
  /** Server time (ms since epoch) when the event was appended. */
  at: number;
  /** Participant who caused it; null for the server itself. */
  actorId: string | null;
  /** Client-made id of the command that caused it; null for server-made events. */
  commandId: string | null;
  body: EventBody;
}
