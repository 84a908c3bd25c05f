// Who a joining socket is: the same browser (token) is the same participant; a valid
// facilitator key makes them facilitator; a forged token or key is refused.

import { type JoinRequest, StackboardError } from "@stackboard/contracts";
import { findParticipant, type Role } from "@stackboard/core";
import { colourFor } from "./colours.ts";
import type { RoomService } from "./room-service.ts";
import { newParticipantId, newParticipantToken, secretMatches, sha256 } from "./secrets.ts";

export interface Joined {
  participantId: string;
  participantToken: string;
  role: Role;
}

export async function joinRoom(rooms: RoomService, request: JoinRequest): Promise<Joined> {
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

  let participantId: string;
  let participantToken: string;
  if (request.participantToken !== null) {
    const known = await rooms.store.findParticipantByToken(
      roomId,
      sha256(request.participantToken),
    );
    if (known === null) {
      throw new StackboardError("UNAUTHORIZED", "This browser's pass for the room is not valid.");
    }
    participantId = known;
    participantToken = request.participantToken;
  } else {
    participantId = newParticipantId();
    participantToken = newParticipantToken();
    await rooms.store.saveParticipantToken(roomId, sha256(participantToken), participantId);
  }

  const existing = findParticipant(handle.state, participantId);
  if (!existing) {
    await rooms.append(roomId, null, null, (state) => ({
      type: "participant.joined",
      participantId,
      name: request.name,
      colour: colourFor(state.participants.length),
      role: isFacilitator ? "facilitator" : request.role,
    }));
  } else {
    if (isFacilitator && existing.role !== "facilitator") {
      await rooms.append(roomId, null, null, () => ({
        type: "participant.roleSet",
        participantId,
        role: "facilitator",
      }));
    } else if (
      !isFacilitator &&
      existing.role !== "facilitator" &&
      existing.role !== request.role
    ) {
      await rooms.append(roomId, participantId, null, () => ({
        type: "participant.roleSet",
        participantId,
        role: request.role,
      }));
    }
    if (existing.name !== request.name) {
      await rooms.append(roomId, participantId, null, () => ({
        type: "participant.renamed",
        name: request.name,
      }));
    }
  }
  const role = findParticipant(handle.state, participantId)?.role ?? request.role;
  return { participantId, participantToken, role };
}
