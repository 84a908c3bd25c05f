// axe-core on the start page, the join page and a live board: no serious or critical
// violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  joinRoom,
  openRoom,
  openVoting,
  optionCard,
  startTimer,
} from "./support/room.ts";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
}

test("the start page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the join page and the board have no serious accessibility violations", async ({
  browser,
}) => {
  // Five axe runs: one takes 11-14 s on a loaded 2-core machine, more than 90 s in all.
  test.setTimeout(240_000);
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Accessible room",
    name: "Fran",
  });
  const context = await browser.newContext();
  const joinPage = await context.newPage();
  await joinPage.goto(roomUrl);
  await expect(joinPage.getByRole("button", { name: "Join the room" })).toBeVisible();
  expect(await seriousViolations(joinPage)).toEqual([]);
  await context.close();

  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, "API style");
  await openVoting(fran.page, "Language and runtime");
  await openVoting(fran.page, "Database");
  await optionCard(ava.page, "API style", "REST")
    .getByRole("button", { name: "Pick REST" })
    .click();
  await optionCard(fran.page, "API style", "REST")
    .getByRole("button", { name: "0 notes on REST" })
    .click();
  await startTimer(fran.page, "API style", { minutes: 3 });
  await expect(fran.page.getByTestId("timer")).toBeVisible();

  expect(await seriousViolations(fran.page)).toEqual([]);
  expect(await seriousViolations(ava.page)).toEqual([]);

  await fran.page.getByRole("button", { name: "Share" }).click();
  await expect(fran.page.getByRole("dialog", { name: "Invite your team" })).toBeVisible();
  expect(await seriousViolations(fran.page)).toEqual([]);
  await fran.page.keyboard.press("Escape");

  await fran.page.getByRole("link", { name: "Record" }).click();
  await expect(fran.page.getByTestId("record")).toBeVisible();
  expect(await seriousViolations(fran.page)).toEqual([]);

  await closeAll(fran, ava);
});
