// Decides, on arriving at a room URL, whether this browser can rejoin at once (it has a
// name for the room) or must ask. The facilitator key from the fragment is kept. On a
// first load main.tsx has usually entered already (app/arrival.ts): then this is a no-op.
import { useEffect, useState } from "react";
import { arrive } from "../../app/arrival.ts";
import { canRejoin } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { enterRoom } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";

export function useRoomEntry(roomId: string): { entered: boolean } {
  const entered = useConnectionStore((s) => s.roomId === roomId);
  // Walked away from the door (Cancel on the passphrase or lobby page): ask again.
  const left = useConnectionStore((s) => s.left);
  // Read synchronously, so a returning browser never sees the join form flash by.
  const [identity] = useState(() => arrive(browserStorage(), roomId, window.location.hash));
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
