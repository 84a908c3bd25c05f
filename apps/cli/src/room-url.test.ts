import { describe, expect, it } from "vitest";
import { parseRoomUrl, UsageError } from "./room-url.ts";

const ID = "CAYUSQgjOQSNqw_Bc8eAPw";

describe("room links", () => {
  it("name the server and the room, from any page of the room", () => {
    for (const link of [
      `https://board.example.org/r/${ID}`,
      `https://board.example.org/r/${ID}/record`,
      `https://board.example.org/r/${ID}/replay?at=4`,
    ]) {
      expect(parseRoomUrl(link)).toEqual({
        origin: "https://board.example.org",
        roomId: ID,
        facilitatorKey: null,
      });
    }
  });

  it("carry the facilitator key of a facilitator link", () => {
    const key = "k".repeat(32);
    expect(parseRoomUrl(`http://127.0.0.1:3000/r/${ID}#fk=${key}`).facilitatorKey).toBe(key);
  });

  it("are refused when they name no room", () => {
    for (const link of [
      "board.example.org",
      "https://board.example.org/",
      "https://board.example.org/r/short",
      `ftp://board.example.org/r/${ID}`,
    ]) {
      expect(() => parseRoomUrl(link), link).toThrow(UsageError);
    }
  });
});
