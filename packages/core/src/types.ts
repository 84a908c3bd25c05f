// Room state: what every replica (server and browsers) derives by reducing the same log.
import type { RadarEdition } from "./radar/types.ts";

export type Role = "facilitator" | "voter" | "observer";
export type VotingMode = "pick" | "dots" | "score" | "ranked" | "consent";
/** Consent mode: where a voter stands on the proposal (abstaining is the `abstain` ballot). */
export type ConsentStance = "agree" | "object" | "block";
export type DecisionStatus = "draft" | "voting" | "locked" | "revealed" | "decided";
export type AnnotationKind = "pro" | "con" | "risk" | "question";
/**
 * Who may learn who cast which ballot. "off": everyone. "aliases" and "full": nobody but the
 * voter; others see an opaque per-decision ballot key instead of the participant id
 * ("aliases" shows it as a stable pseudonym, "full" shows no per-voter trace at all).
 */
export type Anonymity = "off" | "aliases" | "full";
/** What a participant signals to the room: "I'm done" or "I want to speak". */
export type Signal = "ready" | "hand";

export interface Participant {
  id: string;
  name: string;
  colour: string;
  role: Role;
  joinedAt: number;
  /** Done with the current step; cleared when a vote opens or a new round starts. */
  ready: boolean;
  /** When the hand went up (the queue's order), null while it is down. */
  handRaisedAt: number | null;
  /**
   * Removed by a facilitator: kept so the record still names their notes, but they may
   * no longer act, and the server refuses their pass.
   */
  removed: boolean;
}

/** Someone who asked to join a room with a lobby, waiting for a facilitator to admit them. */
export interface LobbyEntry {
  participantId: string;
  name: string;
  colour: string;
  role: "voter" | "observer";
  at: number;
}

/** Who may walk in. The passphrase itself lives only on the server, as a salted hash. */
export interface RoomAccess {
  passphrase: boolean;
  lobby: boolean;
}

export interface Criterion {
  id: string;
  name: string;
  /** 0..1; the score ranking is the weight-normalised matrix. */
  weight: number;
}

export interface Option {
  id: string;
  label: string;
  /** Catalog technology id, or null for a typed-in option. */
  catalogId: string | null;
  addedBy: string | null;
}

export type Ballot =
  | { mode: "pick"; optionId: string }
  | { mode: "dots"; allocations: DotAllocation[] }
  | { mode: "score"; scores: OptionScore[] }
  /** Preferences, best first: distinct options of the decision, possibly not all of them. */
  | { mode: "ranked"; ranking: string[] }
  /**
   * On the decision's proposal. A block needs a reason (new ballots: `rules/commands.ts`);
   * an agreement or objection may leave it empty.
   */
  | { mode: "consent"; stance: ConsentStance; reason: string }
  /** Valid in every mode: the voter took part (it counts as a ballot) but backs no option. */
  | { mode: "abstain" };

export interface DotAllocation {
  optionId: string;
  dots: number;
}

export interface OptionScore {
  optionId: string;
  criterionId: string;
  /** 1..5 */
  score: number;
}

/** A ballot as a replica knows it: `ballot` is null while it is sealed from this replica. */
export interface BallotEntry {
  participantId: string;
  ballot: Ballot | null;
  castAt: number;
  /**
   * Sealed decisions: the ballot's commitment (SHA-256 of it and its salt, commitment.ts),
   * public from the cast on; absent when it was cast without one.
   */
  commitment?: string | undefined;
  /** The salt that opens the commitment: only the voter's and, from the reveal, everyone's. */
  salt?: string | undefined;
}

export interface Decision {
  id: string;
  title: string;
  context: string;
  mode: VotingMode;
  /** Budget per voter in dots mode. */
  dotsPerVoter: number;
  sealed: boolean;
  status: DecisionStatus;
  options: Option[];
  /** One entry per voter, in the order they first voted. */
  ballots: BallotEntry[];
  /** Earlier rounds of voting, oldest first; the current round's ballots are `ballots`. */
  rounds: DecisionRound[];
  rules: DecisionRules;
  /** One-way: once raised it never goes back down. */
  anonymity: Anonymity;
  /** Consent mode: what the room consents to, written by the facilitator; null until then. */
  proposal: ConsentProposal | null;
  /** Ids of options removed from this decision: never given to a new option of it. */
  retiredOptionIds: string[];
  outcome: DecisionOutcome | null;
  /** When voting closes by itself (server time), or null; cleared by a reopen. */
  closesAt: number | null;
  /** When the server closed voting at the deadline, or null. */
  closedAt: number | null;
  /**
   * Sealed decisions: once every eligible voter has voted, the server locks the vote and
   * reveals the ballots (`decision.allVoted`, then `decision.revealed`).
   */
  autoReveal: boolean;
  /** The facilitator's latest nudge to those who have not voted; cleared when voting restarts. */
  nudge: DecisionNudge | null;
}

