import type { Timer } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import {
  clockOffset,
  elapsedFraction,
  formatCountdown,
  remainingMs,
  serverNow,
  timerPhase,
  timerRunKey,
} from "./clock.ts";

describe("clock offset", () => {
  it("is server time minus the midpoint of the round trip", () => {
    // Sent at 1000, answered at 1200 (local); the server read 5100 in between.
    expect(clockOffset(1000, 1200, 5100)).toBe(4000);
    expect(serverNow(4000, 1300)).toBe(5300);
  });

  it("is negative when the local clock runs ahead", () => {
    expect(clockOffset(10_000, 10_000, 7_000)).toBe(-3000);
  });
});

describe("timer maths", () => {
  const timer: Timer = {
    id: 1,
    decisionId: null,
    startedAt: 100_000,
    endsAt: 160_000,
    pausedRemainingMs: null,
    autoLock: false,
    expired: false,
  };

  it("counts down in server time, whatever the local clock says", () => {
    // The local clock is 30 s behind the server: local 100_000 is server 130_000.
    expect(remainingMs(timer, 30_000, 100_000)).toBe(30_000);
    expect(elapsedFraction(timer, 30_000, 100_000)).toBeCloseTo(0.5);
  });

  it("never goes below zero or past the end", () => {
    expect(remainingMs(timer, 0, 200_000)).toBe(0);
    expect(elapsedFraction(timer, 0, 200_000)).toBe(1);
    expect(elapsedFraction(timer, 0, 0)).toBe(0);
  });

  it("counts to the same moment on screens whose clocks disagree", () => {
    // Server time 130_000 everywhere: one laptop 5 s behind, one 12 s ahead.
    const behind = 125_000;
    const ahead = 142_000;
    expect(remainingMs(timer, 5000, behind)).toBe(30_000);
    expect(remainingMs(timer, -12_000, ahead)).toBe(30_000);
    // The fast clock does not end the timer early: at its local 172_000 (server 160_000).
    expect(timerPhase(timer, -12_000, 171_999)).toBe("running");
    expect(timerPhase(timer, -12_000, 172_000)).toBe("done");
    // Ignoring the offset would have ended it 12 s early on that screen.
    expect(timerPhase(timer, 0, 160_000)).toBe("done");
    expect(timerPhase(timer, -12_000, 160_000)).toBe("running");
  });

  it("freezes while paused, whatever either clock says", () => {
    const paused: Timer = { ...timer, pausedRemainingMs: 42_000 };
    for (const [offset, localNow] of [
      [0, 100_000],
      [0, 999_999],
      [30_000, 0],
      [-60_000, 500_000],
    ] as const) {
      expect(remainingMs(paused, offset, localNow)).toBe(42_000);
      expect(timerPhase(paused, offset, localNow)).toBe("paused");
    }
    // 18 s of the 60 s span had run when it was paused.
    expect(elapsedFraction(paused, 0, 999_999)).toBeCloseTo(0.3);
  });

  it("shows a paused timer with nothing left as paused, not done", () => {
    expect(timerPhase({ ...timer, pausedRemainingMs: 0 }, 0, 500_000)).toBe("paused");
  });

  it("is done once the server ended it, even if this clock says time is left", () => {
    const expired: Timer = { ...timer, expired: true };
    // A clock running 3 s behind would still count; the server's word wins.
    expect(remainingMs(expired, 0, 157_000)).toBe(0);
    expect(timerPhase(expired, 0, 157_000)).toBe("done");
    expect(elapsedFraction(expired, 0, 157_000)).toBe(1);
  });

  it("starts a new run when the deadline moves", () => {
    const extended: Timer = { ...timer, endsAt: timer.endsAt + 60_000 };
    expect(timerRunKey(extended)).not.toBe(timerRunKey(timer));
    expect(timerRunKey({ ...timer, pausedRemainingMs: 5000 })).toBe(timerRunKey(timer));
  });

  it("formats the countdown, rounding seconds up", () => {
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(1)).toBe("0:01");
    expect(formatCountdown(65_000)).toBe("1:05");
    expect(formatCountdown(59_001)).toBe("1:00");
    expect(formatCountdown(3_723_000)).toBe("1:02:03");
  });
});
