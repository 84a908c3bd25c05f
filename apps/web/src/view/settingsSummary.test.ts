// The column's one-line account of the settings in force, in both languages.
import { type Decision, newDecision } from "@stackboard/core";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { settingsSummary, summaryParts } from "./settingsSummary.ts";

const blank = newDecision("d1", "Database", "");
const sealedDots: Decision = {
  ...blank,
  mode: "dots",
  dotsPerVoter: 5,
  sealed: true,
  rules: { quorum: 0.6, threshold: 0, maxDotsPerOption: null },
};

async function translator(language: "en" | "de") {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: en }, de: { translation: de } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe("the settings summary", () => {
  it("reads 'Sealed · 5 dots · quorum 60%'", async () => {
    expect(settingsSummary(await translator("en"), sealedDots)).toBe(
      "Sealed · 5 dots · quorum 60%",
    );
  });

  it("is German in German", async () => {
    expect(settingsSummary(await translator("de"), sealedDots)).toBe(
      "Verdeckt · 5 Punkte · Quorum 60 %",
    );
  });

  it("names the mode and leaves defaults out", async () => {
    expect(settingsSummary(await translator("en"), blank)).toBe("Pick one");
  });

  it("mentions a threshold, a dots cap and anonymity when set", async () => {
    const strict: Decision = {
      ...sealedDots,
      sealed: false,
      dotsPerVoter: 1,
      anonymity: "full",
      rules: { quorum: 0, threshold: 0.5, maxDotsPerOption: 2 },
    };
    expect(summaryParts(strict).map((part) => part.kind)).toEqual([
      "dots",
      "threshold",
      "cap",
      "anonymity",
    ]);
    expect(settingsSummary(await translator("en"), strict)).toBe(
      "1 dot · threshold 50% · at most 2 dots per option · Fully anonymous",
    );
  });

  it("leaves out a dots cap outside dots mode", () => {
    const ranked: Decision = {
      ...blank,
      mode: "ranked",
      rules: { ...blank.rules, maxDotsPerOption: 3 },
    };
    expect(summaryParts(ranked)).toEqual([{ kind: "mode", mode: "ranked" }]);
  });

  it("says a sealed decision reveals by itself, in both languages", async () => {
    const auto: Decision = { ...sealedDots, autoReveal: true };
    expect(settingsSummary(await translator("en"), auto)).toBe(
      "Sealed · auto-reveal · 5 dots · quorum 60%",
    );
    expect(settingsSummary(await translator("de"), auto)).toBe(
      "Verdeckt · automatisch aufdecken · 5 Punkte · Quorum 60 %",
    );
    // Without sealed ballots there is nothing to reveal.
    expect(summaryParts({ ...auto, sealed: false }).map((part) => part.kind)).not.toContain(
      "autoReveal",
    );
  });
  it("mentions a planned timer and a deadline, in both languages", async () => {
    const closesAt = Date.UTC(2026, 11, 24, 15, 30);
    const withDeadline: Decision = { ...sealedDots, closesAt };
    const plan = { durationMs: 180_000, autoLock: true };
    const en = settingsSummary(await translator("en"), withDeadline, {
      timer: null,
      plan,
      language: "en",
    });
    expect(en).toMatch(
      /^Sealed · 5 dots · quorum 60% · 3 min timer when voting opens, locks at zero · closes Dec 24, 2026/,
    );
    const de = settingsSummary(await translator("de"), withDeadline, {
      timer: null,
      plan: { durationMs: 90_000, autoLock: false },
      language: "de",
    });
    expect(de).toMatch(
      /^Verdeckt · 5 Punkte · Quorum 60 % · Timer 90 s ab Öffnung · endet 24\.12\.2026/,
    );
  });

  it("says a timer runs for this decision, and leaves out one running for another", () => {
    const open: Decision = { ...blank, status: "voting" };
    const timer = {
      id: 7,
      decisionId: "d1",
      startedAt: 0,
      endsAt: 60_000,
      pausedRemainingMs: null,
      autoLock: false,
      expired: false,
    };
    expect(summaryParts(open, { timer, plan: null, language: "en" })).toContainEqual({
      kind: "timer",
      when: "running",
      durationMs: 60_000,
      autoLock: false,
    });
    const elsewhere = { ...timer, decisionId: "d2" };
    expect(
      summaryParts(open, { timer: elsewhere, plan: null, language: "en" }).map((part) => part.kind),
    ).toEqual(["mode"]);
  });

  it("drops the deadline once the decision closed at it", () => {
    const closed: Decision = { ...blank, status: "locked", closesAt: 5, closedAt: 5 };
    expect(summaryParts(closed).map((part) => part.kind)).toEqual(["mode"]);
  });
});
