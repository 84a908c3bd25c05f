// axe on every page a meeting passes through, in English and in German: no violation of
// any impact (landmarks, heading order and contrast included, not only serious ones).
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  column,
  editSettings,
  expectLive,
  openRoom,
  openVoting,
  optionCard,
  startTimer,
} from "./support/room.ts";

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 4),
  }));
}

/** A new browser in `language`: the switcher's choice is kept in localStorage. */
async function browserIn(browser: Browser, language: "en" | "de") {
  const context = await browser.newContext();
  await context.addInitScript((lang) => {
    localStorage.setItem("stackboard:language", lang);
  }, language);
  return context;
}

for (const language of ["en", "de"] as const) {
  test(`axe finds nothing on any page (${language})`, async ({ browser }) => {
    // Eight axe runs: one takes 11-14 s on a loaded 2-core machine.
    test.setTimeout(300_000);
    const startContext = await browserIn(browser, language);
    const start = await startContext.newPage();
    await start.goto("/");
    await expect(start.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(start), "start").toEqual([]);
    await startContext.close();

    const { facilitator: fran, roomUrl } = await openRoom(browser, {
      title: "Accessible room",
      name: "Fran",
    });
    const roomId = new URL(roomUrl).pathname.split("/")[2] ?? "";

    const avaContext = await browserIn(browser, language);
    const ava = await avaContext.newPage();
    await ava.goto(roomUrl);
    await expect(ava.locator("form.join-form")).toBeVisible();
    expect(await violations(ava), "join").toEqual([]);
    await ava.locator("input[autocomplete=nickname]").fill("Ava");
    await ava.locator("form.join-form button[type=submit]").click();
    await expectLive(ava);

    const oluContext = await browserIn(browser, language);
    const olu = await oluContext.newPage();
    await olu.goto(roomUrl);
    await olu.locator("input[autocomplete=nickname]").fill("Olu");
    await olu.locator("input[type=radio][value=observer]").check();
    await olu.locator("form.join-form button[type=submit]").click();
    await expectLive(olu);

    // A voting board with a ranked decision, a timer and someone offline.
    await openVoting(fran.page, "API style");
    await optionCard(fran.page, "API style", "REST")
      .getByRole("button", { name: "Pick REST" })
      .click();
    await editSettings(fran.page, "Language and runtime", (dialog) =>
      dialog
        .getByLabel("Mode")
        .selectOption("ranked")
        .then(() => undefined),
    );
    await openVoting(fran.page, "Language and runtime");
    await startTimer(fran.page, "API style", { minutes: 10 });
    await expect(fran.page.getByTestId("timer")).toBeVisible();
    if (language === "en") {
      const ranked = column(ava, "Language and runtime");
      await ranked
        .getByRole("button", { name: /Rank Go|Add Go/ })
        .first()
        .click();
    }
    const gone = await browser.newContext();
    const ben = await gone.newPage();
    await ben.goto(roomUrl);
    await ben.getByLabel("Your name").fill("Ben");
    await ben.getByRole("button", { name: "Join the room" }).click();
    await expectLive(ben);
    await gone.close();

    await fran.page.evaluate((lang) => localStorage.setItem("stackboard:language", lang), language);
    await fran.page.reload();
    await expectLive(fran.page);
    for (const [who, page] of [
      ["facilitator", fran.page],
      ["voter", ava],
      ["observer", olu],
    ] as const) {
      await expect(page.getByTestId("timer")).toBeVisible();
      expect(await violations(page), `board (${who})`).toEqual([]);
    }

    for (const [name, path] of [
      ["record", `/r/${roomId}/record`],
      ["summary", `/r/${roomId}/summary`],
      ["replay", `/r/${roomId}/replay`],
    ] as const) {
      await ava.goto(path);
      await expect(ava.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await ava.waitForLoadState("networkidle");
      expect(await violations(ava), name).toEqual([]);
    }

    await avaContext.close();
    await oluContext.close();
    await closeAll(fran);
  });
}
