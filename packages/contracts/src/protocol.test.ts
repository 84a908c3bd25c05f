import { describe, expect, it } from "vitest";
import { checkProtocolVersion, PROTOCOL_VERSION, readProtocolVersion } from "./protocol.ts";

describe("protocol version", () => {
  it("is pinned", () => {
    // A bump must be deliberate: change this test in the same commit as the message shapes,
    // knowing that clients of the old version will be told CLIENT_TOO_OLD.
    expect(PROTOCOL_VERSION).toBe(8);
  });

  it("accepts the same version", () => {
    expect(checkProtocolVersion(PROTOCOL_VERSION)).toBeNull();
  });

  it("says which side must upgrade", () => {
    expect(checkProtocolVersion(PROTOCOL_VERSION - 1)).toBe("CLIENT_TOO_OLD");
    expect(checkProtocolVersion(PROTOCOL_VERSION + 1)).toBe("SERVER_TOO_OLD");
  });

  it("refuses a version that is not a whole number", () => {
    expect(checkProtocolVersion(Number.NaN)).toBe("INVALID_REQUEST");
    expect(checkProtocolVersion(1.5)).toBe("INVALID_REQUEST");
  });

  it("reads the version from a payload of any shape", () => {
    expect(readProtocolVersion({ protocolVersion: 7, shape: "from the future" })).toBe(7);
    expect(readProtocolVersion({ protocolVersion: "1" })).toBeNull();
    expect(readProtocolVersion(null)).toBeNull();
    expect(readProtocolVersion("join")).toBeNull();
  });
});
