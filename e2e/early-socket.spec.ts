// A returning voter's page dials the server while its code is still downloading (index.html's
// inline script), and the app carries on over that very socket: one connection, a live
// board, commands that reach the room. A first-time visitor's page dials only once they join.
import { expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  expectLive,
  joinRoom,
  openRoom,
  openVoting,
  optionCard,
  tallyRow,
} from "./support/room.ts";

/** The WebSockets the page opens, in order. */
function socketsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on("websocket", (socket) => urls.push(socket.url()));
  return urls;
}

test("a returning voter's reload dials once, before the app's code arrives, and stays live", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Early socket",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, "API style");

  const sockets = socketsOf(ava.page);
  // Hold the app's scripts until the page has dialled a socket (or 5 s passed): only
  // index.html's own script can dial before the app's code is there.
  const scriptsHeldFor: boolean[] = [];
  await ava.page.route("**/assets/*.js", async (route) => {
    const deadline = Date.now() + 5000;
    while (sockets.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    scriptsHeldFor.push(sockets.length > 0);
    await route.continue();
  });
  await ava.page.reload();
  await expectLive(ava.page);
  expect(scriptsHeldFor.length).toBeGreaterThan(0);
  expect(scriptsHeldFor.every((socketFirst) => socketFirst)).toBe(true);
  expect(sockets).toHaveLength(1);
  expect(sockets[0]).toMatch(/\/socket\.io\/\?EIO=4&transport=websocket$/);
  await expect(ava.page.getByRole("img", { name: /^Ava \(you\), Voter/ })).toBeVisible();

  // The adopted socket carries commands: Ava's pick reaches Fran.
  await optionCard(ava.page, "API style", "REST")
    .getByRole("button", { name: "Pick REST" })
    .click();
  await expect(tallyRow(fran.page, "API style", "REST")).toHaveAttribute("data-value", "1");
  expect(sockets).toHaveLength(1);
  await closeAll(fran, ava);
});

test("a first-time visitor's page dials only when they join", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Early socket, new face",
    name: "Fran",
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const sockets = socketsOf(page);
  await page.goto(roomUrl);
  await expect(page.getByRole("button", { name: "Join the room" })).toBeVisible();
  expect(sockets).toEqual([]);

  await page.getByLabel("Your name").fill("Bo");
  await page.getByRole("radio", { name: /^Voter/ }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expectLive(page);
  expect(sockets).toHaveLength(1);
  await closeAll(fran, { context, page, name: "Bo" });
});
