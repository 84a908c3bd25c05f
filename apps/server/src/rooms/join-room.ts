// Who a joining socket is: the same browser (token) is the same participant; a valid
// facilitator key makes them facilitator; a forged token or key is refused. Someone new
// to the room passes its passphrase and lobby first (a facilitator key passes both); a
// removed participant's pass is refused for good.

import { type JoinRequest, StackboardError } from "@stackboard/contracts";
import { findLobbyEntry, findParticipant, type Role } from "@stackboard/core";
import { checkPassphrase, type PassphraseGuard } from "./access.ts";
import { colourFor } from "./colours.ts";
import { enterWithPass, type Pass } from "./pass.ts";
import type { RoomService } from "./room-service.ts";
import { secretMatches, sha256 } from "./secrets.ts";

export interface Joined {
  participantId: string;
  participantToken: string;
  role: Role;
}

export async function joinRoom(
  rooms: RoomService,
  request: JoinRequest,
  guard: PassphraseGuard,
): Promise<Joined> {
  const { roomId } = request;
  const handle = await rooms.open(roomId);
  const meta = await rooms.store.getMeta(roomId);
  if (!meta) throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");

  const isFacilitator =
    request.facilitatorKey !== null &&
    secretMatches(request.facilitatorKey, meta.facilitatorKeyHash);
  if (request.facilitatorKey !== null && !isFacilitator) {
    throw new StackboardError("UNAUTHORIZED", "This facilitator link is not valid for the room.");
  }

  let participantId: string | null = null;
  if (request.participantToken !== null) {
    participantId = await rooms.store.findParticipantByToken(
      roomId,
      sha256(request.participantToken),
    );
    if (participantId === null) {
      throw new StackboardError("UNAUTHORIZED", "This browser's pass for the room is not valid.");
    }
  }

  const existing =
    participantId === null ? undefined : findParticipant(handle.state, participantId);
  if (existing?.removed) {
    throw new StackboardError("REMOVED", "A facilitator removed you from this room.");
  }
  if (!existing) {
    // Someone new: the passphrase first, then the lobby; a facilitator key passes both.
    if (!isFacilitator) await checkPassphrase(meta, request.passphrase, guard);
    // One still waiting is let in only by admission: joining them as well would put them
    // in the room twice once admitted.
    const waiting = participantId !== null && findLobbyEntry(handle.state, participantId);
    if (waiting || (handle.state.access.lobby && !isFacilitator)) {
      throw new StackboardError(
        "LOBBY_REQUIRED",
        "Knock and wait for a facilitator to let you in.",
      );
    }
  }

  const held: Pass | null =
    participantId !== null && request.participantToken !== null
      ? { participantId, participantToken: request.participantToken }
      : null;
  // Someone new gets a pass only once the log takes them in (a full room refuses them).
  const pass =
    existing && held
      ? held
      : await enterWithPass(rooms, roomId, held, (joinerId) => (state) => ({
          type: "participant.joined",
          participantId: joinerId,
          name: request.name,
          colour: colourFor(state.participants.length),
          role: isFacilitator ? "facilitator" : request.role,
        }));
  const { participantToken } = pass;
  const joinedAs = pass.participantId;

  if (existing) {
    if (isFacilitator && existing.role !== "facilitator") {
      await rooms.append(roomId, null, null, () => ({
        type: "participant.roleSet",
        participantId: joinedAs,
        role: "facilitator",
      }));
    } else if (
      !isFacilitator &&
      existing.role !== "facilitator" &&
      existing.role !== request.role
    ) {
      await rooms.append(roomId, joinedAs, null, () => ({
        type: "participant.roleSet",
        participantId: joinedAs,
        role: request.role,
      }));
    }
    if (existing.name !== request.name) {
      await rooms.append(roomId, joinedAs, null, () => ({
        type: "participant.renamed",
        name: request.name,
      }));
    }
  }
  const role = findParticipant(handle.state, joinedAs)?.role ?? request.role;
  return { participantId: joinedAs, participantToken, role };
}
