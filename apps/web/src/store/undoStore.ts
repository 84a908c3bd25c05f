// My ballot history per decision in this tab, so "Undo" can put back what I had before my
// last change (null: I had no ballot). Local only: other tabs and participants never see it.
import type { Ballot } from "@stackboard/core";
import { create } from "zustand";

/** Enough to walk back a few clicks; older history is dropped. */
export const UNDO_DEPTH = 20;

export interface UndoStore {
  history: Readonly<Record<string, readonly (Ballot | null)[]>>;
  remember: (decisionId: string, previous: Ballot | null) => void;
  /** Removes and returns the latest remembered ballot; undefined when there is none. */
  take: (decisionId: string) => Ballot | null | undefined;
  reset: () => void;
}

export const useUndoStore = create<UndoStore>()((set, get) => ({
  history: {},
  remember: (decisionId, previous) =>
    set((current) => ({
      history: {
        ...current.history,
        [decisionId]: [...(current.history[decisionId] ?? []), previous].slice(-UNDO_DEPTH),
      },
    })),
  take: (decisionId) => {
    const stack = get().history[decisionId] ?? [];
    if (stack.length === 0) return undefined;
    const previous = stack[stack.length - 1];
    set((current) => ({ history: { ...current.history, [decisionId]: stack.slice(0, -1) } }));
    return previous;
  },
  reset: () => set({ history: {} }),
}));
