// Which decision the keyboard acts on. Kept apart from the room replica: it is one
// browser's cursor, not shared state.
import { create } from "zustand";

interface SelectionStore {
  decisionId: string | null;
  /** Ring the selected column only after j/k: a mouse click needs no extra outline. */
  highlighted: boolean;
  select: (decisionId: string | null, highlighted?: boolean) => void;
}

export const useSelection = create<SelectionStore>()((set) => ({
  decisionId: null,
  highlighted: false,
  select: (decisionId, highlighted = false) => set({ decisionId, highlighted }),
}));

/** The decision `delta` steps from `current`, clamped to the ends; from nothing, an end. */
export function neighbour(
  ids: readonly string[],
  current: string | null,
  delta: 1 | -1,
): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return (delta === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  return ids[Math.min(ids.length - 1, Math.max(0, at + delta))] ?? null;
}
