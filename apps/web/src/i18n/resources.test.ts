import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { flatten, placeholders } from "./flatten.ts";

const english = flatten(en);
const german = flatten(de);

describe("German resources", () => {
  it("has every key of English and nothing else", () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty strings", () => {
    const empty = [...german].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses the same interpolation placeholders as English", () => {
    const mismatched = [...english]
      .filter(([key, text]) => {
        const other = german.get(key) ?? "";
        return placeholders(other).join() !== placeholders(text).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe("placeholders", () => {
  it("ignores format hints and repeats", () => {
    expect(placeholders("{{b}} and {{a, number(minimumFractionDigits: 2)}} {{b}}")).toEqual([
      "a",
      "b",
    ]);
  });
});

describe("German number formatting", () => {
  it("renders preformatted decimals with a decimal comma", async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: "de",
      resources: { de: { translation: de }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    expect(instance.t("results.scoreValue", { value: "3.50" })).toBe("3,50 / 5");
    expect(instance.t("score.weight", { weight: "0.25" })).toBe("Gewicht 0,25");
  });
});
