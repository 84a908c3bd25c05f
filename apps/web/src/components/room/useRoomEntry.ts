// Decides, on arriving at a room URL, whether this browser can rejoin at once (it has a
// name for the room) or must ask. The facilitator key from the fragment is kept.
import { readFacilitatorFragment } from "@stackboard/contracts";
import { useEffect, useState } from "react";
import { canRejoin, loadIdentity, type RoomIdentity, updateIdentity } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { enterRoom } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";

/** The stored identity for the room, with a facilitator key from the link remembered. */
function arrive(roomId: string): RoomIdentity | null {
  const storage = browserStorage();
  const keyFromLink = readFacilitatorFragment(window.location.hash);
  if (keyFromLink !== null) updateIdentity(storage, roomId, { facilitatorKey: keyFromLink });
  return loadIdentity(storage, roomId);
}

export function useRoomEntry(roomId: string): { entered: boolean } {
  const entered = useConnectionStore((s) => s.roomId === roomId);
  // Walked away from the door (Cancel on the passphrase or lobby page): ask again.
  const left = useConnectionStore((s) => s.left);
  // Read synchronously, so a returning browser never sees the join form flash by.
  const [identity] = useState(() => arrive(roomId));
  const rejoin = canRejoin(identity);

  useEffect(() => {
    if (!canRejoin(identity)) return;
    enterRoom(roomId, {
      name: identity.name,
      role: identity.role,
      facilitatorKey: identity.facilitatorKey,
    });
  }, [roomId, identity]);

  return { entered: entered || (rejoin && !left) };
}
