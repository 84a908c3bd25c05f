// Arriving at a room's URL: a browser that already has a name for the room rejoins at once,
// one that has none is asked (the join form). The entry module runs `enterOnArrival`
// before React's first render, so on a slow link the socket's handshake and the join travel
// while React renders; the room page's own `enterRoom` then finds the room open and does
// nothing (portal.ts keeps one connection per room).
import { readFacilitatorFragment } from "@stackboard/contracts";
import { canRejoin, loadIdentity, type RoomIdentity, updateIdentity } from "../lib/identity.ts";
import type { KeyValueStore } from "../lib/storage.ts";
import type { EnterRoom } from "../realtime/portal.ts";
import { parseRoute } from "./route.ts";

/** The stored identity for the room, with a facilitator key from the link remembered. */
export function arrive(storage: KeyValueStore, roomId: string, hash: string): RoomIdentity | null {
  const keyFromLink = readFacilitatorFragment(hash);
  if (keyFromLink !== null) updateIdentity(storage, roomId, { facilitatorKey: keyFromLink });
  return loadIdentity(storage, roomId);
}

/** Enters the board's room at once when the URL is one and this browser has a name for it. */
export function enterOnArrival(
  at: { pathname: string; hash: string },
  storage: KeyValueStore,
  enter: (roomId: string, who: EnterRoom) => void,
): string | null {
  const route = parseRoute(at.pathname);
  if (route.name !== "room") return null;
  const identity = arrive(storage, route.roomId, at.hash);
  if (!canRejoin(identity)) return null;
  enter(route.roomId, {
    name: identity.name,
    role: identity.role,
    facilitatorKey: identity.facilitatorKey,
  });
  return route.roomId;
}
