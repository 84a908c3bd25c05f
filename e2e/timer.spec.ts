// The meeting timer in two browsers: a facilitator starts, extends, pauses and resumes it,
// everyone counts down to the same moment, and at zero the server locks the vote. Then
// "Undo" takes back a note (and, after it, a vote) for everyone.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from "@playwright/test";
import {
  closeAll,
  column,
  expectLive,
  joinRoom,
  openRoom,
  openVoting,
  optionCard,
  type Person,
  startTimer,
  tallyRow,
} from "./support/room.ts";

const API = "API style";
const SHOTS = "/tmp/shots";

/** Counts the oscillators the page creates: the "time's up" sound is three of them. */
async function countSounds(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = window as unknown as { oscillators: number };
    page.oscillators = 0;
    if (typeof AudioContext === "undefined") return;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      page.oscillators += 1;
      return create.call(this);
    };
  });
}

const oscillators = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { oscillators: number }).oscillators);

/** Joins as a voter with the sound counter installed before the app loads. */
async function joinListening(browser: Browser, roomUrl: string, name: string): Promise<Person> {
  const context = await browser.newContext();
  await countSounds(context);
  const page = await context.newPage();
  await page.goto(roomUrl);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: /^Voter/ }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expectLive(page);
  return { context, page, name };
}

/** axe on the timer, and on the facilitator's timer controls where there are some. */
async function seriousViolations(page: Page) {
  const axe = new AxeBuilder({ page }).include('[data-testid="timer"]');
  if ((await page.getByTestId("column-timer").count()) > 0) {
    axe.include('[data-testid="column-timer"]');
  }
  const results = await axe.analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target),
    }));
}

const timer = (page: Page): Locator => page.getByTestId("timer");
const timeShown = (page: Page): Locator => page.getByTestId("timer-time");
const panel = (page: Page, decision: string): Locator =>
  page.getByRole("region", { name: `Facilitate ${decision}` });

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test("a timer counts down on every screen, pauses, extends and locks voting at zero", async ({
  browser,
}) => {
  // Two browsers, two axe runs and a 15-second countdown: slow on a loaded machine.
  test.setTimeout(180_000);
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Timed decisions",
    name: "Fran",
  });
  const ava = await joinListening(browser, roomUrl, "Ava");
  const everyone = [fran, ava];
  await openVoting(fran.page, API);
  const controls = panel(fran.page, API);

  // A one-minute preset from the settings dialog, one more minute while it runs, then stop.
  await startTimer(fran.page, API, { minutes: 1 });
  for (const person of everyone) await expect(timeShown(person.page)).toHaveText(/^(1:00|0:5\d)$/);
  await controls.getByRole("button", { name: "Add a minute to the timer" }).click();
  for (const person of everyone) await expect(timeShown(person.page)).toHaveText(/^(2:00|1:5\d)$/);
  await controls.getByRole("button", { name: "Stop the timer" }).click();
  for (const person of everyone) await expect(timer(person.page)).toHaveCount(0);

  // A short custom timer that locks voting at zero (long enough to pause it under load).
  await startTimer(fran.page, API, { seconds: 15 }, { autoLock: true });
  for (const person of everyone) {
    await expect(timer(person.page)).toHaveAttribute("data-phase", "running");
    await expect(timer(person.page)).toContainText(API);
    await expect(timer(person.page)).toContainText("Auto-lock");
    await expect(timeShown(person.page)).toHaveText(/^0:(0[1-9]|1[0-5])$/);
  }
  await shoot(ava.page, "timer-running");
  // Voting is still open while it runs.
  const pickRest = optionCard(ava.page, API, "REST").getByRole("button", { name: "Pick REST" });
  await pickRest.click();
  await expect(pickRest).toHaveAttribute("aria-pressed", "true");

  // Paused: the countdown freezes on every screen.
  await controls.getByRole("button", { name: "Pause the timer" }).click();
  for (const person of everyone) {
    await expect(timer(person.page)).toHaveAttribute("data-phase", "paused");
    await expect(timer(person.page)).toContainText("Paused");
  }
  const frozen = await timeShown(ava.page).textContent();
  await ava.page.waitForTimeout(2000);
  await expect(timeShown(ava.page)).toHaveText(frozen ?? "");
  await expect(timeShown(fran.page)).toHaveText(frozen ?? "");
  await shoot(ava.page, "timer-paused");
  await shoot(fran.page, "timer-paused-facilitator");
  for (const person of everyone) expect(await seriousViolations(person.page)).toEqual([]);
  await ava.page.setViewportSize({ width: 375, height: 812 });
  await shoot(ava.page, "timer-paused-mobile");
  await ava.page.setViewportSize({ width: 1440, height: 900 });
  await controls.getByRole("button", { name: "Resume the timer" }).click();
  for (const person of everyone) {
    await expect(timer(person.page)).toHaveAttribute("data-phase", "running");
  }

  // Zero: "Time's up" everywhere, the server locks the vote, and a late click is refused.
  for (const person of everyone) {
    await expect(timeShown(person.page)).toHaveText("Time's up — voting locked", {
      timeout: 30_000,
    });
    await expect(column(person.page, API).getByTestId("status-chip")).toHaveText("Locked");
    await expect(person.page.getByTestId("timer-alert")).toHaveText(
      `Time's up for ${API}: voting is locked`,
    );
  }
  await expect(pickRest).toBeDisabled();
  await expect(
    optionCard(ava.page, API, "GraphQL").getByRole("button", { name: "Pick GraphQL" }),
  ).toHaveCount(0);
  await expect(tallyRow(fran.page, API, "REST")).toHaveAttribute("data-value", "1");
  await shoot(ava.page, "timer-times-up");
  for (const person of everyone) expect(await seriousViolations(person.page)).toEqual([]);
  await shoot(fran.page, "timer-times-up-facilitator");

  // The sound played once in this tab: three beeps, and no more later.
  await expect.poll(() => oscillators(ava.page)).toBe(3);
  await ava.page.waitForTimeout(1000);
  expect(await oscillators(ava.page)).toBe(3);

  // One more minute after zero counts from now; the decision stays locked.
  await timer(fran.page).getByRole("button", { name: "Add a minute to the timer" }).click();
  for (const person of everyone) {
    await expect(timer(person.page)).toHaveAttribute("data-phase", "running");
    await expect(timeShown(person.page)).toHaveText(/^(1:00|0:5\d)$/);
    await expect(column(person.page, API).getByTestId("status-chip")).toHaveText("Locked");
  }
  await timer(fran.page).getByRole("button", { name: "Stop the timer" }).click();
  for (const person of everyone) await expect(timer(person.page)).toHaveCount(0);

  await closeAll(fran, ava);
});

