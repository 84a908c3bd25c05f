// Test support: what a viewer must not see, judged by the secrecy model alone. Each check
// returns a sentence naming the leak, or null.
import { type BallotKeyOf, isBallotKey, type RoomEvent, type RoomState } from "@stackboard/core";
import type { SecrecyModel } from "./model.ts";

/** Maps an id seen in a view back to a participant: itself, or the owner of a ballot key. */
export type VoterOf = (decisionId: string, id: string) => string | undefined;

export function voterResolver(participants: readonly string[], keyOf: BallotKeyOf): VoterOf {
  return (decisionId, id) =>
    isBallotKey(id)
      ? participants.find((participant) => keyOf(decisionId, participant) === id)
      : participants.find((participant) => participant === id);
}

const isRevealedBy = (revealedAt: number | null, time: number) =>
  revealedAt !== null && revealedAt <= time;

/** One event as `viewer` received it at `time` (live: its own seq; catch-up: later). */
export function eventLeak(
  model: SecrecyModel,
  viewer: string | null,
  time: number,
  event: RoomEvent,
): string | null {
  const secret = model.secretAt(event.seq);
  if (!secret) return null;
  const { body } = event;
  const where = `seq ${event.seq} (${body.type}) seen by ${viewer} at ${time}`;
  if (secret.anonymous && body.type !== "decision.revealed") {
    if (event.actorId !== viewer && !isBallotKey(event.actorId)) {
      return `${where}: an anonymous ballot names its voter ${event.actorId}`;
    }
  }
  if (secret.anonymous && body.type === "decision.revealed") {
    const named = body.ballots.find(
      (entry) => entry.participantId !== viewer && !isBallotKey(entry.participantId),
    );
    if (named) return `${where}: an anonymous reveal names ${named.participantId}`;
  }
  if (body.type === "ballot.sealed" && body.commitment === undefined && secret.salt !== null) {
    return `${where}: a sealed ballot lost its commitment`;
  }
  if (body.type === "ballot.sealed" && "salt" in body) {
    return `${where}: a sealed ballot carries its salt`;
  }
  if (
    body.type === "ballot.cast" &&
    secret.sealed &&
    secret.voterId !== viewer &&
    !isRevealedBy(secret.revealedAt, time)
  ) {
    return `${where}: the content of a sealed ballot before its reveal`;
  }
  return null;
}

/** A state (snapshot, REST read, export) as `viewer` received it at `time`. */
export function stateLeak(
  model: SecrecyModel,
  viewer: string | null,
  time: number,
  state: RoomState,
  voterOf: VoterOf,
): string | null {
  for (const decision of state.decisions) {
    const instance = model.instanceOf(decision.id);
    if (!instance)
      return `decision ${decision.id} seen by ${viewer} at ${time} is not on the board`;
    for (const entry of decision.ballots) {
      if (entry.participantId === viewer) continue;
      const where = `${decision.id}'s ballot ${entry.participantId} seen by ${viewer} at ${time}`;
      if (instance.anonymity !== "off" && !isBallotKey(entry.participantId)) {
        return `${where}: an anonymous decision names its voter`;
      }
      if (!instance.sealed || (entry.ballot === null && entry.salt === undefined)) continue;
      const voter = voterOf(decision.id, entry.participantId);
      const cast = voter === undefined ? undefined : model.currentCast(decision.id, voter);
      if (!isRevealedBy(cast?.revealedAt ?? null, time)) {
        return `${where}: the content of a sealed ballot before its reveal`;
      }
    }
  }
  return null;
}

/** Text exports: no unrevealed sealed ballot's reason (each is a unique marker) appears. */
export function textLeak(
  model: SecrecyModel,
  time: number,
  what: string,
  text: string,
): string | null {
  for (const { marker, revealedAt } of model.sealedMarkers()) {
    if (!isRevealedBy(revealedAt, time) && text.includes(marker)) {
      return `${what} at ${time} shows the sealed reason ${marker} before its reveal`;
    }
  }
  return null;
}
