// The room's record over REST: GET export.json, with a gated room's credentials as headers.
import {
  ErrorResponseSchema,
  ROOM_ACCESS_HEADERS,
  type RoomExportJson,
  RoomExportJsonSchema,
  roomExportPath,
} from "@stackboard/contracts";
import type { RoomRef } from "./room-url.ts";

export interface Credentials {
  participantToken: string | null;
  facilitatorKey: string | null;
}

export class FetchError extends Error {
  override readonly name = "FetchError";
}

const TIMEOUT_MS = 30_000;

export async function fetchRecord(
  room: RoomRef,
  credentials: Credentials,
): Promise<RoomExportJson> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (credentials.participantToken) {
    headers[ROOM_ACCESS_HEADERS.participantToken] = credentials.participantToken;
  }
  if (credentials.facilitatorKey) {
    headers[ROOM_ACCESS_HEADERS.facilitatorKey] = credentials.facilitatorKey;
  }
  const url = `${room.origin}${roomExportPath(room.roomId, "json")}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new FetchError(`Could not reach ${room.origin}: ${(error as Error).message}`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) {
    throw new FetchError(
      "This room is private. Pass --participant-token (yours, from the browser you joined with) " +
        "or --facilitator-key, or use the facilitator link (…#fk=...).",
    );
  }
  if (!response.ok) {
    const error = ErrorResponseSchema.safeParse(body);
    const why = error.success ? error.data.error.message : `HTTP ${response.status}`;
    throw new FetchError(`The server refused the record: ${why}`);
  }
  const record = RoomExportJsonSchema.safeParse(body);
  if (!record.success) {
    throw new FetchError("The server's answer is not a Stackboard record this tool understands.");
  }
  return record.data;
}
