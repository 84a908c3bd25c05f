// Sensitivity you can see: dragging a criterion's weight in the what-if panel re-ranks
// a score decision live in this browser, and the leader flips where the mark says.
import { expect, test } from "@playwright/test";
import { addDecision, send } from "./support/intel.ts";
import { closeAll, column, openRoom, screenshot } from "./support/room.ts";

test("dragging a weight flips the leader", async ({ browser }) => {
  const { facilitator: fran } = await openRoom(browser, {
    title: "What-if check",
    name: "Fran",
    template: "Empty board",
  });
  const page = fran.page;
  await addDecision(page, {
    id: "d-db",
    title: "Database",
    mode: "score",
    options: [
      { id: "o-pg", label: "PostgreSQL", catalogId: "postgresql" },
      { id: "o-mongo", label: "MongoDB", catalogId: "mongodb" },
    ],
  });
  await send(page, { type: "decision.open", decisionId: "d-db" });
  // Empty board criteria: Team familiarity 0.5, Maintainability 0.5.
  // PostgreSQL 5·x + 2·0.5 vs MongoDB 2·x + 4·0.5: they cross at familiarity x = 1/3.
  await send(page, {
    type: "ballot.cast",
    decisionId: "d-db",
    ballot: {
      mode: "score",
      scores: [
        { optionId: "o-pg", criterionId: "team-familiarity", score: 5 },
        { optionId: "o-pg", criterionId: "maintainability", score: 2 },
        { optionId: "o-mongo", criterionId: "team-familiarity", score: 2 },
        { optionId: "o-mongo", criterionId: "maintainability", score: 4 },
      ],
    },
  });
  const db = column(page, "Database");
  const panel = db.getByTestId("what-if");
  await expect(panel).toBeVisible();
  await panel.locator("summary").click();
  const leader = panel.getByTestId("whatif-leader");
  await expect(leader).toHaveAttribute("data-option", "PostgreSQL");

  const slider = panel.getByRole("slider", { name: "What-if weight of Team familiarity" });
  const familiarity = page.getByRole("slider", { name: "What-if weight of Team familiarity" });
  const mark = panel.locator(".whatif-slider", { has: familiarity }).getByTestId("flip-mark");
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAttribute("data-weight", "0.333");

  // Drag the thumb from 0.5 down to about 0.1 with the mouse, as a person would.
  await panel.evaluate((element) => element.scrollIntoView({ block: "end" }));
  const box = await slider.boundingBox();
  if (box === null) throw new Error("slider not laid out");
  const thumbX = (value: number) => box.x + 8 + value * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(thumbX(0.5), y);
  await page.mouse.down();
  await page.mouse.move(thumbX(0.3), y, { steps: 5 });
  await page.mouse.move(thumbX(0.1), y, { steps: 5 });
  await page.mouse.up();

  await expect(leader).toHaveAttribute("data-option", "MongoDB");
  await expect(leader).toContainText("MongoDB would lead instead of PostgreSQL.");
  const value = Number(await slider.inputValue());
  expect(value).toBeLessThan(1 / 3);
  await expect(panel.getByTestId("whatif-ranking").locator("li").first()).toHaveAttribute(
    "data-option",
    "MongoDB",
  );
  // Nothing was sent: the room's tally still has PostgreSQL first.
  await expect(db.locator('[data-testid="tally-row"]').first()).toHaveAttribute(
    "data-option",
    "PostgreSQL",
  );
  await panel.evaluate((element) => element.scrollIntoView({ block: "end" }));
  await screenshot(page, "what-if");
  await closeAll(fran);
});
