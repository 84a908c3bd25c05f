// The timer a facilitator set in a draft decision's settings, kept in this tab until voting
// opens (a timer is not part of a decision: it starts with the opening). Per decision.
import { create } from "zustand";
import type { TimerPlan } from "../view/timingDraft.ts";

export interface TimerPlanStore {
  plans: Readonly<Record<string, TimerPlan>>;
  /** Sets or (null) drops the plan of a decision. */
  setPlan: (decisionId: string, plan: TimerPlan | null) => void;
  reset: () => void;
}

export const useTimerPlanStore = create<TimerPlanStore>()((set) => ({
  plans: {},
  setPlan: (decisionId, plan) =>
    set((current) => {
      const { [decisionId]: _dropped, ...rest } = current.plans;
      return { plans: plan === null ? rest : { ...rest, [decisionId]: plan } };
    }),
  reset: () => set({ plans: {} }),
}));

/** The plan of one decision, or null. */
export const useTimerPlan = (decisionId: string): TimerPlan | null =>
  useTimerPlanStore((s) => s.plans[decisionId] ?? null);
