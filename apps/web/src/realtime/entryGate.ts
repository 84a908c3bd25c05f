// The room's door, as pure decisions: what this tab does next when a join or a knock is
// refused, and what a lobby's answer means. `RoomConnection` carries the steps out.
import type { AdmissionMessage, WireError } from "@stackboard/contracts";
import type { RoomIdentity } from "../lib/identity.ts";
import type { EntryGate, PassphraseProblem } from "../store/connectionStore.ts";

export type EntryAttempt = "join" | "knock";

export type EntryStep =
  /** The room wants a passphrase, or refused the one given: forget it and ask. */
  | { kind: "askPassphrase"; problem: PassphraseProblem }
  /** Try the other way in: knock on a room with a lobby, join one without. */
  | { kind: "go"; attempt: EntryAttempt }
  /** A facilitator removed me: say so and stop. */
  | { kind: "removed" }
  /** Drop a credential the server does not accept (null: none left) and try again. */
  | {
      kind: "forget";
      credential: "facilitatorKey" | "participantToken" | null;
      attempt: EntryAttempt;
      /** Tell the person (their facilitator link no longer works). */
      tell: boolean;
    }
  /** A passing trouble (busy, store away): the same attempt again after a pause. */
  | { kind: "retry"; attempt: EntryAttempt; afterMs: number }
  /** For good: show the error. */
  | { kind: "fail" };

export interface EntryContext {
  /** The passphrase typed for this room, in memory only. */
  passphrase: string | null;
  /** UNAUTHORIZED answers already met by dropping a credential. */
  downgrades: number;
  identity: Pick<RoomIdentity, "facilitatorKey" | "participantToken">;
}

/** Errors worth another try; anything else ends the entry with a message. */
const RETRY = new Set(["RATE_LIMITED", "STORE_UNAVAILABLE", "CONFLICT", "INTERNAL"]);
export const RETRY_ENTRY_MS = 2000;
/** Credentials are dropped at most this often before an UNAUTHORIZED is final. */
const MAX_DOWNGRADES = 2;

function passphraseStep(error: WireError, context: EntryContext): EntryStep | null {
  const limited = error.code === "RATE_LIMITED" && context.passphrase !== null;
  if (error.code !== "PASSPHRASE_REQUIRED" && error.code !== "PASSPHRASE_WRONG" && !limited) {
    return null;
  }
  const problem = limited ? "tooMany" : error.code === "PASSPHRASE_WRONG" ? "wrong" : null;
  return { kind: "askPassphrase", problem };
}

const retryOrFail = (error: WireError, attempt: EntryAttempt): EntryStep =>
  RETRY.has(error.code) ? { kind: "retry", attempt, afterMs: RETRY_ENTRY_MS } : { kind: "fail" };

export function afterJoinRefused(error: WireError, context: EntryContext): EntryStep {
  const asked = passphraseStep(error, context);
  if (asked) return asked;
  if (error.code === "LOBBY_REQUIRED") return { kind: "go", attempt: "knock" };
  if (error.code === "REMOVED") return { kind: "removed" };
  if (error.code === "UNAUTHORIZED" && context.downgrades < MAX_DOWNGRADES) {
    // A stale facilitator link, or a token the server no longer knows: drop the key first
    // (the token keeps this browser the same person), then the token.
    const { facilitatorKey, participantToken } = context.identity;
    const credential =
      facilitatorKey !== null
        ? "facilitatorKey"
        : participantToken !== null
          ? "participantToken"
          : null;
    return { kind: "forget", credential, attempt: "join", tell: credential === "facilitatorKey" };
  }
  return retryOrFail(error, "join");
}

export function afterKnockRefused(error: WireError, context: EntryContext): EntryStep {
  const asked = passphraseStep(error, context);
  if (asked) return asked;
  if (error.code === "REMOVED") return { kind: "removed" };
  // The lobby was turned off: nothing to wait for, walk in.
  if (error.code === "NO_LOBBY") return { kind: "go", attempt: "join" };
  if (
    error.code === "UNAUTHORIZED" &&
    context.identity.participantToken !== null &&
    context.downgrades < MAX_DOWNGRADES
  ) {
    // Turned away or gone from the lobby: the server forgot that pass. Knock as someone new.
    return { kind: "forget", credential: "participantToken", attempt: "knock", tell: false };
  }
  return retryOrFail(error, "knock");
}

/** What a lobby's answer means for a tab that knocked as `knockedAs` and waits. */
export function afterAdmission(
  message: AdmissionMessage,
  waiting: { roomId: string; knockedAs: string | null; gate: EntryGate | null },
): "join" | "denied" | "ignore" {
  if (message.roomId !== waiting.roomId || message.participantId !== waiting.knockedAs) {
    return "ignore";
  }
  if (waiting.gate?.kind !== "lobby") return "ignore";
  return message.admitted ? "join" : "denied";
}
