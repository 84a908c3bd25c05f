import { describe, expect, it } from "vitest";
import { combineStatuses, LocalPresence } from "./presence.ts";

describe("presence", () => {
  it("is online if any tab is, away if all are, gone with the last tab", async () => {
    const presence = new LocalPresence();
    await presence.set("r", "ada", "s1", "away");
    await presence.set("r", "ada", "s2", "online");
    expect(await presence.roster("r")).toEqual(new Map([["ada", "online"]]));
    await presence.remove("r", "ada", "s2");
    expect(await presence.roster("r")).toEqual(new Map([["ada", "away"]]));
    await presence.remove("r", "ada", "s1");
    expect(await presence.roster("r")).toEqual(new Map());
    expect(combineStatuses([])).toBe("offline");
  });
});
