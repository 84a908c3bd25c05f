// The settings dialog's timer and deadline: what a Save sends, and why it cannot.
import { type Decision, newDecision } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import {
  deadlineCommand,
  deadlineProblem,
  planOf,
  timerCommand,
  timerDraftProblem,
  timerProblem,
  timingDirty,
  timingDraftOf,
  toLocalInput,
} from "./timingDraft.ts";

const draftDecision = newDecision("d1", "Database", "");
const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
const inAnHour = NOW + 3_600_000;

describe("a timer's length", () => {
  it("says why a length cannot run", () => {
    expect(timerProblem("3")).toBe("tooShort");
    expect(timerProblem("7201")).toBe("tooLong");
    expect(timerProblem("1.5")).toBe("wholeSeconds");
    expect(timerProblem(" ")).toBe("wholeSeconds");
    expect(timerProblem("5")).toBeNull();
    expect(timerProblem("7200")).toBeNull();
  });

  it("asks nothing of a preset, and the custom length only when custom is chosen", () => {
    const draft = { ...timingDraftOf(draftDecision, null), customSeconds: "3" };
    expect(timerDraftProblem({ ...draft, timer: "5" })).toBeNull();
    expect(timerDraftProblem({ ...draft, timer: "custom" })).toBe("tooShort");
  });
});

describe("the timer a Save starts", () => {
  it("is none by default", () => {
    const draft = timingDraftOf(draftDecision, null);
    expect(draft.timer).toBe("none");
    expect(timerCommand(draft, "d1")).toBeNull();
    expect(timingDirty(draft, draftDecision, null)).toBe(false);
  });

  it("starts a preset or a custom length, with auto-lock when ticked", () => {
    const draft = timingDraftOf(draftDecision, null);
    expect(timerCommand({ ...draft, timer: "3", autoLock: true }, "d1")).toEqual({
      type: "timer.start",
      decisionId: "d1",
      durationMs: 180_000,
      autoLock: true,
    });
    expect(timerCommand({ ...draft, timer: "custom", customSeconds: "45" }, "d1")).toEqual({
      type: "timer.start",
      decisionId: "d1",
      durationMs: 45_000,
      autoLock: false,
    });
  });

  it("starts nothing for a length that cannot run, but the edit still counts as unsaved", () => {
    const draft = {
      ...timingDraftOf(draftDecision, null),
      timer: "custom" as const,
      customSeconds: "2",
    };
    expect(timerCommand(draft, "d1")).toBeNull();
    expect(timingDirty(draft, draftDecision, null)).toBe(true);
  });

  it("opens on the planned timer, which is then not an unsaved change", () => {
    const preset = timingDraftOf(draftDecision, { durationMs: 300_000, autoLock: true });
    expect(preset).toMatchObject({ timer: "5", autoLock: true });
    expect(timingDirty(preset, draftDecision, { durationMs: 300_000, autoLock: true })).toBe(false);
    expect(timingDirty(preset, draftDecision, null)).toBe(true);
    const custom = timingDraftOf(draftDecision, { durationMs: 90_000, autoLock: false });
    expect(custom).toMatchObject({ timer: "custom", customSeconds: "90" });
    expect(planOf(custom)).toEqual({ durationMs: 90_000, autoLock: false });
  });
});

describe("the deadline a Save sets", () => {
  it("sets, moves and clears it; unchanged, it sends nothing", () => {
    const draft = { ...timingDraftOf(draftDecision, null), closesAt: toLocalInput(inAnHour) };
    expect(deadlineCommand(draft, draftDecision)).toEqual({
      type: "decision.setDeadline",
      decisionId: "d1",
      closesAt: inAnHour,
    });
    const withDeadline: Decision = { ...draftDecision, closesAt: inAnHour };
    const unchanged = timingDraftOf(withDeadline, null);
    expect(deadlineCommand(unchanged, withDeadline)).toBeNull();
    expect(timingDirty(unchanged, withDeadline, null)).toBe(false);
    expect(deadlineCommand({ ...unchanged, closesAt: "" }, withDeadline)).toEqual({
      type: "decision.setDeadline",
      decisionId: "d1",
      closesAt: null,
    });
  });

  it("keeps a deadline with milliseconds unchanged (the field shows whole seconds)", () => {
    const precise: Decision = { ...draftDecision, closesAt: inAnHour + 123 };
    const draft = timingDraftOf(precise, null);
    expect(timingDirty(draft, precise, null)).toBe(false);
    expect(deadlineCommand(draft, precise)).toBeNull();
  });

  it("says why a time in the past cannot be set", () => {
    const past = { ...timingDraftOf(draftDecision, null), closesAt: toLocalInput(NOW - 60_000) };
    expect(deadlineProblem(past, draftDecision, NOW)).toBe("deadlinePast");
    const future = { ...past, closesAt: toLocalInput(inAnHour) };
    expect(deadlineProblem(future, draftDecision, NOW)).toBeNull();
    expect(deadlineProblem({ ...past, closesAt: "tomorrow" }, draftDecision, NOW)).toBe(
      "deadlineInvalid",
    );
  });
});
