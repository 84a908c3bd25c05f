// The room's event log for the replay: the JSON export, which the server already redacts
// (sealed casts stay `ballot.sealed` until their reveal), checked against the wire schema.
import { RoomExportJsonSchema, roomExportPath } from "@stackboard/contracts";
import type { RoomEvent } from "@stackboard/core";

export interface ReplayLog {
  title: string;
  events: RoomEvent[];
}

/** Null when there is no such room. */
export async function fetchReplayLog(roomId: string): Promise<ReplayLog | null> {
  const response = await fetch(roomExportPath(roomId, "json"), {
    headers: { accept: "application/json" },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const record = RoomExportJsonSchema.parse(await response.json());
  return { title: record.title, events: record.events };
}
