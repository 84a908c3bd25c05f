// What I did that "Undo" can take back, newest last: a ballot change (with the ballot I had
// before it; null: none) or a note I added. Local only: other participants never see it; it
// is kept in this browser across reloads (realtime/undoPersistence.ts). Which entry "Undo"
// picks is in view/undo.ts.
import type { Ballot } from "@stackboard/core";
import { create } from "zustand";

/** Enough to walk back a few clicks per decision; older history is dropped. */
export const UNDO_DEPTH = 20;

export type UndoAction =
  | { kind: "ballot"; decisionId: string; previous: Ballot | null }
  | { kind: "annotation"; decisionId: string; annotationId: string };

export interface UndoStore {
  /** Everything undoable, oldest first. */
  actions: readonly UndoAction[];
  /** My ballot history per decision, oldest first: the ballot part of `actions`. */
  history: Readonly<Record<string, readonly (Ballot | null)[]>>;
  remember: (decisionId: string, previous: Ballot | null) => void;
  rememberAnnotation: (decisionId: string, annotationId: string) => void;
  /** Removes and returns the decision's latest remembered ballot; undefined when none. */
  take: (decisionId: string) => Ballot | null | undefined;
  /** Drops these entries (undone, or no longer possible). */
  forget: (actions: readonly UndoAction[]) => void;
  /** Puts back a history read from storage, oldest first. */
  restore: (actions: readonly UndoAction[]) => void;
  reset: () => void;
}

function ballotHistory(actions: readonly UndoAction[]): UndoStore["history"] {
  const history: Record<string, (Ballot | null)[]> = {};
  for (const action of actions) {
    if (action.kind !== "ballot") continue;
    history[action.decisionId] = [...(history[action.decisionId] ?? []), action.previous];
  }
  return history;
}

/** Appends, then keeps at most UNDO_DEPTH entries for the action's decision. */
function push(actions: readonly UndoAction[], action: UndoAction): UndoAction[] {
  const next = [...actions, action];
  const same = next.filter((entry) => entry.decisionId === action.decisionId);
  if (same.length <= UNDO_DEPTH) return next;
  const oldest = same[0];
  return next.filter((entry) => entry !== oldest);
}

const withActions = (actions: readonly UndoAction[]) => ({
  actions,
  history: ballotHistory(actions),
});

export const useUndoStore = create<UndoStore>()((set, get) => ({
  actions: [],
  history: {},
  remember: (decisionId, previous) =>
    set((current) => withActions(push(current.actions, { kind: "ballot", decisionId, previous }))),
  rememberAnnotation: (decisionId, annotationId) =>
    set((current) =>
      withActions(push(current.actions, { kind: "annotation", decisionId, annotationId })),
    ),
  take: (decisionId) => {
    const { actions } = get();
    const latest = actions.findLast(
      (action) => action.kind === "ballot" && action.decisionId === decisionId,
    );
    if (latest?.kind !== "ballot") return undefined;
    set(withActions(actions.filter((action) => action !== latest)));
    return latest.previous;
  },
  forget: (gone) => {
    if (gone.length === 0) return;
    set((current) => withActions(current.actions.filter((action) => !gone.includes(action))));
  },
  restore: (actions) => set(withActions(actions)),
  reset: () => set(withActions([])),
}));
