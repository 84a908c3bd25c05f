// Commands are what a participant asks for; events are what the room log records. One
// vocabulary for both: most commands become their event with the very same fields under
// the event's name (`MirroredFields`, `EVENT_OF_COMMAND`); the few that differ say how.
// The server adds the envelope (seq, time, actor, command id) and fills in what only it
// knows (reveal's ballots).
import type { RadarEntry } from "./radar/types.ts";
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

export interface RevealedBallot {
  participantId: string;
  ballot: Ballot;
  /** The salt that opens the ballot's commitment, when it was cast with one. */
  salt?: string | undefined;
}

type OnDecision = { decisionId: string };
type OnParticipant = { participantId: string };
type DecisionText = { decisionId: string; title: string; context: string };
type CriterionFields = { criterionId: string; name: string; weight: number };
type Newcomer = { participantId: string; name: string; colour: string };

/** The fields a command shares with the event it becomes, by command type. */
interface MirroredFields {
  "room.rename": { title: string };
  "participant.rename": { name: string };
  "participant.setRole": { participantId: string; role: Role };
  /** Yourself, any way; a facilitator may also lower someone else's. */
  "participant.setSignal": { participantId: string; signal: Signal; on: boolean };
  "participant.remove": OnParticipant;
  /** The sender steps down to voter and `participantId` becomes facilitator. */
  "facilitation.handOff": OnParticipant;
  "room.setLobby": { on: boolean };
  /** The decision everyone's board follows to (focus mode); null clears the spotlight. */
  "room.setFocus": { decisionId: string | null };
  /** The entry becomes a participant, joined at this event's time. */
  "lobby.admit": OnParticipant;
  "lobby.deny": OnParticipant;
  "decision.add": DecisionText;
  "decision.edit": DecisionText;
  "decision.remove": OnDecision;
  "decision.configure": {
    decisionId: string;
    mode: VotingMode;
    dotsPerVoter: number;
    sealed: boolean;
  };
  "option.add": { decisionId: string; optionId: string; label: string; catalogId: string | null };
  "option.remove": { decisionId: string; optionId: string };
  "criterion.add": CriterionFields;
  "criterion.update": CriterionFields;
  "criterion.remove": { criterionId: string };
  "decision.open": OnDecision;
  /** A sealed decision's ballot may come with its commitment and the salt that opens it. */
  "ballot.cast": {
    decisionId: string;
    ballot: Ballot;
    commitment?: string | undefined;
    salt?: string | undefined;
  };
  "ballot.retract": OnDecision;
  "decision.lock": OnDecision;
  "decision.decide": { decisionId: string; optionId: string; rationale: string };
  "decision.reopen": OnDecision;
  /** Keep this round's tally in `rounds`, clear the ballots and vote again. */
  "decision.newRound": OnDecision;
  "decision.setAnonymity": { decisionId: string; anonymity: Anonymity };
  /** Consent mode, before voting opens: the proposal's text and the option it adopts. */
  "decision.propose": { decisionId: string; optionId: string; text: string };
  "decision.setRules": {
    decisionId: string;
    maxDotsPerOption: DecisionRules["maxDotsPerOption"];
    quorum: number;
    threshold: number;
  };
  "annotation.add": {
    annotationId: string;
    decisionId: string;
    optionId: string;
    kind: AnnotationKind;
    text: string;
  };
  "annotation.reply": { annotationId: string; replyId: string; text: string };
  "annotation.plusOne": { annotationId: string; on: boolean };
  "annotation.remove": { annotationId: string };
  "timer.start": { decisionId: string | null; durationMs: number; autoLock: boolean };
  "timer.pause": Record<never, never>;
  "timer.resume": Record<never, never>;
  "timer.extend": { byMs: number };
  "timer.stop": Record<never, never>;
  /** When voting closes by itself (null: no deadline). */
  "decision.setDeadline": { decisionId: string; closesAt: number | null };
  /** A tech radar the room keeps as its latest edition. */
  "radar.import": { name: string; entries: RadarEntry[] };
  /** Sealed decisions: reveal by itself once every eligible voter has voted. */
  "decision.setAutoReveal": { decisionId: string; autoReveal: boolean };
  /** Remind everyone eligible who has not voted yet (each replica knows whether it has). */
  "decision.nudge": OnDecision;
}

