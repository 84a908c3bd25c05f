// The settings dialog never loses what the facilitator set: with Dots and sealed ballots
// chosen but not saved, "Open voting" asks to save or discard first; saving opens the
// decision as Dots, sealed, on every screen. At a desktop, a laptop and a phone width.
import { expect, type Page, test } from "@playwright/test";
import {
  chooseTimer,
  closeAll,
  column,
  joinRoom,
  openRoom,
  openSettings,
  screenshot,
} from "./support/room.ts";

const API = "API style";

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

/** The dialog is inside the viewport, nothing in it wider than the screen. */
async function expectInsideViewport(page: Page, width: number): Promise<void> {
  const dialog = page.getByRole("dialog", { name: `Settings for ${API}` });
  const box = await dialog.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(width);
  const overflowing = await dialog.evaluate(
    (element) => element.scrollWidth > element.clientWidth + 1,
  );
  expect(overflowing).toBe(false);
}

for (const size of WIDTHS) {
  test(`at ${size.width} px, unsaved settings are never lost when voting opens`, async ({
    browser,
  }) => {
    const { facilitator: fran, roomUrl } = await openRoom(browser, {
      title: `Settings at ${size.width}`,
      name: "Fran",
    });
    await fran.page.setViewportSize(size);
    const ava = await joinRoom(browser, roomUrl, "Ava");
    await ava.page.setViewportSize(size);
    const settingsButton = fran.page.getByRole("button", { name: `Settings for ${API}` });
    await expect(column(fran.page, API).getByTestId("settings-summary")).toContainText("Pick one");

    // Escape with unsaved edits asks too; discarding closes and gives the focus back.
    let dialog = await openSettings(fran.page, API);
    await expect(dialog.locator(":focus")).toHaveCount(1);
    await dialog.getByLabel("Sealed ballots until reveal").check();
    await fran.page.keyboard.press("Escape");
    await expect(dialog.getByText("Save them before closing?")).toBeVisible();
    await dialog.getByRole("button", { name: "Discard" }).click();
    await expect(dialog).toBeHidden();
    await expect(settingsButton).toBeFocused();
    await expect(column(fran.page, API).getByTestId("settings-summary")).not.toContainText(
      "Sealed",
    );

    // The silent-loss case: Dots and sealed, not saved, then "Open voting".
    dialog = await openSettings(fran.page, API);
    await dialog.getByLabel("Mode").selectOption("dots");
    await dialog.getByLabel("Sealed ballots until reveal").check();
    await expectInsideViewport(fran.page, size.width);
    await screenshot(fran.page, `settings-dialog-${size.width}`);
    await dialog.getByRole("button", { name: "Open voting" }).click();
    await expect(dialog.getByText("Save them before voting opens?")).toBeVisible();
    await expectInsideViewport(fran.page, size.width);
    await screenshot(fran.page, `settings-unsaved-${size.width}`);
    // Asked, not opened.
    await expect(column(ava.page, API).getByTestId("status-chip")).toHaveText("Draft");

    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dialog).toBeHidden();
    for (const person of [fran, ava]) {
      const decision = column(person.page, API);
      await expect(decision.getByTestId("status-chip")).toHaveText("Voting");
      await expect(decision.getByText("5 dots each")).toBeVisible();
      await expect(decision.getByText("Sealed", { exact: true })).toBeVisible();
    }
    await expect(column(fran.page, API).getByTestId("settings-summary")).toContainText(
      "Sealed · 5 dots",
    );
    // The second browser votes with dots, and sees no tally while ballots are sealed.
    await column(ava.page, API).getByRole("button", { name: "Add a dot to REST" }).click();
    await expect(column(fran.page, API).getByTestId("tally-row")).toHaveCount(0);
    await expect(column(ava.page, API).getByTestId("tally-row")).toHaveCount(0);
    // The one next step is to lock; the voting settings are no longer editable, only the
    // timer and the deadline are.
    await expect(fran.page.getByRole("button", { name: `Lock voting on ${API}` })).toBeVisible();
    dialog = await openSettings(fran.page, API);
    await expect(dialog.getByLabel("Mode")).toHaveCount(0);
    await expect(dialog.getByLabel("Sealed ballots until reveal")).toHaveCount(0);
    await expect(dialog.getByLabel("Timer length")).toBeVisible();
    await expect(dialog.getByLabel("Closes at")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Open voting" })).toHaveCount(0);
    await expectInsideViewport(fran.page, size.width);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await column(fran.page, API).scrollIntoViewIfNeeded();
    await screenshot(fran.page, `settings-opened-${size.width}`);
    await screenshot(ava.page, `settings-voter-${size.width}`);
    await closeAll(fran, ava);
  });
}

test("a timer and a deadline set on a draft start with the opening, and the column sums them up", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Timed settings",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const summary = column(fran.page, API).getByTestId("settings-summary");
  // A deadline an hour from now, in the datetime field's local wall time.
  const closesAt = await fran.page.evaluate(() => {
    const at = new Date(Date.now() + 3_600_000);
    return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  });

  let dialog = await openSettings(fran.page, API);
  await chooseTimer(dialog, { minutes: 3 }, { autoLock: true });
  await dialog.getByLabel("Closes at").fill(closesAt);
  await expect(dialog.getByText("It starts when voting opens, on every screen.")).toBeVisible();
  // Closing would lose them: it asks, and Save keeps them.
  await fran.page.keyboard.press("Escape");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(summary).toContainText("3 min timer when voting opens, locks at zero");
  await expect(summary).toContainText("closes");
  // Nothing runs yet; the dialog shows the planned timer again.
  await expect(fran.page.getByTestId("timer")).toHaveCount(0);
  dialog = await openSettings(fran.page, API);
  await expect(dialog.getByLabel("Timer length")).toHaveValue("3");
  await expect(dialog.getByLabel("Auto-lock at zero")).toBeChecked();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // The column's one next step opens voting and starts the planned timer for everyone.
  await fran.page.getByRole("button", { name: `Open voting on ${API}` }).click();
  for (const person of [fran, ava]) {
    await expect(person.page.getByTestId("timer")).toContainText(API);
    await expect(person.page.getByTestId("timer")).toContainText("Auto-lock");
    await expect(person.page.getByTestId("timer-time")).toHaveText(/^(3:00|2:5\d)$/);
    await expect(column(person.page, API).getByTestId("deadline")).toHaveAttribute(
      "data-closed",
      "false",
    );
  }
  await expect(summary).toContainText("timer running, locks at zero");
  await expect(column(fran.page, API).getByTestId("column-timer")).toBeVisible();
  await closeAll(fran, ava);
});
