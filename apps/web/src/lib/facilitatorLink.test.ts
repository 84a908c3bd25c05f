import { describe, expect, it } from "vitest";
import { linkKey, linkKeyRefused } from "./facilitatorLink.ts";

const KEY = "A".repeat(43);

describe("the facilitator key in the address", () => {
  it("tells no key, a key and a malformed one apart", () => {
    expect(linkKey("")).toEqual({ kind: "none" });
    expect(linkKey("#other=1")).toEqual({ kind: "none" });
    expect(linkKey("#fk=short")).toEqual({ kind: "malformed" });
    expect(linkKey("#fk=")).toEqual({ kind: "malformed" });
  });

  it("counts a key as refused when it is malformed or no longer kept", () => {
    expect(linkKeyRefused("", null)).toBe(false);
    expect(linkKeyRefused("#fk=short", null)).toBe(true);
    const link = linkKey(`#fk=${KEY}`);
    if (link.kind !== "key") return expect(link.kind).toBe("key");
    expect(linkKeyRefused(`#fk=${link.key}`, link.key)).toBe(false);
    expect(linkKeyRefused(`#fk=${link.key}`, null)).toBe(true);
  });
});
