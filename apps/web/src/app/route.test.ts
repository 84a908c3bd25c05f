import { describe, expect, it } from "vitest";
import { parseRoute } from "./route.ts";

describe("parseRoute", () => {
  it("knows the start page, a room and its record", () => {
    expect(parseRoute("/")).toEqual({ name: "start" });
    expect(parseRoute("/r/abcDEF_123-xyzabcdefghij")).toEqual({
      name: "room",
      roomId: "abcDEF_123-xyzabcdefghij",
    });
    const id = "Abcdefghijklmnopqrstuv";
    expect(parseRoute(`/r/${id}/record`)).toEqual({ name: "record", roomId: id });
    expect(parseRoute(`/r/${id}/record/`)).toEqual({ name: "record", roomId: id });
    expect(parseRoute(`/r/${id}/summary`)).toEqual({ name: "summary", roomId: id });
    expect(parseRoute(`/r/${id}/replay`)).toEqual({ name: "replay", roomId: id });
    expect(parseRoute("/help/counting")).toEqual({ name: "counting" });
    expect(parseRoute("/r/")).toEqual({ name: "notFound" });
    expect(parseRoute("/r/a b")).toEqual({ name: "notFound" });
    expect(parseRoute(`/r/${id}/other`)).toEqual({ name: "notFound" });
  });

  it("uses the contracts' one room-id rule: what the server would refuse is not a room", () => {
    expect(parseRoute("/r/abc")).toEqual({ name: "notFound" });
    expect(parseRoute("/r/abc/record")).toEqual({ name: "notFound" });
    expect(parseRoute(`/r/${"a".repeat(65)}`)).toEqual({ name: "notFound" });
  });
});
