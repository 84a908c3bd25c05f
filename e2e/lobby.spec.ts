// A room with a lobby and a passphrase: a guest is asked for the passphrase, waits until a
// facilitator admits them, and then works on the board and downloads its record, which
// someone with only the link cannot; a turned-away guest is told so and may knock again;
// a guest who cancels leaves the facilitator's lobby. The passphrase never lands in the
// guest's storage.
import { readFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./support/axe.ts";
import { openPeople, personRow, shot } from "./support/people.ts";
import { closeAll, column, expectLive, openRoom, type Person } from "./support/room.ts";

const PASSPHRASE = "blue harbour 42";

/** A new browser opens the room link and asks to join; it stops at the room's door. */
async function knock(browser: Browser, roomUrl: string, name: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(roomUrl);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: /^Voter/ }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  return { context, page, name };
}

async function enterPassphrase(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole("heading", { name: "This room has a passphrase" })).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Enter the room" }).click();
}

const waiting = (page: Page) => page.getByTestId("lobby-waiting");

test("a guest gives the passphrase, waits in the lobby and is let in", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Private platform",
    name: "Fran",
  });

  // Fran closes the room: a lobby, and a passphrase for newcomers.
  const panel = await openPeople(fran.page);
  const access = panel.getByRole("region", { name: "Room access" });
  await expect(access.getByTestId("access-flags")).toHaveText(/No lobby.*No passphrase/);
  await access.getByRole("checkbox", { name: /^Lobby/ }).check();
  await expect(access.getByTestId("access-flags")).toContainText("Lobby on");
  await access.getByLabel("Passphrase for newcomers").fill(PASSPHRASE);
  await access.getByRole("button", { name: "Set passphrase" }).click();
  await expect(access.getByText("Passphrase saved.")).toBeVisible();
  await expect(access.getByTestId("access-flags")).toContainText("Passphrase set");
  await expect(access.getByLabel("Passphrase for newcomers")).toHaveValue("");

  // Gus is asked for the passphrase; a wrong one is refused, the right one lets him knock.
  const gus = await knock(browser, roomUrl, "Gus");
  await enterPassphrase(gus.page, "not it");
  await expect(gus.page.getByText("That passphrase is not right. Try again.")).toBeVisible();
  expect(await seriousViolations(gus.page)).toEqual([]);
  await enterPassphrase(gus.page, PASSPHRASE);
  await expect(waiting(gus.page)).toContainText("Waiting for a facilitator to let you in…");
  await expect(gus.page.getByText("Private platform")).toBeVisible();
  await shot(gus.page, "lobby-waiting");
  expect(await seriousViolations(gus.page)).toEqual([]);
  // Waiting is not being in: no board yet.
  await expect(gus.page.getByTestId("board")).toHaveCount(0);

  // Fran sees him waiting, with a count on the header button, and admits him.
  const lobby = fran.page.getByRole("region", { name: "1 person is waiting to join" });
  await expect(lobby.getByTestId("lobby-entry")).toHaveAttribute("data-name", "Gus");
  await expect(fran.page.getByTestId("lobby-badge")).toHaveText(/^1/);
  await shot(fran.page, "lobby-facilitator");
  expect(await seriousViolations(fran.page)).toEqual([]);
  await lobby.getByRole("button", { name: "Admit Gus" }).click();
  await expect(lobby).toBeHidden();

  await expectLive(gus.page);
  await expect(column(gus.page, "API style")).toBeVisible();
  await expect(personRow(fran.page, "Gus")).toHaveAttribute("data-status", "online");
  await openPeople(gus.page);
  await expect(personRow(gus.page, "Fran")).toHaveAttribute("data-role", "facilitator");

  // The passphrase lived only in memory.
  const stored = await gus.page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(PASSPHRASE);
  // A reload keeps Gus in: he is a participant now, no passphrase or lobby again.
  await gus.page.reload();
  await expectLive(gus.page);

  // Being in, Gus downloads the record: his browser's pass goes with the request.
  await gus.page.getByText("Export", { exact: true }).click();
  const downloading = gus.page.waitForEvent("download");
  await gus.page.getByRole("button", { name: /^Markdown/ }).click();
  const record = await readFile(await (await downloading).path(), "utf8");
  expect(record).toContain("# Private platform");

  // Someone with only the link gets nothing of the board over REST: no export, and the
  // room read shows just the door; the summary page sends them to the room.
  const roomId = new URL(roomUrl).pathname.split("/")[2] ?? "";
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`/api/rooms/${roomId}/export.md`)).status()).toBe(401);
  expect(await (await stranger.request.get(`/api/rooms/${roomId}`)).json()).toEqual({
    roomId,
    gated: true,
    title: "Private platform",
  });
  const summary = await stranger.newPage();
  await summary.goto(`${roomUrl}/summary`);
  await expect(summary.getByTestId("private-room")).toContainText("This room is private");
  await expect(summary.getByText("Private platform")).toBeVisible();
  await stranger.close();

  await closeAll(fran, gus);
});

test("a turned-away guest is told so and may knock again", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Lobby only",
    name: "Fran",
  });
  const panel = await openPeople(fran.page);
  await panel.getByRole("checkbox", { name: /^Lobby/ }).check();
  await expect(panel.getByTestId("access-flags")).toContainText("Lobby on");

  const dora = await knock(browser, roomUrl, "Dora");
  await expect(waiting(dora.page)).toBeVisible();
  // A reload while waiting knocks again with the same pass: still one entry, still waiting.
  await dora.page.reload();
  await expect(waiting(dora.page)).toBeVisible();
  const entries = fran.page.getByTestId("lobby-entry");
  await expect(entries).toHaveCount(1);

  await fran.page.getByRole("button", { name: "Deny Dora" }).click();
  const denied = dora.page.getByTestId("lobby-denied");
  await expect(denied).toContainText("A facilitator did not let you in");
  expect(await seriousViolations(dora.page)).toEqual([]);
  await expect(entries).toHaveCount(0);

  await dora.page.getByRole("button", { name: "Knock again" }).click();
  await expect(waiting(dora.page)).toBeVisible();
  await fran.page.getByRole("button", { name: "Admit Dora" }).click();
  await expectLive(dora.page);
  await expect(personRow(fran.page, "Dora")).toBeVisible();

  await closeAll(fran, dora);
});

test("a guest who cancels the wait leaves the lobby", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Lobby leavers",
    name: "Fran",
  });
  const panel = await openPeople(fran.page);
  await panel.getByRole("checkbox", { name: /^Lobby/ }).check();
  await expect(panel.getByTestId("access-flags")).toContainText("Lobby on");

  const hal = await knock(browser, roomUrl, "Hal");
  await expect(waiting(hal.page)).toBeVisible();
  const entries = fran.page.getByTestId("lobby-entry");
  await expect(entries).toHaveAttribute("data-name", "Hal");

  // Hal gives up: back at the join form, and gone from Fran's lobby once the grace is over.
  await hal.page.getByRole("button", { name: "Cancel" }).click();
  await expect(hal.page.getByRole("button", { name: "Join the room" })).toBeVisible();
  await expect(entries).toHaveCount(0);
  await expect(fran.page.getByTestId("lobby-panel")).toBeHidden();

  // Changing his mind, he knocks again and Fran sees him waiting again.
  await hal.page.getByRole("button", { name: "Join the room" }).click();
  await expect(waiting(hal.page)).toBeVisible();
  await expect(entries).toHaveAttribute("data-name", "Hal");

  await closeAll(fran, hal);
});
