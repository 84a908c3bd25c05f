// Results a team can trust, in real Chromium: a tie for first is a tie on the board, in
// the decide form, the record and both languages; the instant runoff says how options
// left and that a tied final two is a tie; score mode has one weighted score, whatever
// is left unscored; and "How is this counted?" opens the rules.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
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
  tallyRow,
} from "./support/room.ts";

const API = "API style";
const LANGUAGE = "Language and runtime";
const DATABASE = "Database";

async function pick(page: Page, option: string) {
  const button = optionCard(page, API, option).getByRole("button", { name: `Pick ${option}` });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

async function rank(page: Page, option: string) {
  const ranked = column(page, LANGUAGE).getByTestId("my-ranking");
  const before = await ranked.locator("li").count();
  await column(page, LANGUAGE)
    .getByRole("button", { name: `Rank ${option}`, exact: true })
    .click();
  await expect(ranked.locator("li")).toHaveCount(before + 1);
}

async function score(page: Page, option: string, criterion: string, value: number) {
  await setScore(page, DATABASE, option, criterion, value);
}

async function download(page: Page, format: "Markdown" | "JSON"): Promise<string> {
  // The menu stays open after a download: open it only when it is closed.
  const menu = page.getByRole("button", { name: new RegExp(`^${format}`) });
  if (!(await menu.isVisible())) await page.getByText("Export", { exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: new RegExp(`^${format}`) }).click();
  return readFile((await (await downloading).path()) ?? "", "utf8");
}

async function language(page: Page, to: "en" | "de") {
  const name = to === "de" ? "Language" : "Sprache";
  await page.getByRole("combobox", { name, exact: true }).selectOption(to);
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("a tie for first is a tie everywhere, and the record says who settled it and how", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Tie check",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, API);
  await pick(fran.page, "REST");
  await pick(ava.page, "GraphQL");

  for (const person of [fran, ava]) {
    const results = column(person.page, API).getByTestId("results");
    await expect(results.getByTestId("results-leader")).toHaveText("Tied for first: REST, GraphQL");
    await expect(tallyRow(person.page, API, "REST")).toHaveAttribute("data-leader", "true");
    await expect(tallyRow(person.page, API, "GraphQL")).toHaveAttribute("data-leader", "true");
    await expect(tallyRow(person.page, API, "gRPC")).toHaveAttribute("data-leader", "false");
  }
  const insights = column(fran.page, API).getByTestId("insights");
  await expect(insights.getByTestId("agreement")).toHaveText(
    "Split — a tie for first: REST 50% · GraphQL 50%",
  );
  await expect(insights.getByTestId("agreement")).toHaveAttribute("data-level", "split");
  await expect(insights).not.toContainText("strong");

  // In German too: a tie, never "klare Mehrheit".
  await language(fran.page, "de");
  await expect(insights.getByTestId("insight-leader")).toHaveText(
    "Gleichstand an der Spitze: REST, GraphQL",
  );
  await expect(insights.getByTestId("agreement")).toHaveText(
    "Gespalten – Gleichstand an der Spitze: REST 50 % · GraphQL 50 %",
  );
  await expect(column(fran.page, API)).not.toContainText("klare Mehrheit");
  await language(fran.page, "en");

  // The decide form preselects nothing in a tie, and says what the record will say.
  await lockVoting(fran.page, API);
  const form = fran.page.getByRole("form", { name: `Decide ${API}` });
  await expect(form.getByLabel("Chosen option")).toHaveValue("");
  await expect(form.getByRole("button", { name: "Record decision" })).toBeDisabled();
  await expect(form.getByTestId("decide-tie")).toContainText("Tied between REST, GraphQL");
  await expect(form.getByRole("option", { name: "GraphQL (tied)" })).toHaveCount(1);
  await decide(fran.page, API, "GraphQL", "Smaller payloads for the mobile app");
  for (const person of [fran, ava]) {
    await expect(column(person.page, API).getByTestId("outcome-tie")).toHaveText(
      "Settled a tie between REST, GraphQL",
    );
  }

  const markdown = await download(fran.page, "Markdown");
  expect(markdown).toContain(
    '- Tie: "REST" and "GraphQL" tied for first; Fran settled it by choosing "GraphQL".',
  );
  expect(markdown).toContain(
    'Chosen option: "GraphQL", because Smaller payloads for the mobile app.',
  );
  expect(markdown).toContain('- Agreement: split, a tie for first: "REST" 50%, "GraphQL" 50%');
  expect(markdown).not.toMatch(/\(strong\)/);

  const json = JSON.parse(await download(fran.page, "JSON"));
  const api = json.decisions.find((d: { title: string }) => d.title === API);
  expect(api.agreement).toMatchObject({ level: "split", tie: true });
  expect(api.tally.leaders).toHaveLength(2);
  expect(api.outcome.settledTie).toEqual(api.tally.leaders);

  // The record page (and so the read-only summary) says the same.
  await ava.page.getByRole("link", { name: "Record" }).click();
  const record = ava.page.getByTestId("record");
  await expect(record.getByTestId("record-settled-tie").first()).toHaveText(
    "Settled a tie between REST, GraphQL",
  );
  await expect(record.getByTestId("record-agreement").first()).toHaveAttribute(
    "data-level",
    "split",
  );
  await closeAll(fran, ava);
});

test("the runoff drops unvoted options together and calls a tied final two a tie", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Runoff check",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await editSettings(fran.page, LANGUAGE, (dialog) =>
    dialog
      .getByLabel("Mode")
      .selectOption("ranked")
      .then(() => undefined),
  );
  await expect(column(ava.page, LANGUAGE).getByText("Ranked choice")).toBeVisible();
  await openVoting(fran.page, LANGUAGE);
  // The two ballots: Go > Node.js > Python, and Node.js > Go.
  for (const option of ["Go", "Node.js", "Python"]) await rank(fran.page, option);
  for (const option of ["Node.js", "Go"]) await rank(ava.page, option);

  for (const person of [fran, ava]) {
    const results = column(person.page, LANGUAGE).getByTestId("results");
    await expect(results.getByTestId("runoff-round")).toHaveCount(2);
    await expect(results.getByTestId("runoff-eliminated")).toHaveText(
      "— Python, PHP, Java/Spring Boot, C#/.NET, Ruby eliminated (no votes)",
    );
    await expect(results.getByTestId("runoff-final-tie")).toHaveText("— the final two are tied");
    await expect(results.getByTestId("runoff-tie")).toHaveText("Tie: Node.js, Go. No winner.");
    await expect(results.getByTestId("runoff-winner")).toHaveCount(0);
    await expect(results.getByTestId("results-leader")).toHaveText("Tied for first: Node.js, Go");
  }
  await expect(
    column(fran.page, LANGUAGE).getByTestId("insights").getByTestId("agreement"),
  ).toHaveAttribute("data-level", "split");

  const markdown = await download(fran.page, "Markdown");
  expect(markdown).toContain('- Instant runoff (a tie between "Node.js" and "Go"):');
  expect(markdown).toContain("; the final two are tied.");
  expect(markdown).not.toMatch(/Instant runoff \(".*" wins\)/);

  // "How is this counted?" opens the rules at the runoff, in a tab of its own.
  const opening = fran.context.waitForEvent("page");
  await column(fran.page, LANGUAGE).getByRole("link", { name: "How is this counted?" }).click();
  const rules = await opening;
  await expect(rules).toHaveURL(/\/help\/counting#ranked$/);
  await expect(rules.getByTestId("counting-doc")).toBeVisible();
  await expect(rules.getByRole("heading", { name: "Ranked", exact: true })).toBeInViewport();
  await closeAll(fran, ava);
});

