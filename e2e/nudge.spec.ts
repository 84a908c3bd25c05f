// Who has not voted, at a desktop, a laptop and a phone width: the facilitator (who votes
// too) sees "2 of 3 have voted" and the one name missing, nudges with one button; the
// nudged voter gets a notice, goes from it straight to the ballot and votes by keyboard;
// with auto-reveal on, the sealed results appear for everyone with that last vote.
import { expect, test } from "@playwright/test";
import {
  closeAll,
  column,
  editSettings,
  joinRoom,
  openRoom,
  openVoting,
  screenshot,
  tallyRow,
} from "./support/room.ts";

const API = "API style";

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

for (const size of WIDTHS) {
  test(`at ${size.width} px, the facilitator nudges the one who has not voted, and the vote reveals itself`, async ({
    browser,
  }) => {
    const { facilitator: fran, roomUrl } = await openRoom(browser, {
      title: `Nudge at ${size.width}`,
      name: "Fran",
    });
    const ava = await joinRoom(browser, roomUrl, "Ava");
    const ben = await joinRoom(browser, roomUrl, "Ben");
    for (const person of [fran, ava, ben]) await person.page.setViewportSize(size);

    await editSettings(fran.page, API, async (dialog) => {
      await expect(dialog.getByLabel("Reveal by itself once everyone has voted")).toHaveCount(0);
      await dialog.getByLabel("Sealed ballots until reveal").check();
      await dialog.getByLabel("Reveal by itself once everyone has voted").check();
    });
    await expect(column(fran.page, API).getByTestId("settings-summary")).toContainText(
      "Sealed · auto-reveal",
    );
    await openVoting(fran.page, API);

    const turnout = column(fran.page, API).getByTestId("turnout");
    await expect(turnout).toContainText("0 of 3 have voted");
    for (const [person, option] of [
      [fran, "REST"],
      [ava, "GraphQL"],
    ] as const) {
      const pick = column(person.page, API).getByRole("button", { name: `Pick ${option}` });
      await pick.click();
      await expect(pick).toHaveAttribute("aria-pressed", "true");
    }
    await expect(turnout).toContainText("2 of 3 have voted");
    await expect(turnout.getByTestId("not-voted").getByRole("listitem")).toHaveText(["Ben"]);
    // Sealed: nobody sees a tally before the reveal.
    await expect(tallyRow(ben.page, API, "REST")).toHaveCount(0);
    await screenshot(fran.page, `nudge-turnout-${size.width}`);

    const nudge = turnout.getByRole("button", { name: `Nudge 1 who hasn't voted on ${API}` });
    await nudge.click();
    // Once per decision every 10 s: the button rests meanwhile, and says why.
    await expect(nudge).toBeDisabled();
    await expect(turnout.getByText("Nudged. You can nudge again in a few seconds.")).toBeVisible();

    const notice = ben.page.getByTestId("nudge-notice");
    await expect(notice).toContainText(`Fran is waiting for your vote on “${API}”.`);
    await expect(ava.page.getByTestId("nudge-notice")).toHaveCount(0);
    await expect(fran.page.getByTestId("nudge-notice")).toHaveCount(0);
    const box = await notice.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= size.width).toBe(true);
    await screenshot(ben.page, `nudge-notice-${size.width}`);

    // From the notice straight to the ballot; the keyboard votes there.
    await notice.getByRole("button", { name: `Vote now on ${API}` }).click();
    await expect(notice).toHaveCount(0);
    const focused = ben.page.locator(":focus");
    await expect(focused).toHaveAccessibleName(/^Pick /);
    await expect(focused).toBeInViewport();
    await ben.page.keyboard.press("Enter");

    // The last eligible vote: the server locks and reveals, and everyone sees the results.
    for (const person of [fran, ava, ben]) {
      const decision = column(person.page, API);
      await expect(decision.getByTestId("status-chip")).toHaveText("Revealed");
      await expect(tallyRow(person.page, API, "REST")).toBeVisible();
      await expect(tallyRow(person.page, API, "GraphQL")).toHaveAttribute("data-value", "1");
    }
    await expect(fran.page.getByTestId("turnout")).toHaveCount(0);
    await screenshot(ava.page, `nudge-revealed-${size.width}`);
    await closeAll(fran, ava, ben);
  });
}

test("a dismissed nudge stays away, and an anonymous decision shows the facilitator counts only", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Nudge, anonymous",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await editSettings(fran.page, API, (dialog) =>
    dialog
      .getByLabel("Anonymity")
      .selectOption("aliases")
      .then(() => undefined),
  );
  await openVoting(fran.page, API);
  const pick = column(fran.page, API).getByRole("button", { name: "Pick REST" });
  await pick.click();
  await expect(pick).toHaveAttribute("aria-pressed", "true");
  const turnout = column(fran.page, API).getByTestId("turnout");
  await expect(turnout).toContainText("1 of 2 have voted");
  await expect(turnout).toContainText("only the count is shown");
  await expect(turnout.getByTestId("not-voted")).toHaveCount(0);
  await expect(turnout).not.toContainText("Ava");
  await turnout.getByRole("button", { name: `Nudge everyone who hasn't voted on ${API}` }).click();

  const notice = ava.page.getByTestId("nudge-notice");
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await closeAll(fran, ava);
});
