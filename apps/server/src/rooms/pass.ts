// A participant's pass (token, stored as a hash) is kept only for someone the log takes in:
// into the room (`participant.joined`) or its lobby (`lobby.requested`). So a refused join
// or knock leaves none: the entry is checked before a new pass is saved, and a pass saved
// for an entry the log then refuses after all (the room filled up meanwhile) is taken back.
// When the lobby lets someone go without letting them in, `pass-janitor.ts` forgets theirs.

import { StackboardError } from "@stackboard/contracts";
import { RULE_CODES } from "@stackboard/core";
import type { EventBuilder, RoomService } from "./room-service.ts";
import { newParticipantId, newParticipantToken, sha256 } from "./secrets.ts";

export interface Pass {
  participantId: string;
  participantToken: string;
}

/** Answers that say the event was not appended (a store failure may have appended it). */
const NOT_APPENDED = new Set<string>([...Object.values(RULE_CODES), "CONFLICT"]);

/**
 * Appends the entry that takes someone in (`entry(participantId)`), under the pass they
 * `held`, or else under a new pass saved just before. `beforeAppend` runs right before the
 * entry is appended (a knocker starts listening for the answer).
 */
export async function enterWithPass(
  rooms: RoomService,
  roomId: string,
  held: Pass | null,
  entry: (participantId: string) => EventBuilder,
  beforeAppend: (participantId: string) => Promise<void> = async () => {},
): Promise<Pass> {
  if (held !== null) {
    await beforeAppend(held.participantId);
    await rooms.append(roomId, null, null, entry(held.participantId));
    return held;
  }
  const pass = { participantId: newParticipantId(), participantToken: newParticipantToken() };
  const build = entry(pass.participantId);
  await rooms.precheck(roomId, null, build);
  await rooms.store.saveParticipantToken(roomId, sha256(pass.participantToken), pass.participantId);
  const takeBack = () =>
    rooms.store.removeParticipantTokens(roomId, pass.participantId).catch(() => undefined);
  try {
    await beforeAppend(pass.participantId);
  } catch (error) {
    await takeBack();
    throw error;
  }
  try {
    await rooms.append(roomId, null, null, build);
  } catch (error) {
    if (error instanceof StackboardError && NOT_APPENDED.has(error.code)) await takeBack();
    throw error;
  }
  return pass;
}
