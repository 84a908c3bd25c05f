import { describe, expect, it } from "vitest";
import { parseRoute } from "./route.ts";

describe("parseRoute", () => {
  it("knows the start page, a room and its record", () => {
    expect(parseRoute("/")).toEqual({ name: "start" });
    expect(parseRoute("/r/abcDEF_123-xyzabcdefghij")).toEqual({
      name: "room",
      roomId: "abcDEF_123-xyzabcdefghij",
    });
    expect(parseRoute("/r/abc/record")).toEqual({ name: "record", roomId: "abc" });
    expect(parseRoute("/r/abc/record/")).toEqual({ name: "record", roomId: "abc" });
    expect(parseRoute("/r/abc/summary")).toEqual({ name: "summary", roomId: "abc" });
    expect(parseRoute("/r/abc/replay")).toEqual({ name: "replay", roomId: "abc" });
    expect(parseRoute("/help/counting")).toEqual({ name: "counting" });
    expect(parseRoute("/r/")).toEqual({ name: "notFound" });
    expect(parseRoute("/r/a b")).toEqual({ name: "notFound" });
  });
});
