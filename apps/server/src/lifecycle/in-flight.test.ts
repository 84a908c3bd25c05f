import { describe, expect, it } from "vitest";
import { InFlight } from "./in-flight.ts";

describe("InFlight", () => {
  it("closes at once when nothing runs", async () => {
    const work = new InFlight();
    await work.close();
    expect(work.accepting).toBe(false);
  });

  it("waits for every piece begun before closing, and refuses new ones meanwhile", async () => {
    const work = new InFlight();
    const first = work.begin();
    const second = work.begin();
    let closed = false;
    const closing = work.close().then(() => {
      closed = true;
    });
    expect(work.begin()).toBeNull();
    first?.();
    first?.(); // a second call must not count for the other piece
    await Promise.resolve();
    expect(closed).toBe(false);
    expect(work.running).toBe(1);
    second?.();
    await closing;
    expect(closed).toBe(true);
    expect(work.running).toBe(0);
  });
});
