// Opening a room: a fresh unguessable id, a facilitator key returned once and stored only
// as a hash, and the template's board as the first event of the log.

import { type CreateRoomRequest, StackboardError } from "@stackboard/contracts";
import { type EventBody, findTemplate, localizeTemplate } from "@stackboard/core";
import type { RoomStore } from "../store/types.ts";
import { newFacilitatorKey, newRoomId, sha256 } from "./secrets.ts";

export interface CreatedRoom {
  roomId: string;
  facilitatorKey: string;
}

export async function createRoom(
  store: RoomStore,
  request: CreateRoomRequest,
  now: number,
): Promise<CreatedRoom> {
  const templateId = request.template ?? "empty";
  const found = findTemplate(templateId);
  if (!found) {
    throw new StackboardError("INVALID_REQUEST", `There is no template "${templateId}".`);
  }
  // The board starts in the creator's language; everything stays editable afterwards.
  const template = localizeTemplate(found, request.language ?? "en");
  const roomId = newRoomId();
  const facilitatorKey = newFacilitatorKey();
  const body: EventBody = {
    type: "room.created",
    roomId,
    title: request.title,
    templateId: template.id,
    criteria: template.criteria.map((criterion) => ({ ...criterion })),
    decisions: template.decisions.map((decision) => ({
      ...decision,
      options: decision.options.map((option) => ({ ...option })),
    })),
  };
  try {
    await store.createRoom(
      { roomId, createdAt: now, facilitatorKeyHash: sha256(facilitatorKey) },
      { at: now, actorId: null, commandId: null, body },
    );
  } catch (error) {
    throw new StackboardError("STORE_UNAVAILABLE", "The room could not be saved; try again.", {
      cause: error,
    });
  }
  return { roomId, facilitatorKey };
}