/** The event each mirrored command becomes. */
export const EVENT_OF_COMMAND = {
  "room.rename": "room.renamed",
  "participant.rename": "participant.renamed",
  "participant.setRole": "participant.roleSet",
  "participant.setSignal": "participant.signalSet",
  "participant.remove": "participant.removed",
  "facilitation.handOff": "facilitation.handedOff",
  "room.setLobby": "room.lobbySet",
  "room.setFocus": "room.focusSet",
  "lobby.admit": "lobby.admitted",
  "lobby.deny": "lobby.denied",
  "decision.add": "decision.added",
  "decision.edit": "decision.edited",
  "decision.remove": "decision.removed",
  "decision.configure": "decision.configured",
  "option.add": "option.added",
  "option.remove": "option.removed",
  "criterion.add": "criterion.added",
  "criterion.update": "criterion.updated",
  "criterion.remove": "criterion.removed",
  "decision.open": "decision.opened",
  "ballot.cast": "ballot.cast",
  "ballot.retract": "ballot.retracted",
  "decision.lock": "decision.locked",
  "decision.decide": "decision.decided",
  "decision.reopen": "decision.reopened",
  "decision.newRound": "decision.roundStarted",
  "decision.setAnonymity": "decision.anonymitySet",
  "decision.propose": "decision.proposed",
  "decision.setRules": "decision.rulesSet",
  "annotation.add": "annotation.added",
  "annotation.reply": "annotation.replied",
  "annotation.plusOne": "annotation.plusOned",
  "annotation.remove": "annotation.removed",
  "timer.start": "timer.started",
  "timer.pause": "timer.paused",
  "timer.resume": "timer.resumed",
  "timer.extend": "timer.extended",
  "timer.stop": "timer.stopped",
  "decision.setDeadline": "decision.deadlineSet",
  "radar.import": "radar.imported",
  "decision.setAutoReveal": "decision.autoRevealSet",
  "decision.nudge": "decision.nudged",
} as const satisfies { [C in keyof MirroredFields]: string };

export type MirroredCommandType = keyof MirroredFields;

/** Commands whose fields are not their event's. */
interface OwnCommandFields {
  /** The server keeps only a salted hash; the log records whether there is one. */
  "room.setPassphrase": { passphrase: string | null };
  /** Its event carries the ballots, which only the server knows while they are sealed. */
  "decision.reveal": OnDecision;
  /** Before the reveal: an anonymous decision shows totals only (anonymity "full"). */
  "decision.showTotalsOnly": OnDecision;
}

/** Events no command mirrors: made by the server, redacted forms, or filled in by it. */
interface OwnEventFields {
  "room.created": {
    roomId: string;
    title: string;
    templateId: string | null;
    criteria: CriterionSeed[];
    decisions: TemplateDecisionSeed[];
  };
  "participant.joined": Newcomer & { role: Role };
  /** From `room.setPassphrase`: whether there is one, never the passphrase. */
  "room.passphraseSet": { on: boolean };
  /** Server-made: someone new knocked on a room with a lobby. */
  "lobby.requested": Newcomer & { role: "voter" | "observer" };
  /** Server-made: the knocker gave up (cancelled or went away) before anyone let them in. */
  "lobby.left": OnParticipant;
  /**
   * The redacted form of `ballot.cast` in a sealed decision: who voted, not what; with the
   * ballot's commitment, never its salt.
   */
  "ballot.sealed": OnDecision & { commitment?: string | undefined };
  /** From `decision.reveal`, with the ballots. */
  "decision.revealed": { decisionId: string; ballots: RevealedBallot[] };
  /** Server-made when the running timer `timerId` reaches zero (auto-lock happens here). */
  "timer.expired": { timerId: number };
  /** Server-made at the decision's deadline `closesAt`: voting is locked. */
  "decision.closed": { decisionId: string; closesAt: number };
  /** From `decision.showTotalsOnly`. */
  "decision.totalsOnlySet": OnDecision;
  /**
   * Server-made when every eligible voter has voted on a sealed decision with auto-reveal:
   * voting locks; the server's `decision.revealed` follows.
   */
  "decision.allVoted": OnDecision;
}

type CommandFields = MirroredFields & OwnCommandFields;
type EventFields = {
  [C in MirroredCommandType as (typeof EVENT_OF_COMMAND)[C]]: MirroredFields[C];
} & OwnEventFields;

/**
 * `{ type, ...fields }` as one plain object type; mapped over its own keys, so an optional
 * field (a ballot's commitment) stays optional.
 */
type Variant<T extends string, F> = Flat<{ type: T } & F>;
type Flat<X> = { [K in keyof X]: X[K] };

/** Commands a client may send over the wire (the actor is the sender). */
export type CommandBody = {
  [C in keyof CommandFields]: Variant<C, CommandFields[C]>;
}[keyof CommandFields];

export type CommandType = CommandBody["type"];

/** What the room log records. */
export type EventBody = { [E in keyof EventFields]: Variant<E, EventFields[E]> }[keyof EventFields];

export type EventType = EventBody["type"];

/** The event body of one type. */
export type EventBodyOf<T extends EventType> = Extract<EventBody, { type: T }>;

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

/** A log entry whose body is of one type. */
export interface RoomEventOf<T extends EventType> extends RoomEvent {
  body: EventBodyOf<T>;
}
