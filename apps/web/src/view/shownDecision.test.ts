import { describe, expect, it } from "vitest";
import { placeOf, shownDecisionId } from "./shownDecision.ts";

const IDS = ["api", "lang", "db", "client"];

describe("the decision a phone shows", () => {
  it("is the one this browser chose while it is on the board", () => {
    expect(shownDecisionId(IDS, "lang", "db")).toBe("lang");
  });

  it("falls back to the one in focus, then to the first", () => {
    expect(shownDecisionId(IDS, null, "db")).toBe("db");
    expect(shownDecisionId(IDS, "removed", "db")).toBe("db");
    expect(shownDecisionId(IDS, null, null)).toBe("api");
    expect(shownDecisionId(IDS, "removed", "gone")).toBe("api");
    expect(shownDecisionId([], "api", "db")).toBeNull();
  });

  it("says where it is: n of N", () => {
    expect(placeOf(IDS, "db")).toEqual({ n: 3, total: 4 });
    expect(placeOf(IDS, "api")).toEqual({ n: 1, total: 4 });
    expect(placeOf(IDS, null)).toBeNull();
    expect(placeOf(IDS, "gone")).toBeNull();
  });
});
