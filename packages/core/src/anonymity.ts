// Anonymous decisions: the server knows who cast each ballot (one ballot per voter), but
// no frame, snapshot or export tells anyone else. Each voter's id is replaced, per room and
// decision, by an opaque ballot key the server derives from a secret (see the server's
// `ballot-keys.ts`); the voter's own tabs keep the real id. Pure: the key function is given.
import type { RoomEvent } from "./events.ts";
import { findDecision } from "./lookup.ts";
import type { Decision, RoomState } from "./types.ts";

/** Ballot keys are ids with this prefix; participant ids never start with it. */
export const BALLOT_KEY_PREFIX = "anon-";

export type BallotKeyOf = (decisionId: string, participantId: string) => string;

export const isBallotKey = (id: string | null): boolean =>
  id?.startsWith(BALLOT_KEY_PREFIX) === true;

/** A ballot event a replica received under a ballot key, for a decision that uses them. */
export const isKeyedBallot = (decision: Decision, actorId: string | null): boolean =>
  decision.anonymity !== "off" && isBallotKey(actorId);

/** Unknown decisions count as anonymous: when in doubt, hide the voter. */
function anonymous(state: RoomState, decisionId: string): boolean {
  return findDecision(state, decisionId)?.anonymity !== "off";
}

/** The event as `viewerId` may see it; `state` tells which decisions are anonymous. */
export function anonymizeEvent(
  state: RoomState,
  event: RoomEvent,
  viewerId: string | null,
  keyOf: BallotKeyOf,
): RoomEvent {
  const { body, actorId } = event;
  switch (body.type) {
    case "ballot.cast":
    case "ballot.sealed":
    case "ballot.retracted":
      if (actorId === null || actorId === viewerId || !anonymous(state, body.decisionId)) {
        return event;
      }
      return { ...event, actorId: keyOf(body.decisionId, actorId) };
    case "decision.revealed":
      // Everyone gets the same form; the voter's own entry already holds their ballot.
      if (!anonymous(state, body.decisionId)) return event;
      return {
        ...event,
        body: {
          ...body,
          ballots: body.ballots.map((entry) => ({
            ...entry,
            participantId: keyOf(body.decisionId, entry.participantId),
          })),
        },
      };
    default:
      return event;
  }
}

/** The state as `viewerId` may see it: others' ballots in anonymous decisions under keys. */
export function anonymizeState(
  state: RoomState,
  viewerId: string | null,
  keyOf: BallotKeyOf,
): RoomState {
  if (state.decisions.every((decision) => decision.anonymity === "off")) return state;
  return {
    ...state,
    decisions: state.decisions.map((decision) =>
      decision.anonymity === "off"
        ? decision
        : {
            ...decision,
            ballots: decision.ballots.map((entry) =>
              entry.participantId === viewerId
                ? entry
                : { ...entry, participantId: keyOf(decision.id, entry.participantId) },
            ),
          },
    ),
  };
}
