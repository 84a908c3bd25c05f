import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KeyedTimeouts } from "./server-events.ts";

describe("KeyedTimeouts", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("keeps one pending timeout per key: a new one replaces the old", () => {
    const timeouts = new KeyedTimeouts();
    const fired: string[] = [];
    timeouts.set("room", 100, () => fired.push("first"), "a");
    timeouts.set("room", 200, () => fired.push("second"), "b");
    timeouts.set("other", 50, () => fired.push("other"));
    expect(timeouts.tagOf("room")).toBe("b");
    vi.advanceTimersByTime(250);
    expect(fired).toEqual(["other", "second"]);
    expect(timeouts.tagOf("room")).toBeUndefined();
  });

  it("runs nothing cleared or closed, and takes nothing after closing", () => {
    const timeouts = new KeyedTimeouts();
    const fired: string[] = [];
    timeouts.set("a", 10, () => fired.push("a"));
    timeouts.set("b", 10, () => fired.push("b"));
    timeouts.clear("a");
    timeouts.close();
    timeouts.set("c", 10, () => fired.push("c"));
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([]);
    expect(timeouts.isClosed).toBe(true);
  });
});
