// Focus mode at a desktop, a laptop and a phone width, in three browsers: the facilitator
// spotlights the 3rd of 4 decisions and both other boards follow to it (in view; on a
// phone, the decision shown); the keyboard lands on its ballot, except for someone typing,
// who keeps their field; after a reload one Tab and Enter reach the ballot; anyone may
// look around, and a new spotlight moves them again; clearing it is announced.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  column,
  expectLive,
  joinRoom,
  openRoom,
  openVoting,
  optionCard,
  screenshot,
} from "./support/room.ts";

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;
const PHONE = 600;

const API = "API style";
const DATABASE = "Database";
const CLIENT = "Client interaction";

/** The decision whose ballot holds the keyboard, by its heading; null when none does. */
const ballotOwner = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active?.closest("[data-ballot]")) return null;
    return active.closest("[data-decision-id]")?.querySelector("h2")?.textContent ?? null;
  });

const switcher = (page: Page) => page.getByRole("navigation", { name: "Decisions" });
const shownSelect = (page: Page) =>
  switcher(page).getByRole("combobox", { name: "Decision shown" });

/** On a phone, picks the decision to show from the switcher; wider boards show them all. */
async function show(page: Page, title: string, width: number): Promise<void> {
  if (width > PHONE) return;
  await shownSelect(page).selectOption({ label: title });
  await expect(column(page, title)).toBeVisible();
}

/** The board shows `title` in focus: marked, its heading in view; on a phone, the one shown. */
async function expectFollowed(page: Page, title: string, place: string, width: number) {
  const focused = column(page, title);
  await expect(focused.getByTestId("focus-chip")).toHaveText("In focus");
  await expect(focused.getByRole("heading", { name: title })).toBeInViewport({ ratio: 1 });
  if (width <= PHONE) {
    await expect(shownSelect(page).locator("option:checked")).toHaveText(`${title} (in focus)`);
    await expect(switcher(page).getByTestId("board-switcher-place")).toHaveText(place);
    await expect(page.getByTestId("decision")).toHaveCount(4);
    await expect(page.locator('[data-testid="decision"]:visible')).toHaveCount(1);
  }
}

