// Helpers that act the way people do: through the visible UI, by role and label.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";

export interface Person {
  context: BrowserContext;
  page: Page;
  name: string;
}

export const SCREENSHOTS = "artifacts/screenshots";

/** Opens a room from the start page as its facilitator; returns the shared room link. */
export async function openRoom(
  browser: Browser,
  options: { title: string; name: string; template?: string },
): Promise<{ facilitator: Person; roomUrl: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Room title").fill(options.title);
  await page.getByLabel("Your name").fill(options.name);
  await page.getByRole("radio", { name: new RegExp(options.template ?? "Web backend") }).check();
  await page.getByRole("button", { name: "Create room" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]+#fk=/);

  const share = page.getByRole("dialog", { name: "Invite your team" });
  await expect(share).toBeVisible();
  const roomUrl = await share.getByLabel("Room link", { exact: true }).inputValue();
  await expect(share.getByLabel("Facilitator link", { exact: true })).toHaveValue(/#fk=/);
  await expect(share.getByRole("img", { name: "QR code of the room link" })).toBeVisible();
  await share.getByRole("button", { name: "Close" }).click();
  await expect(share).toBeHidden();
  await expectLive(page);
  return { facilitator: { context, page, name: options.name }, roomUrl };
}

/** Joins a room by its link, typing a name and choosing voter or observer. */
export async function joinRoom(
  browser: Browser,
  roomUrl: string,
  name: string,
  role: "Voter" | "Observer" = "Voter",
): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(roomUrl);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${role}`) }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expectLive(page);
  return { context, page, name };
}

export async function expectLive(page: Page): Promise<void> {
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "live");
}

/** A decision's column, found by its title. */
export const column = (page: Page, title: string): Locator =>
  page.getByRole("region", { name: title, exact: true });

/** One option's card within a decision column. */
export const optionCard = (page: Page, decision: string, option: string): Locator =>
  column(page, decision).locator(`[data-testid="option"][data-option="${option}"]`);

/** The tally row of an option, with its numeric value in data-value. */
export const tallyRow = (page: Page, decision: string, option: string): Locator =>
  column(page, decision).locator(`[data-testid="tally-row"][data-option="${option}"]`);

export async function openVoting(page: Page, decision: string): Promise<void> {
  await page.getByRole("button", { name: `Open voting on ${decision}` }).click();
  await expect(column(page, decision).getByTestId("status-chip")).toHaveText("Voting");
}

/** A decision's settings dialog, opened from its column. */
export async function openSettings(page: Page, decision: string): Promise<Locator> {
  await page.getByRole("button", { name: `Settings for ${decision}` }).click();
  const dialog = page.getByRole("dialog", { name: `Settings for ${decision}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Changes a decision's settings in its dialog (`edit` fills the fields) and saves them. */
export async function editSettings(
  page: Page,
  decision: string,
  edit: (dialog: Locator) => Promise<void>,
): Promise<void> {
  const dialog = await openSettings(page, decision);
  await edit(dialog);
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
}

export type TimerLength = { minutes: 1 | 3 | 5 | 10 } | { seconds: number };

/** Picks a timer in an open settings dialog: a preset or a custom length in seconds. */
export async function chooseTimer(
  dialog: Locator,
  length: TimerLength,
  options: { autoLock?: boolean } = {},
): Promise<void> {
  const select = dialog.getByLabel("Timer length");
  if ("minutes" in length) {
    await select.selectOption(String(length.minutes));
  } else {
    await select.selectOption("custom");
    await dialog.getByLabel("Length in seconds").fill(String(length.seconds));
  }
  if (options.autoLock) await dialog.getByLabel("Auto-lock at zero").check();
}

/** Starts a timer for an open decision from its settings dialog (Save starts it). */
export async function startTimer(
  page: Page,
  decision: string,
  length: TimerLength,
  options: { autoLock?: boolean } = {},
): Promise<void> {
  await editSettings(page, decision, (dialog) => chooseTimer(dialog, length, options));
}

export async function lockVoting(page: Page, decision: string): Promise<void> {
  await page.getByRole("button", { name: `Lock voting on ${decision}` }).click();
  await expect(column(page, decision).getByTestId("status-chip")).toHaveText("Locked");
}

export async function decide(page: Page, decision: string, option: string, rationale: string) {
  const form = page.getByRole("form", { name: `Decide ${decision}` });
  const select = form.getByLabel("Chosen option");
  const value = await select
    .locator("option")
    .filter({ hasText: new RegExp(`^${escapeRegExp(option)}( \\((leader|tied)\\))?$`) })
    .getAttribute("value");
  if (value === null) throw new Error(`No option "${option}" to decide on ${decision}`);
  await select.selectOption(value);
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(column(page, decision).getByTestId("outcome")).toContainText(option);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const path = `${SCREENSHOTS}/${name}.png`;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: false });
}

export async function closeAll(...people: Person[]): Promise<void> {
  for (const person of people) await person.context.close();
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
