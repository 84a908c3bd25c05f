import { describe, expect, it } from "vitest";
import { reconnectDelayMs } from "./socket.ts";

describe("reconnectDelayMs", () => {
  it("waits the server's pause at least, and spreads clients over as much again", () => {
    expect(reconnectDelayMs(1000, () => 0)).toBe(1000);
    expect(reconnectDelayMs(1000, () => 0.5)).toBe(1500);
    expect(reconnectDelayMs(1000, () => 0.999)).toBe(1999);
    expect(reconnectDelayMs(0, () => 0.7)).toBe(0);
  });
});
