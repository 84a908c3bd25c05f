import { ERROR_CODES } from "@stackboard/contracts";
import { describe, expect, it } from "vitest";
import { en } from "./en.ts";

describe("error sentences", () => {
  it("exist for every wire error code", () => {
    const missing = Object.values(ERROR_CODES).filter((code) => !Object.hasOwn(en.errors, code));
    expect(missing).toEqual([]);
  });
});
