// The room's event log for the replay: the JSON export, which the server already redacts
// (sealed casts stay `ballot.sealed` until their reveal), checked against the wire schema.
// A gated room's export is read with this browser's pass (roomHeaders.ts).
import { RoomExportJsonSchema, roomExportPath } from "@stackboard/contracts";
import type { RoomEvent } from "@stackboard/core";
import { apiErrorOf } from "./rest.ts";
import { roomReadHeaders } from "./roomHeaders.ts";

export interface ReplayLog {
  title: string;
  events: RoomEvent[];
}

/** Null when there is no such room; throws ApiError (UNAUTHORIZED: a room kept to members). */
export async function fetchReplayLog(roomId: string): Promise<ReplayLog | null> {
  const response = await fetch(roomExportPath(roomId, "json"), {
    headers: { accept: "application/json", ...roomReadHeaders(roomId) },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw await apiErrorOf(response);
  const record = RoomExportJsonSchema.parse(await response.json());
  return { title: record.title, events: record.events };
}
