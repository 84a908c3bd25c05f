// Where every way into a room starts (join, knock): the room as this node holds it and its
// meta, who a browser's pass says it is, and the newcomer's entry in the log.
import { StackboardError } from "@stackboard/contracts";
import { findParticipant, type Role, type RoomState } from "@stackboard/core";
import type { RoomMeta } from "../store/types.ts";
import { colourFor } from "./colours.ts";
import type { RoomHandle } from "./room-handle.ts";
import type { EventBuilder, RoomService } from "./room-service.ts";
import { sha256 } from "./secrets.ts";

export interface Door {
  handle: RoomHandle;
  meta: RoomMeta;
}

/** The room and its meta; ROOM_NOT_FOUND when there is none. */
export async function openDoor(rooms: RoomService, roomId: string): Promise<Door> {
  const handle = await rooms.open(roomId);
  const meta = await rooms.store.getMeta(roomId);
  if (!meta) throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");
  return { handle, meta };
}

/** Whom the pass `participantToken` was issued to; UNAUTHORIZED for one the room never issued. */
export async function passHolder(
  rooms: RoomService,
  roomId: string,
  participantToken: string,
): Promise<string> {
  const participantId = await rooms.store.findParticipantByToken(roomId, sha256(participantToken));
  if (participantId === null) {
    throw new StackboardError("UNAUTHORIZED", "This browser's pass for the room is not valid.");
  }
  return participantId;
}

/** REMOVED, for good, when a facilitator removed `participantId` from the room. */
export function refuseRemoved(state: RoomState, participantId: string | null): void {
  if (findParticipant(state, participantId)?.removed) {
    throw new StackboardError("REMOVED", "A facilitator removed you from this room.");
  }
}

type Entry =
  | { type: "participant.joined"; role: Role }
  | { type: "lobby.requested"; role: Exclude<Role, "facilitator"> };

/**
 * The log entry that takes someone new in, named `name`: into the room, or into its lobby.
 * Colours go round in the order people arrive (the lobby's count for a knock).
 */
export const entryFor =
  (entry: Entry, name: string) =>
  (participantId: string): EventBuilder =>
  (state) => ({
    ...entry,
    participantId,
    name,
    colour: colourFor(
      state.participants.length + (entry.type === "lobby.requested" ? state.lobby.length : 0),
    ),
  });
