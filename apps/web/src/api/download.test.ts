import { describe, expect, it } from "vitest";
import { fileNameFrom } from "./download.ts";

describe("fileNameFrom", () => {
  it("reads the name express's res.attachment() sends", () => {
    expect(fileNameFrom('attachment; filename="private-platform-decision-record.md"', "x")).toBe(
      "private-platform-decision-record.md",
    );
    expect(fileNameFrom("attachment; filename=0001-database.md", "x")).toBe("0001-database.md");
  });

  it("prefers the RFC 5987 name and decodes it", () => {
    expect(
      fileNameFrom("attachment; filename=\"caf?.md\"; filename*=UTF-8''caf%C3%A9.md", "x"),
    ).toBe("café.md");
  });

  it("keeps no path and falls back when there is no usable name", () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', "x")).toBe("passwd");
    expect(fileNameFrom(null, "export.md")).toBe("export.md");
    expect(fileNameFrom("attachment", "export.md")).toBe("export.md");
    expect(fileNameFrom('attachment; filename=""', "export.md")).toBe("export.md");
  });
});
