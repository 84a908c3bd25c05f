// Meeting replay: the timeline slider shows the board as it was at an earlier event,
// and the link to that moment opens the same read-only view for someone else.
import { expect, test } from "@playwright/test";
import { addDecision, send } from "./support/intel.ts";
import { closeAll, column, joinRoom, openRoom, screenshot } from "./support/room.ts";

test("the replay slider shows an earlier vote count", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Replay check",
    name: "Fran",
    template: "Empty board",
  });
  await addDecision(fran.page, {
    id: "d-api",
    title: "API style",
    options: [
      { id: "o-rest", label: "REST", catalogId: "rest" },
      { id: "o-graphql", label: "GraphQL", catalogId: "graphql" },
    ],
  });
  await send(fran.page, { type: "decision.open", decisionId: "d-api" });
  const bo = await joinRoom(browser, roomUrl, "Bo");
  await send(fran.page, {
    type: "ballot.cast",
    decisionId: "d-api",
    ballot: { mode: "pick", optionId: "o-rest" },
  });
  await send(bo.page, {
    type: "ballot.cast",
    decisionId: "d-api",
    ballot: { mode: "pick", optionId: "o-graphql" },
  });
  await expect(column(fran.page, "API style").getByTestId("ballot-count")).toHaveText("2 voted");

  const replayUrl = `${roomUrl}/replay`;
  const page = fran.page;
  await page.goto(replayUrl);
  const ballots = page.getByTestId("replay-ballots");
  await expect(ballots).toHaveText("2 voted");
  const now = page.getByTestId("replay-now");
  await expect(now).toContainText("Bo voted on API style");

  // One step back on the timeline: before Bo's vote.
  const slider = page.getByTestId("replay-slider");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(now).toContainText("Fran voted on API style");
  await expect(ballots).toHaveText("1 voted");
  await expect(
    page.locator('[data-testid="replay-decision"] li[data-option="REST"]'),
  ).toHaveAttribute("data-value", "1");
  await expect(page).toHaveURL(/\/replay\?at=\d+$/);
  const moment = page.url();

  // Jump via the event list to when the room was opened: no decisions yet.
  await page.getByRole("button", { name: /Room “Replay check” opened/ }).click();
  await expect(page.getByTestId("replay-board")).toHaveCount(0);
  await page.goto(moment);
  await expect(ballots).toHaveText("1 voted");
  await screenshot(page, "replay");

  // The shared moment opens read-only for someone who never joined.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(moment);
  await expect(strangerPage.getByTestId("replay-ballots")).toHaveText("1 voted");
  await expect(strangerPage.getByLabel("Your name")).toHaveCount(0);
  await stranger.close();
  await closeAll(fran, bo);
});
