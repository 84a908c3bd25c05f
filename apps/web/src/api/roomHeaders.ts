// What this browser shows the server when it reads a room over REST: its pass for the room
// and the facilitator key, if it holds them. A gated room (a passphrase or a lobby) answers
// its board and exports only to those; an open room ignores them. Headers, not the URL: a
// URL ends up in logs, history and referrers.
import { ROOM_ACCESS_HEADERS } from "@stackboard/contracts";
import { loadIdentity } from "../lib/identity.ts";
import { browserStorage, type KeyValueStore } from "../lib/storage.ts";

export function roomReadHeaders(
  roomId: string,
  store: KeyValueStore = browserStorage(),
): Record<string, string> {
  const identity = loadIdentity(store, roomId);
  const headers: Record<string, string> = {};
  if (identity?.participantToken) {
    headers[ROOM_ACCESS_HEADERS.participantToken] = identity.participantToken;
  }
  if (identity?.facilitatorKey) {
    headers[ROOM_ACCESS_HEADERS.facilitatorKey] = identity.facilitatorKey;
  }
  return headers;
}
