import { describe, expect, it } from "vitest";
import { pickLanguage, supportedLanguage } from "./language.ts";

describe("pickLanguage", () => {
  it("prefers the remembered choice", () => {
    expect(pickLanguage("de", ["en-US"])).toBe("de");
    expect(pickLanguage("en", ["de-DE"])).toBe("en");
  });

  it("ignores a remembered value it does not support", () => {
    expect(pickLanguage("xx", ["de-CH"])).toBe("de");
  });

  it("takes the first supported browser language", () => {
    expect(pickLanguage(null, ["fr-FR", "de-AT", "en"])).toBe("de");
  });

  it("falls back to English", () => {
    expect(pickLanguage(null, ["fr", "ja"])).toBe("en");
    expect(pickLanguage(null, [])).toBe("en");
  });
});

describe("supportedLanguage", () => {
  it("reads the primary subtag", () => {
    expect(supportedLanguage("DE-at")).toBe("de");
    expect(supportedLanguage("pt-BR")).toBeNull();
  });
});

describe("formatDecimal", () => {
  it("follows the language's decimal separator", async () => {
    const { formatDecimal } = await import("./format.ts");
    expect(formatDecimal("en", 0.5, 2)).toBe("0.50");
    expect(formatDecimal("de", 0.5, 2)).toBe("0,50");
  });
});
