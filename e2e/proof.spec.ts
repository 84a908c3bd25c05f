// Proof, not trust (issue 21), in real Chromium: a decided vote says when its winner
// depends on the counting method, in the board and the record; an anonymous decision with
// too few voters warns the facilitator before the reveal.
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
}

async function configure(page: Page, mode: string) {
  await editSettings(page, API, (dialog) =>
    dialog
      .getByLabel("Mode")
      .selectOption(mode)
      .then(() => undefined),
  );
}

async function downloadMarkdown(page: Page): Promise<string> {
  await page.getByText("Export", { exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Markdown/ }).click();
  return readFile((await (await downloading).path()) ?? "", "utf8");
}

test("a decided vote whose winner changes by method says so on the board and in the record", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Method check",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await configure(fran.page, "ranked");
  await expect(column(ava.page, API).getByText("Ranked choice")).toBeVisible();
  await openVoting(fran.page, API);

  // REST > GraphQL and GraphQL > gRPC: the runoff and Schulze tie REST and GraphQL, Borda
  // gives GraphQL 3 points to REST's 2.
  await rank(fran.page, "REST");
  await rank(fran.page, "GraphQL");
  await rank(ava.page, "GraphQL");
  await rank(ava.page, "gRPC");
  await lockVoting(fran.page, API);
  // No method check before the decision.
  await expect(column(fran.page, API).getByTestId("method-check")).toHaveCount(0);
  await decide(fran.page, API, "GraphQL", "Borda's compromise");

  for (const person of [fran, ava]) {
    const check = column(person.page, API).getByTestId("method-check");
    await expect(check).toHaveAttribute("data-verdict", "depends");
    await expect(check).toContainText("The winner depends on the method.");
    await expect(check.getByTestId("method-instant-runoff")).toHaveText(
      "Instant runoff: tie between REST, GraphQL",
    );
    await expect(check.getByTestId("method-borda")).toHaveText("Borda: GraphQL");
  }
  const record = await downloadMarkdown(fran.page);
  expect(record).toContain(
    '- Method robustness: the winner depends on the method: instant runoff: a tie between "REST" and "GraphQL"; Borda: "GraphQL" wins; Schulze (Condorcet): a tie between "REST" and "GraphQL".',
  );
  await closeAll(fran, ava);
});

test("an anonymous decision with too few voters warns the facilitator before the reveal", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Small room",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await editSettings(fran.page, API, (dialog) =>
    dialog
      .getByLabel("Anonymity")
      .selectOption("full")
      .then(() => undefined),
  );
  await expect(column(ava.page, API).getByTestId("anonymous-chip")).toBeVisible();
  await openVoting(fran.page, API);

  const warning = column(fran.page, API).getByTestId("privacy-warning");
  await expect(warning).toContainText("Anonymity cannot hold");
  await expect(warning).toContainText("Only 2 voters");
  // Voters are not facilitators: the warning is the facilitator's to act on.
  await expect(column(ava.page, API).getByTestId("privacy-warning")).toHaveCount(0);
  await closeAll(fran, ava);
});
