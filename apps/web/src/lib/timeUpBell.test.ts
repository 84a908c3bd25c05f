import { describe, expect, it } from "vitest";
import { TimeUpBell } from "./timeUpBell.ts";

describe("the time's up bell", () => {
  it("rings once when a run this tab saw counting reaches zero", () => {
    const bell = new TimeUpBell();
    expect(bell.observe("1:5000", "running")).toBe(false);
    expect(bell.observe("1:5000", "done")).toBe(true);
    // Every later render at zero, and the server's expiry of the same run: silence.
    expect(bell.observe("1:5000", "done")).toBe(false);
    expect(bell.observe("1:5000", "done")).toBe(false);
  });

  it("stays quiet for a run that was already at zero when the tab first saw it", () => {
    const bell = new TimeUpBell();
    expect(bell.observe("1:5000", "done")).toBe(false);
  });

  it("stays quiet while paused, and rings for the run after a resume", () => {
    const bell = new TimeUpBell();
    bell.observe("1:5000", "running");
    expect(bell.observe("1:5000", "paused")).toBe(false);
    // Resuming moves the deadline: a new run.
    bell.observe("1:9000", "running");
    expect(bell.observe("1:9000", "done")).toBe(true);
  });

  it("rings again after the timer was extended past zero", () => {
    const bell = new TimeUpBell();
    bell.observe("1:5000", "running");
    expect(bell.observe("1:5000", "done")).toBe(true);
    bell.observe("1:70000", "running");
    expect(bell.observe("1:70000", "done")).toBe(true);
  });

  it("forgets the oldest runs instead of growing without end", () => {
    const bell = new TimeUpBell();
    bell.observe("first", "running");
    for (let run = 0; run < 100; run += 1) bell.observe(`run-${run}`, "running");
    expect(bell.observe("first", "done")).toBe(false);
    expect(bell.observe("run-99", "done")).toBe(true);
  });
});
