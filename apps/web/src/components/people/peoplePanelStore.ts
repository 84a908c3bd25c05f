// Whether the people panel is open. Its own store, not uiStore's `panel`: that one means
// "a modal owns the keyboard", and the people panel sits beside the board while people vote.
import { create } from "zustand";

export interface PeoplePanelStore {
  open: boolean;
  setOpen: (open: boolean) => void;
  toggle: () => void;
}

export const usePeoplePanel = create<PeoplePanelStore>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((current) => ({ open: !current.open })),
}));
