// The settings dialog's timing fields of one decision: a timer (a preset or a custom length in
// seconds, auto-lock at zero) and a deadline. What the form holds, why a value cannot be
// used, whether it differs from what is in force, and the commands a Save sends. Pure.
//
// A timer is not stored on a decision: on a draft it is a plan this browser keeps until
// voting opens (then it starts); on an open decision, saving starts it.
import { type CommandBody, type Decision, LIMITS } from "@stackboard/core";

export const TIMER_PRESET_MINUTES = [1, 3, 5, 10] as const;

/** The timer select's value: none, a preset's minutes, or a custom length in seconds. */
export type TimerChoice = "none" | "custom" | `${(typeof TIMER_PRESET_MINUTES)[number]}`;

export interface TimerPlan {
  durationMs: number;
  autoLock: boolean;
}

export interface TimingDraft {
  timer: TimerChoice;
  /** The custom length as typed. */
  customSeconds: string;
  autoLock: boolean;
  /** `datetime-local` text in local wall time ("2026-12-07T14:30:05"); "" for none. */
  closesAt: string;
}

export type TimerProblem = "tooShort" | "tooLong" | "wholeSeconds";
export type DeadlineProblem = "deadlineInvalid" | "deadlinePast";

const MIN_SECONDS = LIMITS.minTimerMs / 1000;
const MAX_SECONDS = LIMITS.maxTimerMs / 1000;
const DEFAULT_CUSTOM_SECONDS = "90";

/** `datetime-local` speaks local wall time without a zone. */
export function toLocalInput(at: number): string {
  const local = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/** Why `text` is not a timer length, or null when it is one. */
export function timerProblem(text: string): TimerProblem | null {
  const value = Number(text);
  if (text.trim() === "" || !Number.isInteger(value)) return "wholeSeconds";
  if (value < MIN_SECONDS) return "tooShort";
  if (value > MAX_SECONDS) return "tooLong";
  return null;
}

function choiceOf(plan: TimerPlan | null): Pick<TimingDraft, "timer" | "customSeconds"> {
  if (plan === null) return { timer: "none", customSeconds: DEFAULT_CUSTOM_SECONDS };
  const preset = TIMER_PRESET_MINUTES.find((minutes) => minutes * 60_000 === plan.durationMs);
  return preset === undefined
    ? { timer: "custom", customSeconds: String(Math.round(plan.durationMs / 1000)) }
    : { timer: `${preset}`, customSeconds: DEFAULT_CUSTOM_SECONDS };
}

/** The form as it opens: the deadline in force and the timer planned (null: none). */
export function timingDraftOf(decision: Decision, plan: TimerPlan | null): TimingDraft {
  return {
    ...choiceOf(plan),
    autoLock: plan?.autoLock ?? false,
    closesAt: decision.closesAt === null ? "" : toLocalInput(decision.closesAt),
  };
}

export function timerDraftProblem(draft: TimingDraft): TimerProblem | null {
  return draft.timer === "custom" ? timerProblem(draft.customSeconds) : null;
}

/** The timer the draft asks for; null for none or for a length that cannot run. */
export function planOf(draft: TimingDraft): TimerPlan | null {
  if (draft.timer === "none") return null;
  if (draft.timer === "custom") {
    if (timerProblem(draft.customSeconds) !== null) return null;
    return { durationMs: Number(draft.customSeconds) * 1000, autoLock: draft.autoLock };
  }
  return { durationMs: Number(draft.timer) * 60_000, autoLock: draft.autoLock };
}

const deadlineChanged = (draft: TimingDraft, decision: Decision) =>
  draft.closesAt !== timingDraftOf(decision, null).closesAt;

/** The deadline typed, in ms; null for none; NaN when the text is no time. */
const closesAtOf = (draft: TimingDraft): number | null =>
  draft.closesAt.trim() === "" ? null : new Date(draft.closesAt).getTime();

/** Why the typed deadline cannot be set (`now` in server time), or null. */
export function deadlineProblem(
  draft: TimingDraft,
  decision: Decision,
  now: number,
): DeadlineProblem | null {
  if (!deadlineChanged(draft, decision)) return null;
  const closesAt = closesAtOf(draft);
  if (closesAt === null) return null;
  if (Number.isNaN(closesAt)) return "deadlineInvalid";
  return closesAt <= now ? "deadlinePast" : null;
}

/** `decision.setDeadline` when the deadline was changed to something that can be set. */
export function deadlineCommand(draft: TimingDraft, decision: Decision): CommandBody | null {
  if (!deadlineChanged(draft, decision)) return null;
  const closesAt = closesAtOf(draft);
  if (closesAt !== null && Number.isNaN(closesAt)) return null;
  return { type: "decision.setDeadline", decisionId: decision.id, closesAt };
}

/** `timer.start` for the draft's timer on this decision; null when none can start. */
export function timerCommand(draft: TimingDraft, decisionId: string): CommandBody | null {
  const plan = planOf(draft);
  return plan === null ? null : startTimer(decisionId, plan);
}

export const startTimer = (decisionId: string, plan: TimerPlan): CommandBody => ({
  type: "timer.start",
  decisionId,
  durationMs: plan.durationMs,
  autoLock: plan.autoLock,
});

/** Whether the draft differs from the deadline in force and the timer planned (`plan`). */
export function timingDirty(
  draft: TimingDraft,
  decision: Decision,
  plan: TimerPlan | null,
): boolean {
  if (deadlineChanged(draft, decision)) return true;
  const saved = timingDraftOf(decision, plan);
  if (draft.timer !== saved.timer) return true;
  if (draft.timer === "none") return false;
  if (draft.timer === "custom" && draft.customSeconds !== saved.customSeconds) return true;
  return draft.autoLock !== saved.autoLock;
}
