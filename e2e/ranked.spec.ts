// Ranked choice with a runoff and an abstention: voters order the options with the up/down
// buttons (by keyboard too), the rounds show who was eliminated and who won, and the
// exported record lists the rounds.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  column,
  decide,
  editSettings,
  joinRoom,
  lockVoting,
  openRoom,
  openVoting,
} from "./support/room.ts";

const API = "API style";

async function rank(page: Page, option: string) {
  const ranked = column(page, API).getByTestId("my-ranking");
  const before = await ranked.locator("li").count();
  await column(page, API)
    .getByRole("button", { name: `Rank ${option}`, exact: true })
    .click();
  await expect(ranked.locator("li")).toHaveCount(before + 1);
  await expect(ranked.locator("li").last()).toHaveAttribute("data-option", option);
}

async function expectRanking(page: Page, options: string[]) {
  const items = column(page, API).getByTestId("my-ranking").locator("li");
  await expect(items).toHaveCount(options.length);
  for (const [index, option] of options.entries()) {
    await expect(items.nth(index)).toHaveAttribute("data-option", option);
  }
}

test("a ranked-choice decision is settled by an instant runoff", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Ranked API",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const ben = await joinRoom(browser, roomUrl, "Ben");
  const cy = await joinRoom(browser, roomUrl, "Cy");
  const everyone = [fran, ava, ben, cy];

  await editSettings(fran.page, API, (dialog) =>
    dialog
      .getByLabel("Mode")
      .selectOption("ranked")
      .then(() => undefined),
  );
  await expect(column(ava.page, API).getByText("Ranked choice")).toBeVisible();
  await openVoting(fran.page, API);

  // Fran ranks GraphQL then gRPC, then moves gRPC up with the keyboard.
  await rank(fran.page, "GraphQL");
  await rank(fran.page, "gRPC");
  const up = column(fran.page, API).getByRole("button", { name: "Move gRPC up" });
  await up.focus();
  await fran.page.keyboard.press("Enter");
  await expectRanking(fran.page, ["gRPC", "GraphQL"]);
  // Undo puts back the ranking from before the move; moving again restores it.
  const undo = column(fran.page, API).getByRole("button", { name: `Undo my last vote on ${API}` });
  await undo.click();
  await expectRanking(fran.page, ["GraphQL", "gRPC"]);
  await up.click();
  await expectRanking(fran.page, ["gRPC", "GraphQL"]);

  await rank(ava.page, "REST");
  await rank(ben.page, "GraphQL");
  await column(cy.page, API)
    .getByRole("button", { name: `Abstain on ${API}` })
    .click();
  await expect(column(cy.page, API).getByText("You abstained.")).toBeVisible();

  // Everyone sees four ballots, one of them an abstention, and the runoff: round 1 is a
  // three-way tie for last, broken by option order (gRPC, listed last, goes, and the
  // round says so); its ballot moves to GraphQL, who wins.
  for (const person of everyone) {
    const results = column(person.page, API).getByTestId("results");
    await expect(results.getByTestId("ballot-count")).toHaveText("4 voted · 1 abstention");
    await expect(results.getByTestId("runoff-round")).toHaveCount(2);
    await expect(results.getByTestId("runoff-eliminated")).toHaveText([
      "— gRPC eliminated (tie for last with REST, GraphQL, broken by option order: the option listed last leaves)",
    ]);
    await expect(results.getByTestId("runoff-winner")).toHaveText("GraphQL wins");
  }

  await lockVoting(fran.page, API);
  await decide(fran.page, API, "GraphQL", "Wins the runoff");

  await fran.page.getByText("Export", { exact: true }).click();
  const downloading = fran.page.waitForEvent("download");
  await fran.page.getByRole("button", { name: /^Markdown/ }).click();
  const markdown = await readFile((await (await downloading).path()) ?? "", "utf8");
  expect(markdown).toContain("- Voting: ranked choice (instant runoff)");
  expect(markdown).toContain("3 ballots counted. 1 voter abstained.");
  expect(markdown).toContain('- Instant runoff ("GraphQL" wins):');
  expect(markdown).toContain(
    '  - Round 1: "REST" 1, "GraphQL" 1, "gRPC" 1; "gRPC" eliminated (tied for last with ' +
      '"REST" and "GraphQL"; tie broken by option order: the option listed last leaves).',
  );
  expect(markdown).toContain('  - Round 2: "REST" 1, "GraphQL" 2.');

  await closeAll(...everyone);
});
