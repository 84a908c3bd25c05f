import { describe, expect, it } from "vitest";
import { chooseEncoding } from "./content-encoding.ts";

const both = ["br", "gzip"] as const;

describe("chooseEncoding", () => {
  it("gives a browser brotli although it lists gzip first", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd", both)).toBe("br");
  });

  it("gives gzip to a client without brotli, and nothing to one that asks for neither", () => {
    expect(chooseEncoding("gzip, deflate", both)).toBe("gzip");
    expect(chooseEncoding("deflate", both)).toBeNull();
    expect(chooseEncoding(undefined, both)).toBeNull();
    expect(chooseEncoding("", both)).toBeNull();
  });

  it("follows the client's weights, and never sends what it refuses with q=0", () => {
    expect(chooseEncoding("br;q=0.5, gzip;q=0.8", both)).toBe("gzip");
    expect(chooseEncoding("br;q=0, *", both)).toBe("gzip");
    expect(chooseEncoding("*;q=0", both)).toBeNull();
    expect(chooseEncoding("*", both)).toBe("br");
    expect(chooseEncoding("BR;Q=1", both)).toBe("br");
  });

  it("reads a malformed weight as a refusal", () => {
    expect(chooseEncoding("br;q=2, gzip", both)).toBe("gzip");
    expect(chooseEncoding("br;q=abc", both)).toBeNull();
  });

  it("offers only the copies that exist", () => {
    expect(chooseEncoding("br, gzip", ["gzip"])).toBe("gzip");
    expect(chooseEncoding("br", ["gzip"])).toBeNull();
    expect(chooseEncoding("br, gzip", [])).toBeNull();
  });
});
