// Radar round trip and records people keep: a BYOR radar seeds a decision and flags its
// Hold entry; the room keeps the radar, and the settled choice exports as a radar CSV
// (movement against the kept radar), as a MADR file with the people by role, and as a
// ballots CSV.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addDecision, send } from "./support/intel.ts";
import { closeAll, column, joinRoom, openRoom, optionCard } from "./support/room.ts";

const RADAR = readFileSync("packages/core/src/radar/__fixtures__/team-radar.csv", "utf8");

test("a radar import marks a Hold option; radar, MADR and ballots export", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Radar check",
    name: "Fran",
    template: "Empty board",
  });
  const page = fran.page;
  const roomId = new URL(roomUrl).pathname.split("/")[2] ?? "";
  await addDecision(page, {
    id: "d-db",
    title: "Database",
    options: [{ id: "o-pg", label: "PostgreSQL", catalogId: "postgresql" }],
  });

  const db = column(page, "Database");
  const radar = db.getByTestId("radar-import");
  await radar.locator("summary").click();
  await radar.getByLabel(/Radar CSV or JSON/).fill(RADAR);
  await radar.getByRole("button", { name: "Read radar" }).click();
  // Only the radar's databases are suggested for this slot: MongoDB (on Hold).
  await expect(radar.getByRole("checkbox")).toHaveCount(1);
  await expect(radar.getByRole("checkbox", { name: /MongoDB/ })).toBeChecked();
  await radar.getByRole("button", { name: "Add 1 option" }).click();

  const mongo = optionCard(page, "Database", "MongoDB");
  await expect(mongo).toBeVisible();
  await expect(radar.getByTestId("radar-hold")).toHaveText("On Hold in your tech radar: MongoDB");
  // The Hold flag is a shared risk note, so the whole room sees it.
  const olu = await joinRoom(browser, roomUrl, "Olu", "Observer");
  await expect(
    optionCard(olu.page, "Database", "MongoDB").getByRole("button", { name: "1 note on MongoDB" }),
  ).toBeVisible();

  await send(page, { type: "decision.open", decisionId: "d-db" });
  await send(page, {
    type: "ballot.cast",
    decisionId: "d-db",
    ballot: { mode: "pick", optionId: "o-pg" },
  });
  await expect(db.getByTestId("ballot-count")).toHaveText("1 voted");
  await send(page, { type: "decision.lock", decisionId: "d-db" });
  await send(page, {
    type: "decision.decide",
    decisionId: "d-db",
    optionId: "o-pg",
    rationale: "=SUM(1) keeps it boring",
  });
  await expect(db.getByTestId("outcome")).toBeVisible();

  // The record page exports the radar the room keeps, against it: each blip's movement and
  // history, the radar's untouched blips carried over.
  await page.goto(`${roomUrl}/record`);
  await expect(page.getByRole("main")).toContainText("PostgreSQL");
  await page.getByText("More exports").click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tech radar (CSV)" }).click();
  const sheet = readFileSync((await (await download).path()) ?? "", "utf8").split("\r\n");
  expect(sheet[0]).toBe("name,ring,quadrant,isNew,status,movement,history,description");
  expect(sheet[1]).toMatch(
    /^PostgreSQL,Adopt,Platforms,FALSE,No change,No Change,Radar \(\d{4}-\d\d-\d\d\): Adopt; now: Adopt,Database: chosen$/,
  );
  expect(sheet[2]).toMatch(
    /^MongoDB,Hold,Platforms,FALSE,No change,No Change,.*"Database: considered, not backed"$/,
  );
  expect(sheet).toContain(
    "Node.js,Adopt,Languages & Frameworks,FALSE,No change,No Change,Radar (" +
      sheet[1]?.match(/\d{4}-\d\d-\d\d/)?.[0] +
      "): Adopt; now: Adopt,Most of our services.",
  );
  // The server's sheet is the same file.
  const served = await (await page.request.get(`/api/rooms/${roomId}/export.radar.csv`)).text();
  expect(served.split("\r\n")).toEqual(sheet);

  // One MADR file per decision, people by role in the front matter.
  const madrDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Database (MADR)" }).click();
  expect((await madrDownload).suggestedFilename()).toBe("0001-database.md");
  const madr = await page.request.get(`/api/rooms/${roomId}/decisions/d-db/export.md`);
  expect(madr.headers()["content-disposition"]).toMatch(/filename="?0001-database\.md"?/);
  const text = await madr.text();
  expect(text).toMatch(
    /^---\nstatus: accepted\ndate: \d{4}-\d\d-\d\d\ndecision-makers: \["Fran"\]\nconsulted: \[\]\ninformed: \["Olu"\]\n---\n\n# Database\n/,
  );
  expect(text).toContain('Chosen option: "PostgreSQL", because');
  // User text in the record is escaped (inert Markdown), hence the backslashes.
  expect(text).toContain("- Risk: Tech radar: Hold. Two painful migrations");

  // Ballots as CSV, with typed-in formulas neutralised.
  const ballots = await (await page.request.get(`/api/rooms/${roomId}/export.ballots.csv`)).text();
  expect(ballots.split("\r\n")[0]).toBe(
    "decision,mode,participant,role,option,criterion,value,castAt",
  );
  expect(ballots).toMatch(/\r\nDatabase,pick,Fran,facilitator,PostgreSQL,,1,\d{4}-/);

  // The read-only summary renders without joining.
  const stranger = await browser.newContext();
  const summary = await stranger.newPage();
  await summary.goto(`${roomUrl}/summary`);
  await expect(summary.getByTestId("summary")).toContainText("PostgreSQL");
  await expect(summary.getByLabel("Your name")).toHaveCount(0);
  await stranger.close();
  await closeAll(fran, olu);
});