for (const size of WIDTHS) {
  test(`at ${size.width} px, every board follows the facilitator's focus`, async ({ browser }) => {
    test.setTimeout(180_000);
    const { facilitator: fran, roomUrl } = await openRoom(browser, {
      title: `Focus at ${size.width}`,
      name: "Fran",
    });
    await fran.page.setViewportSize(size);
    const ava = await joinRoom(browser, roomUrl, "Ava");
    await ava.page.setViewportSize(size);
    const ben = await joinRoom(browser, roomUrl, "Ben");
    await ben.page.setViewportSize(size);
    const { width } = size;

    // Only a facilitator is offered the spotlight.
    await expect(ava.page.getByRole("button", { name: /^Focus everyone on/ })).toHaveCount(0);
    for (const title of [API, DATABASE, CLIENT]) {
      await show(fran.page, title, width);
      await openVoting(fran.page, title);
    }
    if (width <= PHONE) {
      // One decision at a time, the first until someone chooses.
      await expect(switcher(ava.page).getByTestId("board-switcher-place")).toHaveText("1 of 4");
      await expect(column(ava.page, API)).toBeVisible();
      await expect(column(ava.page, DATABASE)).toBeHidden();
    }

    // Ben is typing an option into the 1st decision when the spotlight moves.
    await column(ben.page, API)
      .getByRole("button", { name: `Add an option to ${API}` })
      .click();
    const search = column(ben.page, API).getByRole("textbox", { name: /Search the catalog/ });
    await search.fill("Kaf");

    await show(fran.page, DATABASE, width);
    const toggle = fran.page.getByRole("button", { name: `Focus everyone on ${DATABASE}` });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    // The facilitator's keyboard stays on the toggle they pressed.
    await expect(toggle).toBeFocused();

    // Ava follows: the 3rd decision is in view (shown, on a phone), announced, and her
    // keyboard is on its ballot: no Tab needed.
    await expectFollowed(ava.page, DATABASE, "3 of 4", width);
    await expect(ava.page.getByTestId("focus-announcement")).toHaveText(
      `In focus now: ${DATABASE}`,
    );
    await expect.poll(() => ballotOwner(ava.page)).toBe(DATABASE);
    await screenshot(ava.page, `focus-voter-${width}`);
    await screenshot(fran.page, `focus-facilitator-${width}`);

    // Ben keeps his field and what he typed; he is told, and the list marks the focus.
    await expect(ben.page.getByTestId("focus-announcement")).toHaveText(
      `In focus now: ${DATABASE}`,
    );
    await expect(search).toBeFocused();
    await expect(search).toHaveValue("Kaf");
    if (width <= PHONE) {
      await expect(shownSelect(ben.page).locator("option:checked")).toHaveText(API);
      await expect(shownSelect(ben.page).locator("option", { hasText: "(in focus)" })).toHaveText(
        `${DATABASE} (in focus)`,
      );
    } else {
      await expect(column(ben.page, DATABASE).getByTestId("focus-chip")).toBeVisible();
    }
    await screenshot(ben.page, `focus-typing-${width}`);

    // After a reload Ben lands on the focused decision; one Tab and Enter reach its ballot.
    await ben.page.reload();
    await expectLive(ben.page);
    await expectFollowed(ben.page, DATABASE, "3 of 4", width);
    await ben.page.keyboard.press("Tab");
    const skip = ben.page.getByRole("button", {
      name: `Skip to the focused decision: ${DATABASE}`,
    });
    await expect(skip).toBeFocused();
    await ben.page.keyboard.press("Enter");
    await expect.poll(() => ballotOwner(ben.page)).toBe(DATABASE);
    await screenshot(ben.page, `focus-reload-${width}`);

    // Ava looks around: following does not lock her view.
    if (width <= PHONE) {
      await switcher(ava.page).getByRole("button", { name: "Previous decision" }).click();
      await expect(switcher(ava.page).getByTestId("board-switcher-place")).toHaveText("2 of 4");
      await switcher(ava.page).getByRole("button", { name: "Previous decision" }).click();
      await expect(switcher(ava.page).getByTestId("board-switcher-place")).toHaveText("1 of 4");
      await expect(column(ava.page, DATABASE)).toBeHidden();
      await screenshot(ava.page, `focus-looking-around-${width}`);
    }
    const pickRest = optionCard(ava.page, API, "REST").getByRole("button", { name: "Pick REST" });
    await pickRest.click();
    // Her vote came back from the room, and her view stayed where she put it.
    await expect(pickRest).toHaveAttribute("aria-pressed", "true");
    await expect(pickRest).not.toHaveClass(/is-pending/);
    await expect(pickRest).toBeInViewport();
    await expect(pickRest).toBeFocused();

    // A new spotlight moves her again, keyboard included.
    await show(fran.page, CLIENT, width);
    await fran.page.getByRole("button", { name: `Focus everyone on ${CLIENT}` }).click();
    await expectFollowed(ava.page, CLIENT, "4 of 4", width);
    await expect.poll(() => ballotOwner(ava.page)).toBe(CLIENT);
    await expect(column(ava.page, DATABASE).getByTestId("focus-chip")).toHaveCount(0);

    if (width <= PHONE) {
      // The switcher and the focus marks pass axe (every impact) at a phone's width.
      const results = await new AxeBuilder({ page: ava.page }).include(".board").analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    }

    // Cleared: announced, unmarked, and no skip link left.
    const clientToggle = fran.page.getByRole("button", { name: `Focus everyone on ${CLIENT}` });
    await clientToggle.click();
    await expect(clientToggle).toHaveAttribute("aria-pressed", "false");
    await expect(ava.page.getByTestId("focus-announcement")).toHaveText("Nothing is in focus now");
    await expect(ava.page.getByTestId("focus-chip")).toHaveCount(0);
    await expect(ava.page.getByTestId("focus-skip-link")).toHaveCount(0);
    await closeAll(fran, ava, ben);
  });
}
