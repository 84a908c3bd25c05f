// Local UI bits that no other participant sees: toasts and which panel is open.
import { create, type StateCreator } from "zustand";

export type ToastTone = "error" | "info" | "success";

/** A button on the toast, e.g. "Undo"; the toast closes when it is used. */
export interface ToastAction {
  label: string;
  /** The button's accessible name, when the label alone is too vague. */
  ariaLabel?: string;
  run: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  action?: ToastAction;
}

export interface ToastSlice {
  toasts: readonly Toast[];
  pushToast: (tone: ToastTone, message: string, action?: ToastAction) => number;
  dismissToast: (id: number) => void;
}

export type Panel = "share" | "criteria" | "hotkeys" | "webhooks" | null;

export interface PanelSlice {
  /** The open side panel or dialog. */
  panel: Panel;
  /** The catalog technology whose fact card is open. */
  factCardId: string | null;
  openPanel: (panel: Panel) => void;
  showFactCard: (technologyId: string | null) => void;
}

export type UiStore = ToastSlice & PanelSlice;

const MAX_TOASTS = 4;
let nextToastId = 1;

const createToastSlice: StateCreator<UiStore, [], [], ToastSlice> = (set) => ({
  toasts: [],
  pushToast: (tone, message, action) => {
    const id = nextToastId++;
    const toast: Toast = action ? { id, tone, message, action } : { id, tone, message };
    set((current) => ({ toasts: [...current.toasts, toast].slice(-MAX_TOASTS) }));
    return id;
  },
  dismissToast: (id) =>
    set((current) => ({ toasts: current.toasts.filter((toast) => toast.id !== id) })),
});

const createPanelSlice: StateCreator<UiStore, [], [], PanelSlice> = (set) => ({
  panel: null,
  factCardId: null,
  openPanel: (panel) => set({ panel }),
  showFactCard: (factCardId) => set({ factCardId }),
});

export const useUiStore = create<UiStore>()((...args) => ({
  ...createToastSlice(...args),
  ...createPanelSlice(...args),
}));
