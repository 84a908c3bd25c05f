// Disagreement at reveal: once voting is locked, each option shows how its scores spread
// and the voter far from the room's median is named, to be asked to speak first.
import { expect, test } from "@playwright/test";
import { addDecision, send } from "./support/intel.ts";
import { closeAll, column, joinRoom, openRoom, screenshot } from "./support/room.ts";

const scores = (pg: number, mongo: number) => [
  { optionId: "o-pg", criterionId: "team-familiarity", score: pg },
  { optionId: "o-pg", criterionId: "maintainability", score: pg },
  { optionId: "o-mongo", criterionId: "team-familiarity", score: mongo },
  { optionId: "o-mongo", criterionId: "maintainability", score: mongo },
];

test("the spread of scores flags the voter far from the room", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Disagreement check",
    name: "Fran",
    template: "Empty board",
  });
  await addDecision(fran.page, {
    id: "d-db",
    title: "Database",
    mode: "score",
    options: [
      { id: "o-pg", label: "PostgreSQL", catalogId: "postgresql" },
      { id: "o-mongo", label: "MongoDB", catalogId: "mongodb" },
    ],
  });
  await send(fran.page, { type: "decision.open", decisionId: "d-db" });
  const bo = await joinRoom(browser, roomUrl, "Bo");
  const chen = await joinRoom(browser, roomUrl, "Chen");
  for (const [person, pg, mongo] of [
    [fran, 5, 2],
    [bo, 4, 3],
    [chen, 1, 5],
  ] as const) {
    await send(person.page, {
      type: "ballot.cast",
      decisionId: "d-db",
      ballot: { mode: "score", scores: scores(pg, mongo) },
    });
  }
  const db = column(fran.page, "Database");
  await expect(db.getByTestId("ballot-count")).toContainText("3");
  // Not while voting is open: the spread would nudge late voters.
  await expect(db.getByTestId("disagreement")).toHaveCount(0);
  await send(fran.page, { type: "decision.lock", decisionId: "d-db" });

  const panel = db.getByTestId("disagreement");
  await expect(panel).toBeVisible();
  const first = panel.getByTestId("speak-first");
  await expect(first.locator("li")).toHaveCount(1);
  await expect(first).toContainText("Chen rated PostgreSQL 1 (room median 4)");
  const pg = panel.locator('[data-testid="spread"][data-option="PostgreSQL"]');
  for (const [bin, count] of [
    [1, 1],
    [2, 0],
    [3, 0],
    [4, 1],
    [5, 1],
  ]) {
    await expect(pg.locator(`[data-bin="${bin}"]`)).toHaveAttribute("data-count", String(count));
  }
  // Everyone sees the same spread (it is derived from the shared log).
  await expect(column(chen.page, "Database").getByTestId("speak-first")).toContainText("Chen");

  await panel.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await screenshot(fran.page, "disagreement");
  await closeAll(fran, bo, chen);
});