/** A nudge: when, and which facilitator sent it (nobody it was sent to is named). */
export interface DecisionNudge {
  at: number;
  by: string | null;
}

/** A consent decision's proposal: the facilitator's text and the option it adopts. */
export interface ConsentProposal {
  text: string;
  optionId: string;
}

/** How a decision counts as settled; see `rulesStatus`. */
export interface DecisionRules {
  /** dots mode: the most dots one voter may put on one option; null for no cap. */
  maxDotsPerOption: number | null;
  /** 0..1: the share of eligible voters who must cast a ballot (abstaining counts). */
  quorum: number;
  /** 0..1: pick: the leader's share of counted ballots; consent: the share that agrees. */
  threshold: number;
}

export const DEFAULT_RULES: DecisionRules = { maxDotsPerOption: null, quorum: 0, threshold: 0 };

/** What is kept of a round when the facilitator starts a new one: its tally, not its ballots. */
export interface DecisionRound {
  /** 1-based. */
  round: number;
  mode: VotingMode;
  /** Every ballot of the round, abstentions included. */
  ballotsCount: number;
  abstained: number;
  /** Per option (in option order): the tally value of the round's mode. */
  tally: { optionId: string; value: number }[];
  /** The option(s) leading the round (ranked: the runoff winner; consent: the proposal if it passed). */
  leaders: string[];
}

export interface DecisionOutcome {
  optionId: string;
  rationale: string;
  decidedBy: string | null;
  decidedAt: number;
  /**
   * The options tied for first in the tally when the facilitator decided (the chosen one
   * among them, usually): the tie they settled. Empty when one option led, or none. Kept
   * here because a score tally can change after the decision, with the weights.
   */
  settledTie: string[];
}

export interface Reply {
  id: string;
  authorId: string | null;
  text: string;
  at: number;
}

export interface Annotation {
  id: string;
  decisionId: string;
  optionId: string;
  kind: AnnotationKind;
  text: string;
  authorId: string | null;
  at: number;
  replies: Reply[];
  plusOnes: string[];
}

export interface Timer {
  /** Seq of the event that started it: the server's expiry names the timer it ends. */
  id: number;
  decisionId: string | null;
  startedAt: number;
  /** Server time at zero, while running; stale while paused. */
  endsAt: number;
  /** Paused: the milliseconds that were left; null while running. */
  pausedRemainingMs: number | null;
  /** At zero, the server locks the timer's decision if it is still open for voting. */
  autoLock: boolean;
  /** The server has seen it reach zero. */
  expired: boolean;
}

export interface RoomState {
  roomId: string;
  title: string;
  templateId: string | null;
  createdAt: number;
  /** Seq of the last event applied. */
  seq: number;
  participants: Participant[];
  access: RoomAccess;
  /** Waiting to be admitted, oldest first. */
  lobby: LobbyEntry[];
  criteria: Criterion[];
  decisions: Decision[];
  annotations: Annotation[];
  timer: Timer | null;
  /**
   * Focus mode: the decision the facilitator spotlights, which every board follows to
   * (each participant may still look around); null when nothing is in focus.
   */
  focusedDecisionId: string | null;
  /** Ids of removed things, never given to anything new (see `rules/ids.ts`). */
  retiredIds: RetiredIds;
  /** The tech radars imported into the room, oldest first (at most `LIMITS.radarEditions`). */
  radar: RadarEdition[];
  /** The most recent command ids applied (at least `LIMITS.recentCommandIds`), in chunks,
   * oldest first: a retried command applies once (see `recent-commands.ts`). */
  recentCommandIds: string[][];
}

/**
 * Ids that were in use and were removed. An event names what it is about by id alone, so
 * an id given to something new would make old events (sealed ballots, anonymous voters)
 * read as being about it.
 */
export interface RetiredIds {
  decisions: string[];
  criteria: string[];
  annotations: string[];
}
