import { describe, expect, it } from "vitest";
import { clockOffset, elapsedFraction, formatCountdown, remainingMs, serverNow } from "./clock.ts";

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
  const timer = {
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

  it("formats the countdown, rounding seconds up", () => {
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(1)).toBe("0:01");
    expect(formatCountdown(65_000)).toBe("1:05");
    expect(formatCountdown(59_001)).toBe("1:00");
    expect(formatCountdown(3_723_000)).toBe("1:02:03");
  });
});
