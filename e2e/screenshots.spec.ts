// Screenshots of the start page, the board mid-vote and the decision record, saved to
// artifacts/screenshots/ for design review.
import { expect, test } from "@playwright/test";
import { setScore } from "./support/ballots.ts";
import {
  closeAll,
  column,
  decide,
  editSettings,
  joinRoom,
  lockVoting,
  openRoom,
  openVoting,
  optionCard,
  screenshot,
  startTimer,
  tallyRow,
} from "./support/room.ts";

test("start page, board mid-vote and decision record", async ({ browser, page }) => {
  // Four browsers and three decisions voted through: slow on a loaded machine.
  test.setTimeout(300_000);
  await page.goto("/");
  await page.getByLabel("Room title").fill("Checkout platform");
  await page.getByLabel("Your name").fill("Fran");
  await screenshot(page, "start");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "start-mobile");

  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Checkout platform",
    name: "Fran Müller",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava Chen");
  const ben = await joinRoom(browser, roomUrl, "Ben Okafor");
  const olu = await joinRoom(browser, roomUrl, "Olu", "Observer");

  await openVoting(fran.page, "API style");
  for (const [person, option] of [
    [ava, "REST"],
    [ben, "GraphQL"],
    [fran, "REST"],
  ] as const) {
    await optionCard(person.page, "API style", option)
      .getByRole("button", { name: `Pick ${option}` })
      .click();
  }
  await expect(tallyRow(fran.page, "API style", "REST")).toHaveAttribute("data-value", "2");
  const rest = optionCard(ava.page, "API style", "REST");
  await rest.getByRole("button", { name: "0 notes on REST" }).click();
  await rest.getByLabel("Your note on REST").fill("Everyone on the team already knows it");
  await rest.getByRole("button", { name: "Add", exact: true }).click();
  await rest.getByRole("radio", { name: "Risk" }).check();
  await rest.getByLabel("Your note on REST").fill("Versioning conventions differ between teams");
  await rest.getByRole("button", { name: "Add", exact: true }).click();

  await openVoting(fran.page, "Language and runtime");
  const add = (person: typeof ava, option: string) =>
    optionCard(person.page, "Language and runtime", option).getByRole("button", {
      name: `Add a dot to ${option}`,
    });
  for (let index = 0; index < 3; index += 1) await add(ava, "Node.js").click();
  await add(ava, "Go").click();
  for (let index = 0; index < 2; index += 1) await add(ben, "Go").click();
  await add(ben, "Python").click();
  await add(fran, "Node.js").click();
  await expect(tallyRow(fran.page, "Language and runtime", "Node.js")).toHaveAttribute(
    "data-value",
    "4",
  );

  await editSettings(fran.page, "Database", (dialog) =>
    dialog.getByLabel("Sealed ballots until reveal").check(),
  );
  await openVoting(fran.page, "Database");
  for (const [criterion, score] of [
    ["Team familiarity", 5],
    ["Performance", 4],
    ["Ecosystem", 5],
  ] as const) {
    await setScore(fran.page, "Database", "PostgreSQL", criterion, score);
    await setScore(ava.page, "Database", "MongoDB", criterion, 3);
  }
  await setScore(fran.page, "Database", "MongoDB", "Performance", 2);
  await expect(column(fran.page, "Database").getByTestId("voted-avatar")).toHaveCount(2);
  await startTimer(fran.page, "API style", { minutes: 5 });
  await expect(fran.page.getByTestId("timer")).toBeVisible();
  await optionCard(fran.page, "API style", "REST")
    .getByRole("button", { name: "2 notes on REST" })
    .click();
  await screenshot(fran.page, "board");

  await ava.page.setViewportSize({ width: 375, height: 812 });
  await screenshot(ava.page, "board-mobile");
  await screenshot(olu.page, "board-observer");

  await lockVoting(fran.page, "API style");
  await decide(fran.page, "API style", "REST", "Simple, cacheable, and the whole team knows it.");
  await lockVoting(fran.page, "Language and runtime");
  await decide(
    fran.page,
    "Language and runtime",
    "Node.js",
    "Shares a language with the front end.",
  );
  await lockVoting(fran.page, "Database");
  await fran.page.getByRole("button", { name: "Reveal the ballots of Database" }).click();
  await expect(column(fran.page, "Database").getByTestId("sensitivity")).toBeVisible();
  await column(fran.page, "Database").screenshot({
    path: "artifacts/screenshots/score-revealed.png",
  });
  // The two pictures the README shows (docs/images/, copied by hand and shrunk): the board
  // at 1440 px with settled and revealed results, and a voter's phone at 390 px.
  await column(fran.page, "Database").scrollIntoViewIfNeeded();
  await screenshot(fran.page, "readme-board-1440");
  // A chosen option's name stays on one line beside its "Picked" button and "Chosen" badge.
  const restName = await optionCard(fran.page, "API style", "REST")
    .locator(".option-label")
    .boundingBox();
  expect(restName?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(30);
  await ava.page.setViewportSize({ width: 390, height: 844 });
  // A phone shows one decision at a time: the switcher brings Database up.
  await ava.page
    .getByRole("navigation", { name: "Decisions" })
    .getByRole("combobox", { name: "Decision shown" })
    .selectOption({ label: "Database" });
  await column(ava.page, "Database").scrollIntoViewIfNeeded();
  await screenshot(ava.page, "readme-phone-390");

  await fran.page.getByRole("link", { name: "Record" }).click();
  await expect(fran.page.getByTestId("record")).toContainText("Chosen: REST");
  await screenshot(fran.page, "record");
  await fran.page.emulateMedia({ media: "print" });
  await fran.page.screenshot({ path: "artifacts/screenshots/record-print.png", fullPage: true });

  await closeAll(fran, ava, ben, olu);
});
