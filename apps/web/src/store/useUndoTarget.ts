// What "Undo" would take back right now, for the buttons that offer it.
import { useMemo } from "react";
import { serverNow } from "../lib/clock.ts";
import { planUndo } from "../view/undo.ts";
import { useConnectionStore } from "./connectionStore.ts";
import { useRoomStore } from "./roomStore.ts";
import { useMyId } from "./selectors.ts";
import { type UndoAction, useUndoStore } from "./undoStore.ts";

/** My newest undoable action (on `decisionId` only, when given), or null. */
export function useUndoTarget(decisionId?: string): UndoAction | null {
  const actions = useUndoStore((s) => s.actions);
  const state = useRoomStore((s) => s.state);
  const outbox = useConnectionStore((s) => s.outbox);
  const offset = useConnectionStore((s) => s.clockOffset);
  const myId = useMyId();
  return useMemo(
    () =>
      planUndo(
        actions,
        { state, myId, at: serverNow(offset, Date.now()), pending: outbox },
        decisionId,
      ).action,
    [actions, state, outbox, myId, offset, decisionId],
  );
}
