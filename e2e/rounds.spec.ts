// Rules and rounds: a quorum the board says is not met until everyone voted, then a new
// round that keeps the first round's tally on the board and in the record.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  column,
  editSettings,
  joinRoom,
  lockVoting,
  openRoom,
  openVoting,
} from "./support/room.ts";

const API = "API style";

async function pick(page: Page, option: string) {
  const button = column(page, API).getByRole("button", { name: `Pick ${option}` });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

test("a quorum is shown until met, and a new round keeps the last one's tally", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Rounds",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const ben = await joinRoom(browser, roomUrl, "Ben");

  await editSettings(fran.page, API, async (dialog) => {
    await dialog.getByLabel("Quorum (% of voters)").fill("100");
    await dialog.getByLabel("Pass threshold (%)").fill("60");
  });
  await openVoting(fran.page, API);

  await pick(ava.page, "REST");
  const status = column(ben.page, API).getByTestId("rules-status");
  await expect(status).toContainText("Quorum not met: 1 of 3 voted, 100% needed.");
  await pick(ben.page, "GraphQL");
  await pick(fran.page, "REST");
  await expect(status).toHaveText("Quorum and threshold met.");

  await lockVoting(fran.page, API);
  await fran.page.getByRole("button", { name: `Start a new round on ${API}` }).click();
  await expect(column(ava.page, API).getByTestId("status-chip")).toHaveText("Voting");
  await expect(column(ava.page, API).getByTestId("ballot-count")).toHaveText("0 voted");
  const earlier = column(ava.page, API).getByTestId("earlier-round");
  await expect(earlier).toHaveCount(1);
  await expect(earlier).toContainText("Round 1 · 3 ballots");

  await fran.page.getByText("Export", { exact: true }).click();
  const downloading = fran.page.waitForEvent("download");
  await fran.page.getByRole("button", { name: /^Markdown/ }).click();
  const markdown = await readFile(await (await downloading).path(), "utf8");
  expect(markdown).toContain(
    '- Earlier rounds:\n  - Round 1 (pick, 3 ballots; led by "REST"): "REST" 2, "GraphQL" 1, "gRPC" 0.',
  );

  await closeAll(fran, ava, ben);
});
