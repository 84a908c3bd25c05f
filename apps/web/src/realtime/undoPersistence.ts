// Keeps my undo history of a room in this browser: once the replica has caught up and the
// room said who I am, the stored history comes back (less what can never be undone again,
// as core judges it, view/undo.ts), and from then on every change is written back.
import type { KeyValueStore } from "../lib/storage.ts";
import { loadUndoHistory, saveUndoHistory } from "../lib/undoHistory.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { undoContext } from "../store/undoContext.ts";
import { useUndoStore } from "../store/undoStore.ts";
import { undoableLater } from "../view/undo.ts";

/** Starts keeping the history of `roomId`; the returned function stops it. */
export function keepUndoHistory(roomId: string, storage: KeyValueStore): () => void {
  /** Whose history is loaded and written; null until the room says who I am. */
  let owner: string | null = null;

  const restore = () => {
    const me = useConnectionStore.getState().participantId;
    // The join's catch-up lands right after the join ack: wait for a replica of the room.
    if (me === null || me === owner || useRoomStore.getState().state.roomId !== roomId) return;
    owner = me;
    const kept = undoableLater(loadUndoHistory(storage, roomId, me), undoContext());
    // What I did before the history came back is newer than anything stored.
    useUndoStore.getState().restore([...kept, ...useUndoStore.getState().actions]);
  };

  const stopRoom = useRoomStore.subscribe(restore);
  const stopConnection = useConnectionStore.subscribe(restore);
  const stopUndo = useUndoStore.subscribe((now, before) => {
    if (owner !== null && now.actions !== before.actions) {
      saveUndoHistory(storage, roomId, owner, now.actions);
    }
  });
  restore();
  return () => {
    stopRoom();
    stopConnection();
    stopUndo();
  };
}
