// People in a meeting: raised hands and "ready" seen by everyone, a co-facilitator, handing
// facilitation over for good (a reload does not take it back), and removing someone.
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/axe.ts";
import { manage, openPeople, personRow, shot } from "./support/people.ts";
import { closeAll, expectLive, joinRoom, openRoom } from "./support/room.ts";

const OPEN_API = "Open voting on API style";

test("hands, ready, co-facilitation, handoff and removal", async ({ browser }) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Team of three",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const ben = await joinRoom(browser, roomUrl, "Ben");

  // ── Signals: Ava raises her hand and is ready; Ben raises his by keyboard ─────────
  const avaPanel = await openPeople(ava.page);
  await avaPanel.getByRole("button", { name: "Raise hand" }).click();
  await avaPanel.getByRole("button", { name: "I'm ready" }).click();
  await expect(avaPanel.getByRole("button", { name: "Not ready" })).toBeVisible();
  await ben.page.keyboard.press("h");

  const franPanel = await openPeople(fran.page);
  await expect(franPanel.getByTestId("ready-count")).toHaveText("1 of 3 ready");
  await expect(personRow(fran.page, "Ava")).toHaveAttribute("data-ready", "true");
  await expect(personRow(fran.page, "Ava").getByTestId("ready-mark")).toBeVisible();
  const queue = franPanel.getByTestId("hand-queue").getByRole("listitem");
  await expect(queue).toHaveCount(2);
  await expect(queue.nth(0)).toHaveAttribute("data-name", "Ava");
  await expect(queue.nth(1)).toHaveAttribute("data-name", "Ben");
  await expect(fran.page.getByTestId("hands-badge")).toHaveText(/^2/);
  await shot(fran.page, "people-panel");

  // Fran lowers Ava's hand after she spoke: Ava sees it down, Ben moves up.
  await franPanel.getByRole("button", { name: "Lower Ava's hand" }).click();
  await expect(avaPanel.getByRole("button", { name: "Raise hand" })).toBeVisible();
  await expect(queue).toHaveCount(1);
  await expect(queue.nth(0)).toHaveAttribute("data-name", "Ben");

  // ── Co-facilitator: Ben gets the controls, then loses them again ─────────────────
  await manage(fran.page, "Ben", "Make co-facilitator");
  await expect(ben.page.getByRole("button", { name: OPEN_API })).toBeVisible();
  await expect(personRow(fran.page, "Ben")).toHaveAttribute("data-role", "facilitator");
  await manage(fran.page, "Ben", "Make voter");
  await expect(ben.page.getByRole("button", { name: OPEN_API })).toHaveCount(0);

  // ── Handoff: Fran hands the room to Ava, after confirming ────────────────────────
  await personRow(fran.page, "Ava").getByRole("button", { name: "Manage Ava" }).click();
  const avaActions = fran.page.getByRole("group", { name: "Manage Ava" });
  await expect(avaActions.getByRole("button")).toHaveText([
    "Make co-facilitator",
    "Hand facilitation to Ava…",
    "Remove from room…",
  ]);
  await shot(fran.page, "people-manage");
  expect(await seriousViolations(fran.page)).toEqual([]);
  await avaActions.getByRole("button", { name: "Hand facilitation to Ava…" }).click();
  const confirm = fran.page.getByRole("dialog", { name: "Hand facilitation to Ava?" });
  await shot(fran.page, "people-confirm-handoff");
  await confirm.getByRole("button", { name: "Hand over" }).click();
  await expect(ava.page.getByRole("button", { name: OPEN_API })).toBeVisible();
  await expect(fran.page.getByRole("button", { name: OPEN_API })).toHaveCount(0);
  await expect(personRow(fran.page, "Fran")).toHaveAttribute("data-role", "voter");
  // The facilitator link in Fran's browser is forgotten: a reload keeps her a voter.
  await fran.page.reload();
  await expectLive(fran.page);
  await expect(fran.page.locator(".role-chip")).toHaveText("Voter");
  await expect(fran.page.getByRole("button", { name: OPEN_API })).toHaveCount(0);

  // ── Removal: Ava removes Ben; his browser says so, also after a reload ───────────
  await manage(ava.page, "Ben", "Remove from room…");
  await ava.page
    .getByRole("dialog", { name: "Remove Ben from the room?" })
    .getByRole("button", { name: "Remove" })
    .click();
  const removed = ben.page.getByTestId("room-failure");
  await expect(removed).toContainText("A facilitator removed you from this room");
  await expect(personRow(ava.page, "Ben")).toHaveCount(0);
  await expect(ava.page.locator('[data-testid="presence-avatar"][data-name="Ben"]')).toHaveCount(0);
  await ben.page.reload();
  await expect(removed).toContainText("A facilitator removed you from this room");
  expect(await seriousViolations(ben.page)).toEqual([]);

  await closeAll(fran, ava, ben);
});

test("on a phone the people panel opens from the header", async ({ browser }) => {
  const { facilitator: fran } = await openRoom(browser, { title: "Pocket", name: "Fran" });
  await fran.page.setViewportSize({ width: 390, height: 844 });
  // Texts give way to icons on a phone; the raised-hand count stays in sight.
  await fran.page.keyboard.press("h");
  await expect(fran.page.getByTestId("hands-badge")).toBeVisible();
  await shot(fran.page, "room-header-phone");
  const panel = await openPeople(fran.page);
  await expect(panel.getByRole("button", { name: "Lower hand" })).toBeInViewport();
  await shot(fran.page, "people-panel-phone");
  // The panel and the header; the board behind the sheet is the board specs' business.
  expect(await seriousViolations(fran.page, ["#people-panel", ".room-header"])).toEqual([]);
  await panel.getByRole("button", { name: "Close the people panel" }).click();
  await expect(panel).toBeHidden();
  await closeAll(fran);
});
