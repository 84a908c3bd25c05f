// Helpers for the people specs: the people panel, a person's row and a facilitator's
// actions on it, through the visible UI.
import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the people panel from the header (once), and returns it. */
export async function openPeople(page: Page): Promise<Locator> {
  const panel = page.getByRole("complementary", { name: "People" });
  if (!(await panel.isVisible())) {
    await page.getByRole("button", { name: /^People/ }).click();
  }
  await expect(panel).toBeVisible();
  return panel;
}

/** One participant's row in the people panel (the panel must be open). */
export const personRow = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="person"][data-name="${name}"]`);

/** Opens "Manage <name>" and clicks one of the actions offered there. */
export async function manage(page: Page, name: string, action: string | RegExp): Promise<void> {
  const row = personRow(page, name);
  await row.getByRole("button", { name: `Manage ${name}` }).click();
  await row
    .getByRole("group", { name: `Manage ${name}` })
    .getByRole("button", { name: action })
    .click();
}

/** Saves a screenshot into $SHOTS_DIR when it is set (for looking at the UI by hand). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}
