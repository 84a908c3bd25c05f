// A reload mid-meeting keeps who I am (same participant, same name) and what I did.
import { expect, test } from "@playwright/test";
import {
  closeAll,
  column,
  expectLive,
  joinRoom,
  openRoom,
  openVoting,
  optionCard,
  tallyRow,
} from "./support/room.ts";

test("a reload keeps my identity, my vote and the board", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Reload check",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, "API style");
  const pickGraphql = optionCard(ava.page, "API style", "GraphQL").getByRole("button", {
    name: "Pick GraphQL",
  });
  await pickGraphql.click();
  await expect(tallyRow(fran.page, "API style", "GraphQL")).toHaveAttribute("data-value", "1");

  // Ava adds a note too, so there is more state to survive the reload.
  const rest = optionCard(ava.page, "API style", "REST");
  await rest.getByRole("button", { name: "0 notes on REST" }).click();
  await rest.getByLabel("Your note on REST").fill("Boring in the best way");
  await rest.getByRole("button", { name: "Add", exact: true }).click();
  await expect(rest.getByTestId("annotation")).toHaveCount(1);

  await ava.page.reload();
  await expectLive(ava.page);
  // No join form: the same browser is the same person.
  await expect(ava.page.getByRole("button", { name: "Join the room" })).toHaveCount(0);
  await expect(ava.page.getByRole("img", { name: /^Ava \(you\), Voter/ })).toBeVisible();
  await expect(
    optionCard(ava.page, "API style", "GraphQL").getByRole("button", { name: "Pick GraphQL" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(column(ava.page, "API style").getByTestId("status-chip")).toHaveText("Voting");
  await expect(tallyRow(ava.page, "API style", "GraphQL")).toHaveAttribute("data-value", "1");
  await expect(
    optionCard(ava.page, "API style", "REST").getByRole("button", { name: "1 note on REST" }),
  ).toBeVisible();

  // Still one Ava and one ballot for everyone else.
  await expect(fran.page.getByTestId("presence-avatar")).toHaveCount(2);
  await expect(
    fran.page.locator('[data-testid="presence-avatar"][data-name="Ava"]'),
  ).toHaveAttribute("data-status", "online");
  await expect(column(fran.page, "API style").getByTestId("ballot-count")).toHaveText("1 voted");

  // A second tab in the same browser is the same person too.
  const secondTab = await ava.context.newPage();
  await secondTab.goto(roomUrl);
  await expectLive(secondTab);
  await expect(
    optionCard(secondTab, "API style", "GraphQL").getByRole("button", { name: "Pick GraphQL" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(fran.page.getByTestId("presence-avatar")).toHaveCount(2);

  // The facilitator reloads too and is still the facilitator.
  await fran.page.reload();
  await expectLive(fran.page);
  await expect(fran.page.getByRole("button", { name: "Lock voting on API style" })).toBeVisible();

  await closeAll(fran, ava);
});

test("Undo survives a reload: my note, then my vote, are taken back for everyone", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Undo after reload",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, "API style");
  const pickRest = () =>
    optionCard(ava.page, "API style", "REST").getByRole("button", { name: "Pick REST" });
  await pickRest().click();
  await expect(tallyRow(fran.page, "API style", "REST")).toHaveAttribute("data-value", "1");
  const rest = optionCard(ava.page, "API style", "REST");
  await rest.getByRole("button", { name: "0 notes on REST" }).click();
  await rest.getByLabel("Your note on REST").fill("Caching comes for free");
  await rest.getByRole("button", { name: "Add", exact: true }).click();
  const franNotes = optionCard(fran.page, "API style", "REST").getByRole("button", {
    name: "1 note on REST",
  });
  await expect(franNotes).toBeVisible();

  await ava.page.reload();
  await expectLive(ava.page);
  // The newest thing I did was the note: Undo takes it back, in my browser and in Fran's.
  const undo = column(ava.page, "API style").getByRole("button", {
    name: "Undo my last note on API style",
  });
  await undo.click();
  await expect(
    optionCard(fran.page, "API style", "REST").getByRole("button", { name: "0 notes on REST" }),
  ).toBeVisible();
  await expect(
    optionCard(ava.page, "API style", "REST").getByRole("button", { name: "0 notes on REST" }),
  ).toBeVisible();

  // Once more after another reload: the vote before it is next.
  await ava.page.reload();
  await expectLive(ava.page);
  await column(ava.page, "API style")
    .getByRole("button", { name: "Undo my last vote on API style" })
    .click();
  await expect(pickRest()).toHaveAttribute("aria-pressed", "false");
  await expect(column(fran.page, "API style").getByTestId("voted-avatar")).toHaveCount(0);
  // Nothing is left to undo, even after a reload.
  await ava.page.reload();
  await expectLive(ava.page);
  await expect(
    column(ava.page, "API style").getByRole("button", { name: /^Undo my last/ }),
  ).toHaveCount(0);
  await closeAll(fran, ava);
});
