// What view/undo.ts judges my remembered actions against, read from the stores now: the
// replica, me, server time and the commands still on their way.
import { serverNow } from "../lib/clock.ts";
import type { UndoContext } from "../view/undo.ts";
import { useConnectionStore } from "./connectionStore.ts";
import { useRoomStore } from "./roomStore.ts";

export function undoContext(): UndoContext {
  const { participantId, outbox, clockOffset } = useConnectionStore.getState();
  return {
    state: useRoomStore.getState().state,
    myId: participantId,
    at: serverNow(clockOffset, Date.now()),
    pending: outbox,
  };
}
