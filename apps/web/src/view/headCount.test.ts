import { describe, expect, it } from "vitest";
import { headCount } from "./headCount.ts";

describe("the header's head count", () => {
  it("counts who is here while live and fresh", () => {
    expect(headCount("live", false, 3)).toEqual({ kind: "count", count: 3 });
  });

  it("counts on the first connection too (nothing was lost yet)", () => {
    expect(headCount("connecting", false, 1)).toEqual({ kind: "count", count: 1 });
  });

  it("says reconnecting instead of a stale count while the connection is lost", () => {
    for (const status of ["reconnecting", "offline", "failed"] as const) {
      expect(headCount(status, false, 3)).toEqual({ kind: "reconnecting" });
      expect(headCount(status, true, 3)).toEqual({ kind: "reconnecting" });
    }
  });

  it("keeps saying so once live again until a fresh roster arrives", () => {
    expect(headCount("live", true, 3)).toEqual({ kind: "reconnecting" });
  });
});