test("the counting rules page is served under the strict CSP, and is accessible", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/help/counting#score");
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(page.getByRole("heading", { name: "How Stackboard counts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Score", exact: true })).toBeInViewport();
  await expect(page.getByTestId("counting-doc")).toContainText("over the criteria scored");
  expect(violations).toEqual([]);
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);
});

test("score mode: a criterion nobody scores changes neither the result nor a voter's row", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Score check",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, DATABASE);
  // Team familiarity weighs 0.8, Performance 0.5; the other four criteria stay unscored.
  await score(fran.page, "PostgreSQL", "Team familiarity", 5);
  await score(fran.page, "PostgreSQL", "Performance", 4);
  await score(ava.page, "PostgreSQL", "Team familiarity", 3);
  await score(ava.page, "PostgreSQL", "Performance", 4);

  const postgres = (page: Page) => tallyRow(page, DATABASE, "PostgreSQL");
  for (const person of [fran, ava]) {
    await expect(postgres(person.page).locator(".tally-value")).toHaveText("4.00 / 5");
    await expect(postgres(person.page).getByTestId("tally-unscored")).toHaveText(
      "4 of 6 criteria unscored",
    );
  }

  // The facilitator adds a criterion mid-vote; nobody scores it.
  await fran.page.getByRole("button", { name: "Criteria", exact: true }).click();
  const panel = fran.page.getByRole("dialog", { name: "Criteria and weights" });
  await panel.getByLabel("New criterion").fill("Compliance");
  await panel.getByRole("button", { name: "Add", exact: true }).click();
  await expect(panel.getByText("Compliance", { exact: true })).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).click();
  for (const person of [fran, ava]) {
    await expect(postgres(person.page).getByTestId("tally-unscored")).toHaveText(
      "5 of 7 criteria unscored",
    );
    // (0.8·4 + 0.5·4) ÷ 1.3: the same 4.00, the mean of the two voters' own rows.
    await expect(postgres(person.page).locator(".tally-value")).toHaveText("4.00 / 5");
  }
  const mine = (page: Page) => column(page, DATABASE).getByTestId("score-mine").first(); // PostgreSQL is the first option
  // Fran: (0.8·5 + 0.5·4) ÷ 1.3 = 4.62; Ava: (0.8·3 + 0.5·4) ÷ 1.3 = 3.38.
  await expect(mine(fran.page)).toHaveText("4.62");
  await expect(mine(ava.page)).toHaveText("3.38");

  // The what-if panel ranks with the same score.
  const whatIf = column(fran.page, DATABASE).getByTestId("what-if");
  await whatIf.locator("summary").click();
  const first = whatIf.getByTestId("whatif-ranking").locator("li").first();
  await expect(first).toHaveAttribute("data-option", "PostgreSQL");
  await expect(first).toContainText("4.00");

  await lockVoting(fran.page, DATABASE);
  const markdown = await download(fran.page, "Markdown");
  expect(markdown).toMatch(
    /\| PostgreSQL \| 4\.00 \| 4\.00 \| 4\.00 \| - \| - \| - \| - \| - \| 2 \| 1 \|/,
  );
  expect(markdown).toContain('- Unscored: "PostgreSQL" 5 of 7 criteria');
  await closeAll(fran, ava);
});
