// Sealed ballots are sealed on the wire: what a viewer may see of an event or a state.
import type { EventBody, RoomEvent } from "./events.ts";
import { findDecision } from "./lookup.ts";
import type { BallotEntry, RoomState } from "./types.ts";

/** True when this event must reach `viewerId` as its redacted form. */
export function isSealedFrom(
  stateBefore: RoomState,
  event: RoomEvent,
  viewerId: string | null,
): boolean {
  if (event.body.type !== "ballot.cast") return false;
  if (viewerId !== null && viewerId === event.actorId) return false;
  const decision = findDecision(stateBefore, event.body.decisionId);
  return decision?.sealed === true && decision.status === "voting";
}

/**
 * The redacted form of a sealed ballot: who voted, not what; its commitment (public from
 * the cast on), never its salt. Other events pass unchanged.
 */
export function redactEvent(event: RoomEvent): RoomEvent {
  if (event.body.type !== "ballot.cast") return event;
  const body: EventBody = { type: "ballot.sealed", decisionId: event.body.decisionId };
  if (event.body.commitment !== undefined) body.commitment = event.body.commitment;
  return { ...event, body };
}

/** A ballot entry without what its seal hides: its content and the salt that opens it. */
function sealedEntry(entry: BallotEntry): BallotEntry {
  const { salt: _hidden, ...rest } = entry;
  return { ...rest, ballot: null };
}

/**
 * An event from the log as `viewerId` may see it now (catch-ups, replays): a ballot of a
 * decision that is sealed now, or gone, stays redacted for everyone but its voter; if the
 * decision was revealed since, the reveal event later in the log carries the ballot.
 */
export function redactEventForViewer(
  current: RoomState,
  event: RoomEvent,
  viewerId: string | null,
): RoomEvent {
  if (event.body.type !== "ballot.cast" || event.actorId === viewerId) return event;
  const decision = findDecision(current, event.body.decisionId);
  return decision === undefined || decision.sealed ? redactEvent(event) : event;
}

/** A state as `viewerId` may see it: unrevealed sealed ballots of others lose their content. */
export function redactState(state: RoomState, viewerId: string | null): RoomState {
  let changed = false;
  const decisions = state.decisions.map((decision) => {
    if (!decision.sealed || decision.status === "revealed" || decision.status === "decided") {
      return decision;
    }
    if (
      !decision.ballots.some(
        (entry) =>
          (entry.ballot !== null || entry.salt !== undefined) && entry.participantId !== viewerId,
      )
    ) {
      return decision;
    }
    changed = true;
    return {
      ...decision,
      ballots: decision.ballots.map((entry) =>
        entry.participantId === viewerId ? entry : sealedEntry(entry),
      ),
    };
  });
  return changed ? { ...state, decisions } : state;
}
