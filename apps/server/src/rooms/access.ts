// Who may walk into a room: the passphrase check (with a limit on wrong guesses per
// address and room) and the facilitator's `room.setPassphrase`, whose passphrase is
// hashed aside and never enters the log.
import { rejectionError, StackboardError } from "@stackboard/contracts";
import { type CommandBody, decide, isRecentCommand } from "@stackboard/core";
import { type RateLimiterAbstract, RateLimiterMemory } from "rate-limiter-flexible";
import type { RoomMeta } from "../store/types.ts";
import { hashPassphrase, passphraseMatches } from "./passphrase.ts";
import type { Executed, RoomService } from "./room-service.ts";

/** Wrong passphrases allowed per address and room within the window. */
export const WRONG_PASSPHRASES = { guesses: 10, windowSeconds: 600 } as const;

/** One node's wrong-guess limiter; with Redis, redis-backend.ts shares one instead. */
export const wrongPassphraseLimiter = (): RateLimiterMemory =>
  new RateLimiterMemory({
    points: WRONG_PASSPHRASES.guesses,
    duration: WRONG_PASSPHRASES.windowSeconds,
    keyPrefix: "passphrase",
  });

/** What a passphrase check needs to know besides the room: who is guessing. */
export interface PassphraseGuard {
  limiter: RateLimiterAbstract;
  /** The client's address: guesses are counted per address and room. */
  address: string;
}

/**
 * Lets the request through when the room has no passphrase or `given` is right; otherwise
 * PASSPHRASE_REQUIRED, PASSPHRASE_WRONG, or RATE_LIMITED once too many were wrong.
 */
export async function checkPassphrase(
  meta: RoomMeta,
  given: string | undefined,
  guard: PassphraseGuard,
): Promise<void> {
  if (meta.passphraseHash === null) return;
  if (given === undefined) {
    throw new StackboardError("PASSPHRASE_REQUIRED", "This room asks for a passphrase.");
  }
  const key = `${guard.address}|${meta.roomId}`;
  // Every guess takes a point before it is checked and a right one gives it back: guesses
  // sent in parallel cannot all slip in under the limit before the wrong ones count.
  try {
    await guard.limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    throw new StackboardError(
      "RATE_LIMITED",
      "Too many wrong passphrases for this room; wait a few minutes.",
    );
  }
  if (await passphraseMatches(given, meta.passphraseHash)) {
    await guard.limiter.reward(key, 1).catch(() => undefined);
    return;
  }
  throw new StackboardError("PASSPHRASE_WRONG", "That passphrase is not right.");
}

type SetPassphrase = Extract<CommandBody, { type: "room.setPassphrase" }>;

/**
 * `room.setPassphrase`: authority is decided on the room's current state first, so that
 * nobody else can touch the hash; then the hash is stored (or cleared); then the command
 * appends `room.passphraseSet {on}` like any other.
 */
export async function setRoomPassphrase(
  rooms: RoomService,
  roomId: string,
  actorId: string,
  commandId: string,
  command: SetPassphrase,
  now: () => number = Date.now,
): Promise<Executed> {
  const state = await rooms.state(roomId);
  // A retry of an applied command: the log has its answer and the hash is left alone (a
  // later passphrase may have replaced it since).
  if (isRecentCommand(state.recentCommandIds, commandId)) {
    return rooms.execute(roomId, actorId, commandId, command);
  }
  const decided = decide(state, actorId, commandId, command, now());
  if (!decided.ok) throw rejectionError(decided.rejection);
  const hash = command.passphrase === null ? null : await hashPassphrase(command.passphrase);
  try {
    await rooms.store.setPassphraseHash(roomId, hash);
  } catch (error) {
    throw new StackboardError("STORE_UNAVAILABLE", "The passphrase could not be saved.", {
      cause: error,
    });
  }
  return rooms.execute(roomId, actorId, commandId, command);
}
