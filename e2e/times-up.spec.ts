// "Time's up — voting locked" is news for a moment: it goes away for everyone once the
// facilitator moves on (decides the decision), and a voter can put it away sooner.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  decide,
  joinRoom,
  openRoom,
  openVoting,
  optionCard,
  startTimer,
} from "./support/room.ts";

const API = "API style";

/** Contrast failures inside the timer badge, once its time's-up pulse has finished. */
async function timerContrast(page: Page) {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const results = await new AxeBuilder({ page })
    .include('[data-testid="timer"]')
    .withRules(["color-contrast"])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => node.target.join(" ")),
  );
}

test("Time's up goes away when the facilitator moves on, and a voter can hide it", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Moving on",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, API);
  await optionCard(ava.page, API, "REST").getByRole("button", { name: "Pick REST" }).click();
  await startTimer(fran.page, API, { seconds: 5 }, { autoLock: true });
  for (const page of [fran.page, ava.page]) {
    await expect(page.getByTestId("timer-time")).toHaveText("Time's up — voting locked", {
      timeout: 15_000,
    });
  }
  await decide(fran.page, API, "REST", "Everyone knows it.");
  for (const page of [fran.page, ava.page]) await expect(page.getByTestId("timer")).toHaveCount(0);

  // At zero without auto-lock: the voter hides it; the facilitator still sees it.
  await openVoting(fran.page, "Database");
  await startTimer(fran.page, "Database", { seconds: 5 });
  await expect(ava.page.getByTestId("timer-time")).toHaveText("Time's up", { timeout: 15_000 });
  // The decision's name beside it on the red badge is as legible as the rest of it.
  expect(await timerContrast(ava.page)).toEqual([]);
  await ava.page.getByRole("button", { name: "Hide the time's-up notice" }).click();
  await expect(ava.page.getByTestId("timer")).toHaveCount(0);
  await expect(fran.page.getByTestId("timer-time")).toHaveText("Time's up");
  await closeAll(fran, ava);
});
