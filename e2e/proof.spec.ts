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
      .selectOption("aliases")
      .then(() => undefined),
  );
  await expect(column(ava.page, API).getByTestId("anonymous-chip")).toBeVisible();
  await openVoting(fran.page, API);

  const warning = column(fran.page, API).getByTestId("privacy-warning");
  await expect(warning).toContainText("Anonymity cannot hold");
  await expect(warning).toContainText("Only 2 voters");
  await warning.getByRole("button", { name: "Show totals only" }).click();
  await expect(warning.getByTestId("totals-only")).toContainText("Only totals are shown");
  // Voters are not facilitators: the warning is the facilitator's to act on.
  await expect(column(ava.page, API).getByTestId("privacy-warning")).toHaveCount(0);
  await closeAll(fran, ava);
});

test("a voter sees their sealed ballot counted as cast after the reveal", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Sealed proof",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await editSettings(fran.page, API, (dialog) =>
    dialog.getByLabel("Sealed ballots until reveal").check(),
  );
  await expect(column(ava.page, API).getByText("Sealed", { exact: true })).toBeVisible();
  await openVoting(fran.page, API);

  for (const [person, option] of [
    [ava, "REST"],
    [fran, "GraphQL"],
  ] as const) {
    const button = column(person.page, API).getByRole("button", { name: `Pick ${option}` });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
  }
  await expect(column(fran.page, API).getByTestId("ballot-count")).toHaveText("2 voted");
  // Before the reveal, nothing to check yet.
  await expect(column(ava.page, API).getByTestId("reveal-proof")).toHaveCount(0);
  await lockVoting(fran.page, API);
  await fran.page.getByRole("button", { name: `Reveal the ballots of ${API}` }).click();

  for (const person of [fran, ava]) {
    const proof = column(person.page, API).getByTestId("reveal-proof");
    await expect(proof.getByTestId("receipt-check")).toHaveText("Your ballot was counted as cast.");
    await expect(proof.getByTestId("commitment-check")).toHaveText(
      "All 2 revealed ballots match their commitments published before the reveal.",
    );
  }
  const record = await downloadMarkdown(fran.page);
  expect(record).toMatch(
    /- Commitments: 2 ballots committed before the reveal, all match; digest [A-Za-z0-9_-]{43}\./,
  );
  await closeAll(fran, ava);
});

const RADAR = [
  "name,ring,quadrant,isNew,description",
  "REST,Trial,Techniques,FALSE,Most public APIs.",
  "GraphQL,Adopt,Techniques,FALSE,The mobile app's API.",
  "Kafka,Assess,Platforms,TRUE,Events between services.",
].join("\n");

test("a radar imported in one browser is exported with movements by another", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Radar kept",
    name: "Fran",
  });
  const radar = column(fran.page, API).getByTestId("radar-import");
  await radar.locator("summary").click();
  await radar.getByLabel(/Radar CSV or JSON/).fill(RADAR);
  await radar.getByRole("button", { name: "Read radar" }).click();
  await expect(radar.getByTestId("radar-kept")).toContainText("kept in this room");

  await openVoting(fran.page, API);
  const pick = column(fran.page, API).getByRole("button", { name: "Pick REST" });
  await pick.click();
  await expect(pick).toHaveAttribute("aria-pressed", "true");
  await lockVoting(fran.page, API);
  await decide(fran.page, API, "REST", "Boring is good");

  // Someone else, in another browser that never saw the import.
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await ava.page.goto(`${roomUrl}/record`);
  await ava.page.getByText("More exports").click();
  const download = ava.page.waitForEvent("download");
  await ava.page.getByRole("button", { name: "Tech radar (CSV)" }).click();
  const csv = await readFile((await (await download).path()) ?? "", "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("name,ring,quadrant,isNew,status,movement,history,description");
  expect(csv).toMatch(
    /REST,Adopt,Techniques,FALSE,Moved,Moved In,Radar \(\d{4}-\d\d-\d\d\): Trial; now: Adopt,API style: chosen/,
  );
  expect(csv).toContain("GraphQL,Hold,Techniques,FALSE,Moved,Moved Out,");
  // The radar's untouched blips are kept.
  expect(csv).toContain("Kafka,Assess,Platforms,FALSE,No change,No Change,");
  // The server's export reads the same radar.
  const roomId = new URL(roomUrl).pathname.split("/")[2] ?? "";
  const served = await (await ava.page.request.get(`/api/rooms/${roomId}/export.radar.csv`)).text();
  expect(served).toContain("Moved In");
  await closeAll(fran, ava);
});

test("a decision with a deadline closes while nobody is connected and shows closed on the next join", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Async vote",
    name: "Fran",
  });
  await openVoting(fran.page, API);
  const closesAt = await fran.page.evaluate(() => {
    const at = new Date(Date.now() + 6_000);
    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
    return local.toISOString().slice(0, 19);
  });
  await editSettings(fran.page, API, (dialog) => dialog.getByLabel("Closes at").fill(closesAt));
  await expect(column(fran.page, API).getByTestId("deadline")).toHaveAttribute(
    "data-closed",
    "false",
  );
  const pick = column(fran.page, API).getByRole("button", { name: "Pick REST" });
  await pick.click();
  await expect(pick).toHaveAttribute("aria-pressed", "true");
  await closeAll(fran);

  // Nobody is connected when the deadline passes.
  await new Promise((resolve) => setTimeout(resolve, 9_000));
  const ben = await joinRoom(browser, roomUrl, "Ben");
  await expect(column(ben.page, API).getByTestId("status-chip")).toHaveText("Locked");
  await expect(column(ben.page, API).getByTestId("deadline")).toHaveAttribute(
    "data-closed",
    "true",
  );
  await expect(column(ben.page, API).getByTestId("deadline")).toContainText(
    "Closed at its deadline",
  );
  await closeAll(ben);
});
