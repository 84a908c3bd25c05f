// Knocking on a room with a lobby: someone new passes the passphrase (a facilitator key is
// no use here; facilitators join), gets a pass like a join would give, and waits in the
// lobby until a facilitator admits or denies them. A reload knocks again with the same
// pass and is re-attached; someone already in is told to go ahead and join.
import { type KnockRequest, StackboardError } from "@stackboard/contracts";
import { findLobbyEntry, findMember, findParticipant } from "@stackboard/core";
import { checkPassphrase, type PassphraseGuard } from "./access.ts";
import { colourFor } from "./colours.ts";
import { passFor } from "./pass.ts";
import type { RoomService } from "./room-service.ts";
import { sha256 } from "./secrets.ts";

export interface Knocked {
  participantId: string;
  participantToken: string;
  /** True: join now with this pass. False: wait for the `admission` message. */
  admitted: boolean;
}

/**
 * `listen(participantId)` is called before the knocker can be admitted, so that the
 * caller's socket is already waiting for the answer when it comes.
 */
export async function knockRoom(
  rooms: RoomService,
  request: KnockRequest,
  guard: PassphraseGuard,
  listen: (participantId: string) => Promise<void>,
): Promise<Knocked> {
  const { roomId } = request;
  const handle = await rooms.open(roomId);
  const meta = await rooms.store.getMeta(roomId);
  if (!meta) throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");

  let participantId: string | null = null;
  if (request.participantToken !== null) {
    participantId = await rooms.store.findParticipantByToken(
      roomId,
      sha256(request.participantToken),
    );
    if (participantId === null) {
      throw new StackboardError("UNAUTHORIZED", "This browser's pass for the room is not valid.");
    }
    const known = { participantId, participantToken: request.participantToken };
    if (findParticipant(handle.state, participantId)?.removed) {
      throw new StackboardError("REMOVED", "A facilitator removed you from this room.");
    }
    if (findMember(handle.state, participantId)) return { ...known, admitted: true };
    if (findLobbyEntry(handle.state, participantId)) {
      // They passed the passphrase when they first knocked.
      await listen(participantId);
      // Admitted while we started listening: the answer went out before we could hear it.
      if (findMember(handle.state, participantId)) return { ...known, admitted: true };
      if (findLobbyEntry(handle.state, participantId)) return { ...known, admitted: false };
      // Denied meanwhile: they knock afresh below.
    }
  }

  await checkPassphrase(meta, request.passphrase, guard);
  const pass = await passFor(rooms.store, roomId, participantId, request.participantToken);
  const knocker = pass.participantId;
  // No lobby (any more): the pass is all they need to join.
  if (!handle.state.access.lobby) return { ...pass, admitted: true };

  await listen(knocker);
  await rooms.append(roomId, null, null, (state) => ({
    type: "lobby.requested",
    participantId: knocker,
    name: request.name,
    colour: colourFor(state.participants.length + state.lobby.length),
    role: request.role,
  }));
  return { ...pass, admitted: false };
}
