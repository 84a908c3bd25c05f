// Consent with a real proposal: the facilitator writes it (adopting MongoDB, not the first
// option); nobody's stance is chosen for them; Ava agrees, Ben objects with a reason, Cy
// tries to block without one and is told a reason is needed, then blocks with one. Board,
// record page and exported Markdown list every objection and block with its reason.
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

const DB = "Database";
const PROPOSAL = "We adopt MongoDB for the event store, with nightly backups.";

function consentForm(page: Page) {
  return column(page, DB).getByTestId("consent-control");
}

async function takeStance(page: Page, stance: "Agree" | "Object" | "Block", reason = "") {
  const form = consentForm(page);
  await form.getByRole("radio", { name: new RegExp(`^${stance}`) }).check();
  if (reason !== "") await form.getByRole("textbox").fill(reason);
  await form.getByRole("button", { name: "Submit my stance" }).click();
}

test("a written proposal is blocked with reasons, and the record lists every concern", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Consent DB",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const ben = await joinRoom(browser, roomUrl, "Ben");
  const cy = await joinRoom(browser, roomUrl, "Cy");
  const everyone = [fran, ava, ben, cy];

  await editSettings(fran.page, DB, (dialog) =>
    dialog
      .getByLabel("Mode")
      .selectOption("consent")
      .then(() => undefined),
  );
  // No vote without a proposal to stand on.
  const open = fran.page.getByRole("button", { name: `Open voting on ${DB}` });
  await expect(open).toBeDisabled();
  await expect(column(fran.page, DB).getByText("Write the proposal first.")).toBeVisible();

  await editSettings(fran.page, DB, async (dialog) => {
    await dialog.getByLabel("Proposal", { exact: true }).fill(PROPOSAL);
    await dialog.getByLabel("It adopts").selectOption({ label: "MongoDB" });
  });
  await openVoting(fran.page, DB);

  for (const person of everyone) {
    const shown = column(person.page, DB).getByTestId("consent-proposal").first();
    await expect(shown).toContainText(PROPOSAL);
    await expect(shown).toContainText("The proposal adopts MongoDB");
  }
  // Nothing is chosen for a voter.
  for (const radio of await consentForm(ava.page).getByRole("radio").all()) {
    await expect(radio).not.toBeChecked();
  }

  await takeStance(ava.page, "Agree");
  await expect(consentForm(ava.page).getByTestId("my-stance")).toHaveText("Your stance: Agree");
  await takeStance(ben.page, "Object", "Backups worry me");
  await expect(consentForm(ben.page).getByTestId("my-stance")).toHaveText("Your stance: Object");

  // A block without a reason is not sent: Cy is told why.
  await takeStance(cy.page, "Block");
  await expect(consentForm(cy.page).getByTestId("consent-error")).toHaveText(
    "A block needs a reason: say what would have to change.",
  );
  await expect(consentForm(cy.page).getByTestId("my-stance")).toHaveCount(0);
  await expect(column(fran.page, DB).getByTestId("consent-outcome")).toHaveText(
    "Passes with objections",
  );
  await takeStance(cy.page, "Block", "Nobody on call knows MongoDB");
  await expect(consentForm(cy.page).getByTestId("my-stance")).toHaveText("Your stance: Block");

  const concerns = ["Ben (Object): Backups worry me", "Cy (Block): Nobody on call knows MongoDB"];
  for (const person of everyone) {
    const results = column(person.page, DB).getByTestId("results");
    await expect(results.getByTestId("consent-outcome")).toHaveText("Blocked");
    await expect(results.getByTestId("consent-counts")).toHaveText("1 agree · 1 object · 1 block");
    await expect(results.getByTestId("consent-concern")).toHaveText(concerns);
  }
  await lockVoting(fran.page, DB);

  await fran.page.getByText("Export", { exact: true }).click();
  const downloading = fran.page.waitForEvent("download");
  await fran.page.getByRole("button", { name: /^Markdown/ }).click();
  const markdown = await readFile(await (await downloading).path(), "utf8");
  expect(markdown).toContain(
    'The proposal (adopting "MongoDB"): We adopt MongoDB for the event store, with nightly backups.',
  );
  expect(markdown).toContain(
    '- Consent on the proposal (adopting "MongoDB"): blocked (1 agree, 1 object, 1 block).',
  );
  expect(markdown).toContain(
    "- Dissent:\n  - Ben objected: Backups worry me\n  - Cy blocked: Nobody on call knows MongoDB\n",
  );

  await ava.page.goto(`${roomUrl}/record`);
  const record = ava.page.getByTestId("record-decision").filter({ hasText: DB });
  await expect(record.getByTestId("consent-proposal")).toContainText(PROPOSAL);
  await expect(record.getByTestId("consent-concern")).toHaveText(concerns);

  await closeAll(...everyone);
});
