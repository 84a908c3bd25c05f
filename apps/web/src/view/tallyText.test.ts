import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { formatDecimal, formatNumber } from "../i18n/format.ts";
import { tallyValueText } from "./tallyText.ts";

async function inLanguage(lng: "en" | "de") {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { de: { translation: de }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  const num = {
    fixed: (value: number, digits: number) => formatDecimal(lng, value, digits),
    upTo: (value: number, digits: number) => formatNumber(lng, value, digits),
  };
  return { t: instance.t, num };
}

describe("a score on an option's card and in the results", () => {
  it("reads as the weighted score on the 1-5 scale", async () => {
    const { t, num } = await inLanguage("en");
    expect(tallyValueText(t, num, "score", 4.7368)).toBe("4.74 / 5");
  });

  // The scale starts at 1: "0.00 / 5" would report a score nobody gave.
  it("says an option nobody scored is not scored, in both languages", async () => {
    const english = await inLanguage("en");
    expect(tallyValueText(english.t, english.num, "score", 0)).toBe("not scored");
    const german = await inLanguage("de");
    expect(tallyValueText(german.t, german.num, "score", 0)).toBe("nicht bewertet");
  });

  it("still counts zero votes as zero in the other modes", async () => {
    const { t, num } = await inLanguage("en");
    expect(tallyValueText(t, num, "pick", 0)).toBe("0 votes");
  });
});
