// Who may read a room over REST. A room with a passphrase or a lobby ("gated") keeps its
// board to its members: otherwise the passphrase would protect nothing once the link leaks,
// since the snapshot and every export would still go to whoever has the room id. A gated
// room is read with a member's pass or the facilitator key, sent as headers (never in the
// URL, which ends up in access logs, browser history and referrers).
import {
  FacilitatorKeySchema,
  ParticipantTokenSchema,
  ROOM_ACCESS_HEADERS,
  RoomIdSchema,
  StackboardError,
} from "@stackboard/contracts";
import { findMember, type RoomState } from "@stackboard/core";
import type { Request, Response } from "express";
import type { RoomService } from "../rooms/room-service.ts";
import { secretMatches, sha256 } from "../rooms/secrets.ts";
import type { RoomMeta } from "../store/types.ts";

export interface RoomRead {
  roomId: string;
  /** The room's full state: the route redacts it for its answer. */
  state: RoomState;
  /** False only for a gated room read without a member's pass or the facilitator key. */
  allowed: boolean;
}

/** The meta's hash is the truth; the state's flag also counts, while the two catch up. */
export const isGated = (meta: RoomMeta, state: RoomState): boolean =>
  meta.passphraseHash !== null || state.access.passphrase || state.access.lobby;

export function roomIdOf(request: Request): string {
  const parsed = RoomIdSchema.safeParse(request.params.roomId);
  if (!parsed.success)
    throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");
  return parsed.data;
}

/**
 * The room a request names and whether it may see the board. An unknown room is
 * ROOM_NOT_FOUND whatever the headers say. A gated room's answers are marked private, so
 * that no shared cache keeps a member's copy for the next person.
 */
export async function readRoom(
  rooms: RoomService,
  request: Request,
  response: Response,
): Promise<RoomRead> {
  const roomId = roomIdOf(request);
  const state = await rooms.state(roomId);
  const meta = await fromStore(() => rooms.store.getMeta(roomId));
  if (!meta) throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");
  if (!isGated(meta, state)) return { roomId, state, allowed: true };
  response.set("Cache-Control", "private, no-store");
  return { roomId, state, allowed: await carriesPass(rooms, meta, state, request) };
}

/** For the reads that show an outsider nothing at all: the room, or UNAUTHORIZED. */
export async function readRoomOrRefuse(
  rooms: RoomService,
  request: Request,
  response: Response,
): Promise<RoomRead> {
  const read = await readRoom(rooms, request, response);
  if (!read.allowed) {
    throw new StackboardError("UNAUTHORIZED", "This room is private: join it first.");
  }
  return read;
}

/**
 * The facilitator key, or the pass of someone who is in the room now: a removed
 * participant's pass and the pass of someone still waiting in the lobby open nothing.
 */
async function carriesPass(
  rooms: RoomService,
  meta: RoomMeta,
  state: RoomState,
  request: Request,
): Promise<boolean> {
  const key = FacilitatorKeySchema.safeParse(request.get(ROOM_ACCESS_HEADERS.facilitatorKey));
  if (key.success && secretMatches(key.data, meta.facilitatorKeyHash)) return true;
  const token = ParticipantTokenSchema.safeParse(request.get(ROOM_ACCESS_HEADERS.participantToken));
  if (!token.success) return false;
  const participantId = await fromStore(() =>
    rooms.store.findParticipantByToken(meta.roomId, sha256(token.data)),
  );
  return findMember(state, participantId) !== undefined;
}

/** A store failure is STORE_UNAVAILABLE (503), as for every other read of the room. */
async function fromStore<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof StackboardError) throw error;
    throw new StackboardError(
      "STORE_UNAVAILABLE",
      "The room store is unavailable; try again shortly.",
      { cause: error },
    );
  }
}
