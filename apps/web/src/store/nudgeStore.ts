// Which nudges this tab has dismissed: per decision, the time of the nudge put away. A
// newer nudge on the same decision shows again. One browser's choice, never shared.
import { create } from "zustand";

interface NudgeStore {
  /** Decision id → the `nudge.at` dismissed. */
  dismissed: Readonly<Record<string, number>>;
  dismiss: (decisionId: string, nudgeAt: number) => void;
}

export const useNudgeStore = create<NudgeStore>()((set) => ({
  dismissed: {},
  dismiss: (decisionId, nudgeAt) =>
    set((current) => ({ dismissed: { ...current.dismissed, [decisionId]: nudgeAt } })),
}));
