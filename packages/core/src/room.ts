import { rememberCommand } from "./recent-commands.ts";
import { tieOf } from "./tally.ts";
import {
  DEFAULT_RULES,
  type Decision,
  type DecisionOutcome,
  type LobbyEntry,
  type Participant,
  type RoomState,
  type Timer,
} from "./types.ts";

/** The state before `room.created`: every replica starts here. */
export function emptyRoom(): RoomState {
  return {
    roomId: "",
    title: "",
    templateId: null,
    createdAt: 0,
    seq: 0,
    participants: [],
    access: { passphrase: false, lobby: false },
    lobby: [],
    criteria: [],
    decisions: [],
    annotations: [],
    timer: null,
    focusedDecisionId: null,
    retiredIds: { decisions: [], criteria: [], annotations: [] },
    radar: [],
    recentCommandIds: [],
  };
}

/** A new decision's dots budget, until the facilitator configures another. */
export const DEFAULT_DOTS_PER_VOTER = 5;

/** A decision as `decision.added` (or a template) puts it on the board. */
export function newDecision(id: string, title: string, context: string): Decision {
  return {
    id,
    title,
    context,
    mode: "pick",
    dotsPerVoter: DEFAULT_DOTS_PER_VOTER,
    sealed: false,
    status: "draft",
    options: [],
    ballots: [],
    rounds: [],
    rules: DEFAULT_RULES,
    anonymity: "off",
    proposal: null,
    retiredOptionIds: [],
    outcome: null,
    closesAt: null,
    closedAt: null,
    autoReveal: false,
    nudge: null,
  };
}

/** Someone who joins (`participant.joined`) or is let in from the lobby (`lobby.admitted`). */
export function newParticipant(
  entry: Pick<LobbyEntry, "participantId" | "name" | "colour"> & { role: Participant["role"] },
  joinedAt: number,
): Participant {
  return {
    id: entry.participantId,
    name: entry.name,
    colour: entry.colour,
    role: entry.role,
    joinedAt,
    ready: false,
    handRaisedAt: null,
    removed: false,
  };
}

type StoredDecision = Partial<
  Pick<
    Decision,
    | "rounds"
    | "rules"
    | "anonymity"
    | "proposal"
    | "retiredOptionIds"
    | "closesAt"
    | "closedAt"
    | "autoReveal"
    | "nudge"
  >
>;
type StoredOutcome = Partial<Pick<DecisionOutcome, "settledTie">>;
type StoredParticipant = Partial<Pick<Participant, "ready" | "handRaisedAt" | "removed">>;
type StoredRoom = Partial<
  Pick<RoomState, "access" | "lobby" | "retiredIds" | "radar" | "focusedDecisionId">
>;
type StoredTimer = Partial<Timer>;

/**
 * True for a stored state (snapshot) written by an older server, which lacks fields that
 * came later. What the reducer derives from the log (the ids removed so far) cannot be
 * guessed from defaults: a server replays such a room's log instead of trusting it.
 */
export function isOutdatedState(state: RoomState): boolean {
  const staleDecision = (decision: StoredDecision & Pick<Decision, "outcome">) =>
    decision.rounds === undefined ||
    decision.rules === undefined ||
    decision.anonymity === undefined ||
    decision.proposal === undefined ||
    decision.retiredOptionIds === undefined ||
    decision.closesAt === undefined ||
    decision.closedAt === undefined ||
    decision.autoReveal === undefined ||
    decision.nudge === undefined ||
    staleOutcome(decision.outcome);
  const staleParticipant = (participant: StoredParticipant) => participant.removed === undefined;
  const room: StoredRoom = state;
  const timer: StoredTimer | null = state.timer;
  return (
    room.access === undefined ||
    room.lobby === undefined ||
    room.retiredIds === undefined ||
    room.radar === undefined ||
    room.focusedDecisionId === undefined ||
    (timer !== null && timer.expired === undefined) ||
    // Before chunks, the window was one flat array of ids.
    state.recentCommandIds.some((chunk) => !Array.isArray(chunk)) ||
    state.decisions.some((decision) => staleDecision(decision)) ||
    state.participants.some((participant) => staleParticipant(participant))
  );
}

/** An outcome from before outcomes kept the tie they settled. */
const staleOutcome = (outcome: StoredOutcome | null): boolean =>
  outcome !== null && outcome.settledTie === undefined;

/**
 * A stored state (snapshot) written by an older server, given the defaults of what came
 * later (rounds, rules, anonymity; signals, removal, access, lobby; timer pause and
 * auto-lock; no consent proposal, which reads as the first option as it did then; no ids
 * known to be removed; nothing in focus; the tie an outcome settled, read from its stored ballots); a
 * current state comes back unchanged. The wire never needs this: servers upgrade what
 * they load before anyone sees it (a server replays an outdated room's log instead, which
 * gives each outcome the tie as it stood when it was decided).
 */
export function upgradeState(state: RoomState): RoomState {
  if (!isOutdatedState(state)) return state;
  const room: StoredRoom = state;
  const timer: StoredTimer | null = state.timer;
  return {
    ...state,
    access: room.access ?? { passphrase: false, lobby: false },
    lobby: room.lobby ?? [],
    retiredIds: room.retiredIds ?? { decisions: [], criteria: [], annotations: [] },
    radar: room.radar ?? [],
    focusedDecisionId: room.focusedDecisionId ?? null,
    recentCommandIds: chunkedCommandIds(state.recentCommandIds),
    participants: state.participants.map((participant) => {
      const stored: StoredParticipant = participant;
      return {
        ...participant,
        ready: stored.ready ?? false,
        handRaisedAt: stored.handRaisedAt ?? null,
        removed: stored.removed ?? false,
      };
    }),
    timer:
      timer === null
        ? null
        : {
            decisionId: timer.decisionId ?? null,
            startedAt: timer.startedAt ?? 0,
            endsAt: timer.endsAt ?? 0,
            id: timer.id ?? 0,
            pausedRemainingMs: timer.pausedRemainingMs ?? null,
            autoLock: timer.autoLock ?? false,
            expired: timer.expired ?? false,
          },
    decisions: state.decisions.map((decision) => {
      const stored: StoredDecision = decision;
      const upgraded: Decision = {
        ...decision,
        rounds: stored.rounds ?? [],
        rules: stored.rules ?? DEFAULT_RULES,
        anonymity: stored.anonymity ?? "off",
        proposal: stored.proposal ?? null,
        retiredOptionIds: stored.retiredOptionIds ?? [],
        closesAt: stored.closesAt ?? null,
        closedAt: stored.closedAt ?? null,
        autoReveal: stored.autoReveal ?? false,
        nudge: stored.nudge ?? null,
      };
      const outcome: StoredOutcome | null = decision.outcome;
      if (upgraded.outcome === null || !staleOutcome(outcome)) return upgraded;
      // A server's state is never redacted: its ballots say whether there was a tie.
      return {
        ...upgraded,
        outcome: { ...upgraded.outcome, settledTie: tieOf(upgraded, state.criteria) },
      };
    }),
  };
}

/** The window as chunks, from either form: before chunks it was one flat array of ids. */
function chunkedCommandIds(stored: readonly (string | readonly string[])[]): string[][] {
  if (stored.every((chunk) => Array.isArray(chunk))) return stored as string[][];
  return stored
    .flat()
    .reduce<string[][]>((recent, commandId) => rememberCommand(recent, commandId), []);
}
