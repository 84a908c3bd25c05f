// Knocking on a room with a lobby: someone new passes the passphrase (a facilitator key is
// no use here; facilitators join), gets a pass once the lobby takes them in, and waits
// there until a facilitator admits or denies them. A reload knocks again with the same
// pass and is re-attached; someone already in is told to go ahead and join. A knock on a
// room without a lobby, or on a full lobby, is answered with a typed error and stores
// nothing.
import { type KnockRequest, StackboardError } from "@stackboard/contracts";
import { findLobbyEntry, findMember } from "@stackboard/core";
import { checkPassphrase, type PassphraseGuard } from "./access.ts";
import { entryFor, openDoor, passHolder, refuseRemoved } from "./entrance.ts";
import { enterWithPass } from "./pass.ts";
import type { RoomService } from "./room-service.ts";

export interface Knocked {
  participantId: string;
  participantToken: string;
  /** True: join now with this pass. False: wait for the `admission` message. */
  admitted: boolean;
}

const noLobby = () =>
  new StackboardError("NO_LOBBY", "This room has no lobby: join it instead of knocking.");

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
  const { handle, meta } = await openDoor(rooms, roomId);

  if (request.participantToken !== null) {
    const participantId = await passHolder(rooms, roomId, request.participantToken);
    const known = { participantId, participantToken: request.participantToken };
    refuseRemoved(handle.state, participantId);
    if (findMember(handle.state, participantId)) return { ...known, admitted: true };
    if (findLobbyEntry(handle.state, participantId)) {
      // They passed the passphrase when they first knocked.
      await listen(participantId);
      // Admitted while we started listening: the answer went out before we could hear it.
      if (findMember(handle.state, participantId)) return { ...known, admitted: true };
      if (findLobbyEntry(handle.state, participantId)) return { ...known, admitted: false };
    }
    // Turned away or gone from the lobby: that pass is being forgotten (pass-janitor.ts),
    // so they knock afresh as someone new, with a new pass.
  }

  // The passphrase first, as for a join: a knock is no way around its limit on guesses.
  await checkPassphrase(meta, request.passphrase, guard);
  if (!handle.latest.access.lobby) throw noLobby();
  try {
    const pass = await enterWithPass(
      rooms,
      roomId,
      null,
      entryFor({ type: "lobby.requested", role: request.role }, request.name),
      listen,
    );
    return { ...pass, admitted: false };
  } catch (error) {
    // The lobby was turned off meanwhile: nothing to wait for after all.
    if (error instanceof StackboardError && !handle.latest.access.lobby) throw noLobby();
    throw error;
  }
}
