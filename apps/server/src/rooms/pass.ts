// A participant's pass: the token a request came with when it named a known participant,
// else a fresh id and token, saved (as a hash) for someone new. Called only past every
// check, so a refused join or knock leaves no pass behind.
import type { RoomStore } from "../store/types.ts";
import { newParticipantId, newParticipantToken, sha256 } from "./secrets.ts";

export interface Pass {
  participantId: string;
  participantToken: string;
}

export async function passFor(
  store: RoomStore,
  roomId: string,
  knownId: string | null,
  presentedToken: string | null,
): Promise<Pass> {
  if (knownId !== null && presentedToken !== null) {
    return { participantId: knownId, participantToken: presentedToken };
  }
  const participantId = newParticipantId();
  const participantToken = newParticipantToken();
  await store.saveParticipantToken(roomId, sha256(participantToken), participantId);
  return { participantId, participantToken };
}
