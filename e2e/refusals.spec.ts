// Every refusal says why, and no link ends in a dead end: blank names, a timer too short,
// a record of a room that does not exist, the facilitator link in a new browser, a wrong
// facilitator key, the skip link only where there is a board.
import { expect, test } from "@playwright/test";
import {
  chooseTimer,
  closeAll,
  column,
  expectLive,
  joinRoom,
  openRoom,
  openSettings,
} from "./support/room.ts";

test("a title or name of only spaces is refused with a reason, on the start and join pages", async ({
  browser,
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Room title").fill("   ");
  await page.getByLabel("Your name").fill("Fran");
  await page.getByRole("button", { name: "Create room" }).click();
  await expect(page.getByText("Give the room a title: spaces alone are not one.")).toBeVisible();
  await expect(page.getByLabel("Room title")).toBeFocused();
  await expect(page.getByLabel("Room title")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/$/);

  const { facilitator: fran, roomUrl } = await openRoom(browser, { title: "Spaces", name: "Fran" });
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(roomUrl);
  await guest.getByLabel("Your name").fill("    ");
  await guest.getByRole("button", { name: "Join the room" }).click();
  await expect(guest.getByText("Type your name: spaces alone are not a name.")).toBeVisible();
  await expect(guest.getByLabel("Your name")).toBeFocused();
  // No skip link on a page without a board.
  await expect(guest.locator(".skip-link")).toHaveCount(0);
  await context.close();
  await closeAll(fran);
});

test("a custom timer under 5 seconds says why it cannot start", async ({ browser }) => {
  const { facilitator: fran } = await openRoom(browser, { title: "Timer", name: "Fran" });
  await fran.page.getByRole("button", { name: "Open voting on API style" }).click();
  const dialog = await openSettings(fran.page, "API style");
  await chooseTimer(dialog, { seconds: 3 });
  const save = dialog.getByRole("button", { name: "Save", exact: true });
  await expect(save).toBeDisabled();
  await expect(dialog.getByTestId("timer-problem")).toHaveText("A timer needs at least 5 seconds.");
  await expect(save).toHaveAccessibleDescription("A timer needs at least 5 seconds.");
  await expect(dialog.getByLabel("Length in seconds")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Length in seconds").fill("30");
  await expect(save).toBeEnabled();
  await expect(dialog.getByTestId("timer-problem")).toHaveCount(0);
  await save.click();
  await expect(dialog).toBeHidden();
  await expect(fran.page.getByTestId("timer")).toBeVisible();
  // The board has a skip link, and it leads to the board.
  await expect(fran.page.locator(".skip-link")).toHaveAttribute("href", "#board");
  await closeAll(fran);
});

test("the record of a room that does not exist says so, with no export toolbar", async ({
  page,
}) => {
  // A well-formed id (22 base64url characters) that no room has.
  const missing = "NoSuchRoomHere00000000";
  await page.goto(`/r/${missing}/record`);
  await expect(page.getByRole("heading", { name: "Room not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open a new room" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("button", { name: /Markdown|JSON|Print/ })).toHaveCount(0);
  await expect(page.locator(".skip-link")).toHaveCount(0);
  await page.goto(`/r/${missing}/summary`);
  await expect(page.getByRole("heading", { name: "Room not found" })).toBeVisible();
});

test("the facilitator link in a new browser asks only a name and makes it facilitator", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Handover",
    name: "Fran",
  });
  const facilitatorUrl = await fran.page.evaluate(() => window.location.href);
  expect(facilitatorUrl).toContain("#fk=");

  const context = await browser.newContext();
  const laptop = await context.newPage();
  await laptop.goto(facilitatorUrl);
  await expect(laptop.getByText("Your facilitator link")).toBeVisible();
  await expect(laptop.getByRole("radio")).toHaveCount(0);
  await laptop.getByLabel("Your name").fill("Fran on the laptop");
  await laptop.getByRole("button", { name: "Open the board as facilitator" }).click();
  await expectLive(laptop);
  await expect(laptop.getByRole("button", { name: "Open voting on API style" })).toBeVisible();
  await context.close();

  // A key the room does not know: joined as a voter, and told so where it stays visible.
  const wrong = await browser.newContext();
  const stranger = await wrong.newPage();
  await stranger.goto(`${roomUrl}#fk=${"A".repeat(43)}`);
  await stranger.getByLabel("Your name").fill("Mallory");
  await stranger.getByRole("button", { name: "Open the board as facilitator" }).click();
  await expectLive(stranger);
  const notice = stranger.getByTestId("invalid-link");
  await expect(notice).toContainText("This facilitator link is not valid for this room");
  await expect(stranger.getByRole("button", { name: "Open voting on API style" })).toHaveCount(0);
  await notice.getByRole("button", { name: "Got it" }).click();
  await expect(notice).toHaveCount(0);
  expect(await stranger.evaluate(() => window.location.hash)).toBe("");
  await wrong.close();

  // A key cut short when pasted is named before joining.
  const cut = await browser.newContext();
  const paster = await cut.newPage();
  await paster.goto(`${roomUrl}#fk=abc`);
  await expect(paster.getByTestId("invalid-link")).toContainText(
    "This facilitator link is incomplete",
  );
  await cut.close();
  await closeAll(fran);
});

test("the catalog offers what the decision is about", async ({ browser }) => {
  const { facilitator: fran } = await openRoom(browser, { title: "Catalog", name: "Fran" });
  const api = column(fran.page, "API style");
  await api.getByRole("button", { name: "Add an option to API style" }).click();
  await api.getByPlaceholder("Search the catalog or type a name").fill("js");
  const results = api.getByRole("list", { name: "Catalog matches" });
  // Only the custom option: nothing from the catalog is an API style named "js".
  await expect(results.getByRole("button")).toHaveCount(1);
  await expect(results.getByRole("button")).toHaveText("Add “js” as a custom option");
  await expect(results).not.toContainText("PostgreSQL");
  await api.getByPlaceholder("Search the catalog or type a name").fill("rpc");
  await expect(results).toContainText("tRPC");
  await closeAll(fran);
});

test("a voter sees the catalog in German, with its source and date", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, { title: "Fakten", name: "Fran" });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await ava.page
    .getByLabel(/Language|Sprache/)
    .first()
    .selectOption("de");
  await column(ava.page, "API style").getByRole("button", { name: "Über REST" }).click();
  const card = ava.page.getByTestId("fact-card");
  await expect(card).toContainText("Ressourcenorientierte APIs");
  await expect(card.getByTestId("fact-source")).toContainText("Quelle");
  await expect(card.getByTestId("fact-source")).toContainText("Stand 25.11.2026");
  await closeAll(fran, ava);
});
