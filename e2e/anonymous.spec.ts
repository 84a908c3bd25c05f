// An anonymous decision: the other clients' websockets never carry a voter's id next to a
// ballot, the board shows no faces, only counts; the facilitator cannot undo anonymity.
import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  column,
  editSettings,
  expectLive,
  openRoom,
  openSettings,
  openVoting,
  type Person,
} from "./support/room.ts";

const API = "API style";

/** Joins like `joinRoom`, recording every websocket frame the page receives. */
async function joinRecording(
  browser: Browser,
  roomUrl: string,
  name: string,
): Promise<Person & { frames: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const frames: string[] = [];
  page.on("websocket", (socket) => {
    socket.on("framereceived", (frame) => frames.push(String(frame.payload)));
  });
  await page.goto(roomUrl);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: /^Voter/ }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expectLive(page);
  return { context, page, name, frames };
}

async function pick(page: Page, option: string) {
  const button = column(page, API).getByRole("button", { name: `Pick ${option}` });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

test("an anonymous decision never tells other clients who voted what", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Anonymous API",
    name: "Fran",
  });
  const ava = await joinRecording(browser, roomUrl, "Ava");
  const ben = await joinRecording(browser, roomUrl, "Ben");

  await editSettings(fran.page, API, (dialog) =>
    dialog
      .getByLabel("Anonymity")
      .selectOption("aliases")
      .then(() => undefined),
  );
  await expect(column(ava.page, API).getByTestId("anonymous-chip")).toBeVisible();
  // One-way: the names-visible level is no longer offered.
  const dialog = await openSettings(fran.page, API);
  await expect(dialog.getByRole("option", { name: "Names visible" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await openVoting(fran.page, API);

  await pick(ava.page, "REST");
  await pick(ben.page, "GraphQL");
  for (const person of [fran, ava, ben]) {
    const results = column(person.page, API).getByTestId("results");
    await expect(results.getByTestId("ballot-count")).toHaveText("2 voted");
    await expect(results.getByTestId("voted-avatar")).toHaveCount(0);
    await expect(results.getByTestId("tally-row")).toHaveCount(3);
  }

  // Ben's id, as Ava's socket learnt it when he joined.
  const joined = ava.frames
    .map((frame) => /"participantId":"(p[A-Za-z0-9]+)","name":"Ben"/.exec(frame)?.[1])
    .find((id) => id !== undefined);
  expect(joined).toBeTruthy();
  const benId = joined ?? "";
  const ballotFrames = ava.frames.filter((frame) =>
    /"type":"(ballot\.cast|ballot\.sealed|ballot\.retracted|decision\.revealed)"/.test(frame),
  );
  expect(ballotFrames.length).toBeGreaterThanOrEqual(2);
  for (const frame of ballotFrames) expect(frame).not.toContain(benId);
  // Ben's own tabs do get his ballot under his id (that is how he sees it as his).
  expect(ben.frames.some((frame) => frame.includes(benId) && frame.includes("ballot.cast"))).toBe(
    true,
  );

  await closeAll(fran, ava, ben);
});
