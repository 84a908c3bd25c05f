import { tieOf } from "./tally.ts";
import {
  DEFAULT_RULES,
  type Decision,
  type DecisionOutcome,
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
    recentCommandIds: [],
  };
}

/**
 * A stored state (snapshot) written by an older server, given the defaults of what came
 * later (rounds, rules, anonymity; signals, removal, access, lobby; timer pause and
 * auto-lock; the tie an outcome settled); a current state comes back unchanged. The wire never needs this: servers
 * upgrade what they load before anyone sees it.
 */
export function upgradeState(state: RoomState): RoomState {
  type StoredDecision = Partial<Pick<Decision, "rounds" | "rules" | "anonymity">>;
  type StoredOutcome = Partial<Pick<DecisionOutcome, "settledTie">>;
  type StoredParticipant = Partial<Pick<Participant, "ready" | "handRaisedAt" | "removed">>;
  type StoredRoom = Partial<Pick<RoomState, "access" | "lobby">>;
  type StoredTimer = Partial<Timer>;
  const staleOutcome = (outcome: StoredOutcome | null) =>
    outcome !== null && outcome.settledTie === undefined;
  const staleDecision = (decision: StoredDecision & Pick<Decision, "outcome">) =>
    decision.rounds === undefined ||
    decision.rules === undefined ||
    decision.anonymity === undefined ||
    staleOutcome(decision.outcome);
  const staleParticipant = (participant: StoredParticipant) => participant.removed === undefined;
  const room: StoredRoom = state;
  const timer: StoredTimer | null = state.timer;
  const stale =
    room.access === undefined ||
    room.lobby === undefined ||
    (timer !== null && timer.expired === undefined) ||
    state.decisions.some((decision) => staleDecision(decision)) ||
    state.participants.some((participant) => staleParticipant(participant));
  if (!stale) return state;
  return {
    ...state,
    access: room.access ?? { passphrase: false, lobby: false },
    lobby: room.lobby ?? [],
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
      };
      const outcome: StoredOutcome | null = decision.outcome;
      if (upgraded.outcome === null || !staleOutcome(outcome)) return upgraded;
      // Decided before outcomes kept their tie: the stored ballots (a server's state is
      // never redacted) tell us whether there was one, under today's weights.
      const settledTie = tieOf(upgraded, state.criteria);
      return { ...upgraded, outcome: { ...upgraded.outcome, settledTie } };
    }),
  };
}
