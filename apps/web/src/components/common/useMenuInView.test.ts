import { describe, expect, it } from "vitest";
import { shiftIntoView } from "./useMenuInView.ts";

describe("shiftIntoView", () => {
  it("leaves a panel that fits where it is", () => {
    expect(shiftIntoView(100, 360, 1440)).toBe(0);
  });

  it("moves a panel hanging off the left edge right, by what is missing plus the margin", () => {
    expect(shiftIntoView(-120, 140, 390)).toBe(128);
  });

  it("moves a panel hanging off the right edge left", () => {
    expect(shiftIntoView(200, 460, 390)).toBe(-78);
  });
});
