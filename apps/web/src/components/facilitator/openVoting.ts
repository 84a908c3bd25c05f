// Opening a decision's voting, then starting the timer planned for it in its settings.
import { sendCommand } from "../../realtime/portal.ts";
import { useTimerPlanStore } from "../../store/timerPlanStore.ts";
import { startTimer, type TimerPlan } from "../../view/timingDraft.ts";

export function openVotingWithTimer(decisionId: string, timer: TimerPlan | null): void {
  sendCommand({ type: "decision.open", decisionId });
  if (timer !== null) sendCommand(startTimer(decisionId, timer));
  useTimerPlanStore.getState().setPlan(decisionId, null);
}
