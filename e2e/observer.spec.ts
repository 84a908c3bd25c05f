// An observer watches and comments but cannot vote: no voting controls, and a vote forced
// through the console is refused by the server, with the refusal shown.
import { expect, test } from "@playwright/test";
import { closeAll, column, joinRoom, openRoom, openVoting, optionCard } from "./support/room.ts";

test("an observer sees no voting controls and a forced vote is refused", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Observer check",
    name: "Fran",
  });
  const olu = await joinRoom(browser, roomUrl, "Olu", "Observer");
  await openVoting(fran.page, "API style");
  await openVoting(fran.page, "Database");

  const api = column(olu.page, "API style");
  await expect(api.getByTestId("status-chip")).toHaveText("Voting");
  await expect(olu.page.getByRole("img", { name: /^Olu \(you\), Observer/ })).toBeVisible();
  await expect(olu.page.getByRole("button", { name: /^Pick / })).toHaveCount(0);
  await expect(olu.page.getByRole("button", { name: /^Add a dot/ })).toHaveCount(0);
  await expect(olu.page.getByRole("combobox", { name: /^Score / })).toHaveCount(0);
  await expect(olu.page.getByRole("button", { name: /^Add an option/ })).toHaveCount(0);
  await expect(olu.page.getByRole("button", { name: /^Open voting|^Lock voting/ })).toHaveCount(0);

  // Observers can still comment.
  const rest = optionCard(olu.page, "API style", "REST");
  await rest.getByRole("button", { name: "0 notes on REST" }).click();
  await rest.getByRole("radio", { name: "Question" }).check();
  await rest.getByLabel("Your note on REST").fill("Do we need streaming anywhere");
  await rest.getByRole("button", { name: "Add", exact: true }).click();
  await expect(
    optionCard(fran.page, "API style", "REST").getByRole("button", { name: "1 note on REST" }),
  ).toBeVisible();

  // A vote forced through the debug handle is refused, and Olu is told why.
  await olu.page.evaluate(() => {
    const handle = (globalThis as { stackboard?: { sendCommand: (command: unknown) => unknown } })
      .stackboard;
    handle?.sendCommand({
      type: "ballot.cast",
      decisionId: "api-style",
      ballot: { mode: "pick", optionId: "rest" },
    });
  });
  await expect(olu.page.getByRole("alert")).toContainText("Observers cannot vote.");
  await fran.page.waitForTimeout(300);
  await expect(column(fran.page, "API style").getByTestId("tally")).toHaveCount(0);
  await expect(column(olu.page, "API style").getByTestId("ballot-count")).toHaveText("0 voted");

  await closeAll(fran, olu);
});
