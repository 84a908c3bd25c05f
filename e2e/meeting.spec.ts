// A whole meeting in three browsers: a facilitator and two voters decide a web backend
// in pick, dots and score mode, argue in annotations, settle, and export the record.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectScore, setScore } from "./support/ballots.ts";
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
  tallyRow,
} from "./support/room.ts";

const CRITERIA = [
  "Team familiarity",
  "Performance",
  "Ecosystem",
  "Hosting cost",
  "Hiring",
  "Maintainability",
];

async function pick(page: Page, decision: string, option: string) {
  const button = optionCard(page, decision, option).getByRole("button", { name: `Pick ${option}` });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

async function addDots(page: Page, decision: string, option: string, dots: number) {
  const add = optionCard(page, decision, option).getByRole("button", {
    name: `Add a dot to ${option}`,
  });
  for (let index = 0; index < dots; index += 1) await add.click();
  await expect(
    optionCard(page, decision, option).getByLabel(`Your dots on ${option}`, { exact: false }),
  ).toHaveText(String(dots));
}

async function scoreAll(page: Page, decision: string, option: string, score: number) {
  for (const criterion of CRITERIA) await setScore(page, decision, option, criterion, score);
}

test("a facilitator and two voters decide a web backend together", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Checkout platform",
    name: "Fran",
  });
  expect(roomUrl).toMatch(/\/r\/[A-Za-z0-9_-]{22,}$/);
  expect(roomUrl).not.toContain("#fk=");

  const ava = await joinRoom(browser, roomUrl, "Ava");
  const ben = await joinRoom(browser, roomUrl, "Ben");
  const everyone = [fran, ava, ben];

  // Presence: everyone sees all three, online.
  for (const person of everyone) {
    const avatars = person.page.getByTestId("presence-avatar");
    await expect(avatars).toHaveCount(3);
    for (const name of ["Fran", "Ava", "Ben"]) {
      await expect(
        person.page.locator(`[data-testid="presence-avatar"][data-name="${name}"]`),
      ).toHaveAttribute("data-status", "online");
    }
  }
  // Voters have no facilitator controls.
  await expect(ava.page.getByRole("button", { name: "Open voting on API style" })).toHaveCount(0);

  // ── Pick: API style ────────────────────────────────────────────────────────────────
  await openVoting(fran.page, "API style");
  await expect(column(ava.page, "API style").getByTestId("status-chip")).toHaveText("Voting");
  await pick(ava.page, "API style", "REST");
  await pick(ben.page, "API style", "GraphQL");
  await pick(fran.page, "API style", "REST");
  // Ben changes his mind, then back: the ballot is replaced, never doubled.
  await pick(ben.page, "API style", "gRPC");
  await pick(ben.page, "API style", "GraphQL");
  for (const person of everyone) {
    await expect(tallyRow(person.page, "API style", "REST")).toHaveAttribute("data-value", "2");
    await expect(tallyRow(person.page, "API style", "GraphQL")).toHaveAttribute("data-value", "1");
    await expect(column(person.page, "API style").getByTestId("ballot-count")).toHaveText(
      "3 voted",
    );
  }

  // ── Annotations: a pro with a reply and a +1, a con ───────────────────────────────
  await optionCard(ava.page, "API style", "REST")
    .getByRole("button", { name: "0 notes on REST" })
    .click();
  const avaRest = optionCard(ava.page, "API style", "REST");
  await avaRest.getByRole("radio", { name: "Pro" }).check();
  await avaRest.getByLabel("Your note on REST").fill("Everyone on the team already knows it");
  await avaRest.getByRole("button", { name: "Add", exact: true }).click();

  await optionCard(ben.page, "API style", "GraphQL")
    .getByRole("button", { name: "0 notes on GraphQL" })
    .click();
  const benGraphql = optionCard(ben.page, "API style", "GraphQL");
  await benGraphql.getByRole("radio", { name: "Con" }).check();
  await benGraphql.getByLabel("Your note on GraphQL").fill("Caching needs extra work");
  await benGraphql.getByRole("button", { name: "Add", exact: true }).click();

  const benRest = optionCard(ben.page, "API style", "REST");
  await benRest.getByRole("button", { name: "1 note on REST" }).click();
  const avasNote = benRest
    .getByTestId("annotation")
    .filter({ hasText: "Everyone on the team already knows it" });
  await expect(avasNote.locator(".kind-chip")).toHaveText("Pro");
  await avasNote.getByRole("button", { name: "Reply" }).click();
  await avasNote.getByLabel("Your reply").fill("And HTTP caching comes for free");
  await avasNote.getByRole("button", { name: "Send" }).click();
  const plusOne = avasNote.getByRole("button", { name: /^\+1/ });
  await plusOne.click();
  await expect(plusOne).toHaveAttribute("aria-pressed", "true");
  await expect(plusOne).toHaveAccessibleName("+1 (1 so far)");

  // Fran sees it all live.
  const franRest = optionCard(fran.page, "API style", "REST");
  await franRest.getByRole("button", { name: "1 note on REST" }).click();
  const seenByFran = franRest.getByTestId("annotation");
  await expect(seenByFran).toContainText("Everyone on the team already knows it");
  await expect(seenByFran.getByTestId("reply")).toContainText("And HTTP caching comes for free");
  await expect(seenByFran.getByRole("button", { name: "+1 (1 so far)" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(
    optionCard(fran.page, "API style", "GraphQL").getByRole("button", {
      name: "1 note on GraphQL",
    }),
  ).toBeVisible();

  // Settle the pick decision.
  await lockVoting(fran.page, "API style");
  await expect(
    optionCard(ava.page, "API style", "REST").getByRole("button", { name: "Pick REST" }),
  ).toBeDisabled();
  await expect(fran.page.getByTestId("agreement").first()).toHaveText(
    "67% back the leader — moderate",
  );
  await decide(fran.page, "API style", "REST", "Simple and cacheable and the whole team knows it");
  for (const person of everyone) {
    const outcome = column(person.page, "API style").getByTestId("outcome");
    await expect(outcome).toContainText("REST");
    await expect(outcome).toContainText("Simple and cacheable and the whole team knows it");
  }

  // ── Dots: Language and runtime ─────────────────────────────────────────────────────
  await openVoting(fran.page, "Language and runtime");
  await addDots(ava.page, "Language and runtime", "Node.js", 3);
  await addDots(ava.page, "Language and runtime", "Go", 2);
  await expect(column(ava.page, "Language and runtime").getByTestId("ballot-hint")).toContainText(
    "0 of 5 dots left",
  );
  await expect(
    optionCard(ava.page, "Language and runtime", "Python").getByRole("button", {
      name: "Add a dot to Python",
    }),
  ).toBeDisabled();
  await addDots(ben.page, "Language and runtime", "Go", 4);
  await expect(column(ben.page, "Language and runtime").getByTestId("ballot-hint")).toContainText(
    "1 of 5 dots left",
  );
  for (const person of everyone) {
    await expect(tallyRow(person.page, "Language and runtime", "Go")).toHaveAttribute(
      "data-value",
      "6",
    );
    await expect(tallyRow(person.page, "Language and runtime", "Node.js")).toHaveAttribute(
      "data-value",
      "3",
    );
  }
  await lockVoting(fran.page, "Language and runtime");
  await decide(fran.page, "Language and runtime", "Go", "Most dots and a small footprint");

  // ── Score, sealed: Database ───────────────────────────────────────────────────────
  await editSettings(fran.page, "Database", (dialog) =>
    dialog.getByLabel("Sealed ballots until reveal").check(),
  );
  await expect(column(ava.page, "Database").getByText("Sealed", { exact: true })).toBeVisible();
  await openVoting(fran.page, "Database");

  await scoreAll(ava.page, "Database", "PostgreSQL", 5);
  await scoreAll(ava.page, "Database", "MongoDB", 2);
  await scoreAll(ben.page, "Database", "PostgreSQL", 4);
  await scoreAll(ben.page, "Database", "MongoDB", 3);

  // Sealed on every screen: who voted (avatars), never what.
  for (const person of everyone) {
    const database = column(person.page, "Database");
    await expect(database.getByTestId("voted-avatar")).toHaveCount(2);
    await expect(database.locator('[data-testid="voted-avatar"][data-name="Ava"]')).toBeVisible();
    await expect(database.locator('[data-testid="voted-avatar"][data-name="Ben"]')).toBeVisible();
    await expect(database.getByTestId("sealed-note")).toBeVisible();
    await expect(database.getByTestId("tally")).toHaveCount(0);
  }
  // Each voter still sees their own scores; Ben does not see Ava's.
  await expectScore(ava.page, "Database", "PostgreSQL", "Performance", 5);
  await expectScore(ben.page, "Database", "PostgreSQL", "Performance", 4);

  await lockVoting(fran.page, "Database");
  await expect(column(ben.page, "Database").getByTestId("tally")).toHaveCount(0);
  await fran.page.getByRole("button", { name: "Reveal the ballots of Database" }).click();
  for (const person of everyone) {
    const database = column(person.page, "Database");
    await expect(database.getByTestId("status-chip")).toHaveText("Revealed");
    await expect(tallyRow(person.page, "Database", "PostgreSQL")).toHaveAttribute(
      "data-value",
      "4.5",
    );
    await expect(tallyRow(person.page, "Database", "MongoDB")).toHaveAttribute("data-value", "2.5");
    await expect(database.getByTestId("tally-row").first()).toHaveAttribute(
      "data-option",
      "PostgreSQL",
    );
  }
  const insights = column(fran.page, "Database").getByTestId("insights");
  await expect(insights.getByTestId("agreement")).toHaveText("100% back the leader — strong");
  await expect(insights.getByTestId("sensitivity")).toBeVisible();
  await decide(fran.page, "Database", "PostgreSQL", "Best scores on every criterion");

  // ── Export: the Markdown record ───────────────────────────────────────────────────
  await fran.page.getByText("Export", { exact: true }).click();
  const downloading = fran.page.waitForEvent("download");
  await fran.page.getByRole("button", { name: /^Markdown/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const path = await download.path();
  const markdown = await readFile(path, "utf8");
  expect(markdown).toContain("# Checkout platform");
  expect(markdown).toContain('Chosen option: "REST"');
  expect(markdown).toContain("Simple and cacheable and the whole team knows it");
  expect(markdown).toContain("Good, because Everyone on the team already knows it");
  expect(markdown).toContain("Ben: And HTTP caching comes for free");
  expect(markdown).toContain('Chosen option: "PostgreSQL"');

  // The print view shows the same record to a voter.
  await ava.page.getByRole("link", { name: "Record" }).click();
  const record = ava.page.getByTestId("record");
  await expect(record.getByRole("heading", { level: 1 })).toHaveText("Checkout platform");
  await expect(record).toContainText("Chosen: REST");
  await expect(record).toContainText("Simple and cacheable and the whole team knows it");
  await expect(record).toContainText("Everyone on the team already knows it");

  await closeAll(...everyone);
});
