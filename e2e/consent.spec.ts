// Consent: the Database decision's first option is the proposal; one voter agrees, one
// blocks with a reason. Everyone sees it blocked, and the exported record names the block
// as dissent with its reason.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { closeAll, column, joinRoom, lockVoting, openRoom, openVoting } from "./support/room.ts";

const DB = "Database";

async function takeStance(page: Page, stance: "Agree" | "Object" | "Block", reason = "") {
  const form = column(page, DB).getByTestId("consent-control");
  await form.getByRole("radio", { name: new RegExp(`^${stance}`) }).check();
  if (reason !== "") await form.getByLabel("Reason (optional)").fill(reason);
  await form.getByRole("button", { name: "Submit my stance" }).click();
  await expect(form.getByTestId("my-stance")).toHaveText(`Your stance: ${stance}`);
}

test("a consent decision is blocked, and the block is dissent in the record", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Consent DB",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const ben = await joinRoom(browser, roomUrl, "Ben");
  const everyone = [fran, ava, ben];

  const settings = fran.page.getByRole("form", { name: `Voting settings for ${DB}` });
  await settings.getByLabel("Mode").selectOption("consent");
  await settings.getByRole("button", { name: "Apply" }).click();
  await openVoting(fran.page, DB);
  await expect(column(ava.page, DB).getByText("Proposal: PostgreSQL")).toBeVisible();

  await takeStance(ava.page, "Agree");
  await takeStance(ben.page, "Object", "Backups worry me");
  // Still passing: an objection is a concern, not a veto.
  await expect(column(fran.page, DB).getByTestId("consent-outcome")).toHaveText(
    "Passes with objections",
  );
  await takeStance(ben.page, "Block", "Nobody on call knows PostgreSQL");

  for (const person of everyone) {
    const results = column(person.page, DB).getByTestId("results");
    await expect(results.getByTestId("consent-outcome")).toHaveText("Blocked");
    await expect(results.getByTestId("consent-counts")).toHaveText("1 agree · 0 object · 1 block");
    await expect(results.getByTestId("consent-concern")).toHaveText([
      "Ben (Block): Nobody on call knows PostgreSQL",
    ]);
  }
  await lockVoting(fran.page, DB);

  await fran.page.getByText("Export", { exact: true }).click();
  const downloading = fran.page.waitForEvent("download");
  await fran.page.getByRole("button", { name: /^Markdown/ }).click();
  const markdown = await readFile(await (await downloading).path(), "utf8");
  expect(markdown).toContain("- Voting: consent (agree, object or block the proposal)");
  expect(markdown).toContain('- Consent on "PostgreSQL": blocked (1 agree, 0 object, 1 block).');
  expect(markdown).toContain("- Dissent:\n  - Ben blocked: Nobody on call knows PostgreSQL\n");

  await closeAll(...everyone);
});