test("a muted tab stays silent at zero, and remembers it after a reload", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Quiet room",
    name: "Fran",
  });
  const ava = await joinListening(browser, roomUrl, "Ava");
  await openVoting(fran.page, API);
  await startTimer(fran.page, API, { seconds: 30 });

  const mute = timer(ava.page).getByRole("button", { name: "Mute the timer sound" });
  await mute.click();
  await expect(mute).toHaveAttribute("aria-pressed", "true");
  await ava.page.reload();
  await expectLive(ava.page);
  await expect(
    timer(ava.page).getByRole("button", { name: "Mute the timer sound" }),
  ).toHaveAttribute("aria-pressed", "true");

  // A fresh 5-second run (the shortest there is) reaches zero in silence; no auto-lock.
  await startTimer(fran.page, API, { seconds: 5 });
  await expect(timeShown(ava.page)).toHaveText(/^0:0[1-5]$/);
  await expect(timeShown(ava.page)).toHaveText("Time's up", { timeout: 15_000 });
  await expect(column(ava.page, API).getByTestId("status-chip")).toHaveText("Voting");
  expect(await oscillators(ava.page)).toBe(0);

  await closeAll(fran, ava);
});

test("Undo takes back my newest note, then my vote, for everyone", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Second thoughts",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, API);

  const pickRest = optionCard(ava.page, API, "REST").getByRole("button", { name: "Pick REST" });
  await pickRest.click();
  await expect(pickRest).toHaveAttribute("aria-pressed", "true");

  const avaRest = optionCard(ava.page, API, "REST");
  const franRest = optionCard(fran.page, API, "REST");
  await avaRest.getByRole("button", { name: "0 notes on REST" }).click();
  await franRest.getByRole("button", { name: "0 notes on REST" }).click();
  const addNote = async (text: string) => {
    await avaRest.getByRole("radio", { name: "Con" }).check();
    await avaRest.getByLabel("Your note on REST").fill(text);
    await avaRest.getByRole("button", { name: "Add", exact: true }).click();
    await expect(franRest.getByTestId("annotation").filter({ hasText: text })).toBeVisible();
  };
  const gone = async (text: string) => {
    for (const page of [fran.page, ava.page]) {
      await expect(
        optionCard(page, API, "REST").getByTestId("annotation").filter({ hasText: text }),
      ).toHaveCount(0);
    }
  };

  // The note came after the vote: Undo removes the note and leaves the vote.
  await addNote("Overfetching on mobile");
  await column(ava.page, API)
    .getByRole("button", { name: `Undo my last note on ${API}` })
    .click();
  await gone("Overfetching on mobile");
  await expect(pickRest).toHaveAttribute("aria-pressed", "true");
  await expect(tallyRow(fran.page, API, "REST")).toHaveAttribute("data-value", "1");
  const votedAvatars = column(fran.page, API).getByTestId("voted-avatar");
  await expect(votedAvatars).toHaveCount(1);

  // Next, Undo takes back the vote.
  await column(ava.page, API)
    .getByRole("button", { name: `Undo my last vote on ${API}` })
    .click();
  await expect(pickRest).toHaveAttribute("aria-pressed", "false");
  await expect(votedAvatars).toHaveCount(0);

  // Right after posting, the toast offers Undo.
  await addNote("Versioning is manual");
  const toast = ava.page
    .getByTestId("toasts")
    .getByRole("status")
    .filter({ hasText: "Note added" });
  await toast.last().getByRole("button", { name: "Undo adding my note on REST" }).click();
  await gone("Versioning is manual");

  // And the "u" key undoes my newest action, wherever the keyboard is.
  await addNote("No streaming");
  await column(ava.page, API).focus();
  await ava.page.keyboard.press("u");
  await gone("No streaming");
  await expect(avaRest.getByRole("button", { name: "0 notes on REST" })).toBeVisible();

  await closeAll(fran, ava);
});
