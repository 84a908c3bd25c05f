// Who a joining socket is: the same browser (token) is the same participant; a valid
// facilitator key makes them facilitator; a forged token or key is refused. Someone new
// to the room passes its passphrase and lobby first (a facilitator key passes both); a
// removed participant's pass is refused for good.

import { type JoinRequest, StackboardError } from "@stackboard/contracts";
import { findLobbyEntry, findParticipant, type Role } from "@stackboard/core";
import { checkPassphrase, type PassphraseGuard } from "./access.ts";
import { entryFor, openDoor, passHolder, refuseRemoved } from "./entrance.ts";
import { enterWithPass, type Pass } from "./pass.ts";
import type { RoomService } from "./room-service.ts";
import { secretMatches } from "./secrets.ts";

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
  const { handle, meta } = await openDoor(rooms, roomId);

  const isFacilitator =
    request.facilitatorKey !== null &&
    secretMatches(request.facilitatorKey, meta.facilitatorKeyHash);
  if (request.facilitatorKey !== null && !isFacilitator) {
    throw new StackboardError("UNAUTHORIZED", "This facilitator link is not valid for the room.");
  }

  const participantId =
    request.participantToken === null
      ? null
      : await passHolder(rooms, roomId, request.participantToken);
  refuseRemoved(handle.state, participantId);
  const existing = findParticipant(handle.state, participantId);
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
      : await enterWithPass(
          rooms,
          roomId,
          held,
          entryFor(
            { type: "participant.joined", role: isFacilitator ? "facilitator" : request.role },
            request.name,
          ),
        );
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
