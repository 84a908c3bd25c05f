// Offline and back: a vote made without a connection waits in the outbox and is applied
// exactly once when the connection returns.
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

interface ExportedEvent {
  actorId: string | null;
  commandId: string | null;
  body: { type: string };
}

test("a vote cast offline is applied exactly once after reconnecting", async ({
  browser,
  request,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Offline check",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  await openVoting(fran.page, "API style");
  await expect(column(ava.page, "API style").getByTestId("status-chip")).toHaveText("Voting");

  await ava.context.setOffline(true);
  await expect(ava.page.getByTestId("connection-banner")).toContainText("You are offline.");
  await expect(ava.page.getByTestId("connection-status")).toHaveAttribute("data-status", "offline");

  const pick = optionCard(ava.page, "API style", "REST").getByRole("button", { name: "Pick REST" });
  await pick.click();
  // Ava sees her pick as on its way; nobody else sees it yet.
  await expect(pick).toHaveAttribute("aria-pressed", "true");
  await expect(column(ava.page, "API style").getByText("Sending…")).toBeVisible();
  await expect(ava.page.getByTestId("connection-banner")).toContainText("1 change is waiting");
  await fran.page.waitForTimeout(500);
  await expect(column(fran.page, "API style").getByTestId("tally")).toHaveCount(0);

  await ava.context.setOffline(false);
  await expectLive(ava.page);
  await expect(ava.page.getByTestId("connection-banner")).toHaveCount(0);
  await expect(tallyRow(fran.page, "API style", "REST")).toHaveAttribute("data-value", "1");
  await expect(tallyRow(ava.page, "API style", "REST")).toHaveAttribute("data-value", "1");
  await expect(column(ava.page, "API style").getByText("Sending…")).toHaveCount(0);

  // Go offline and back once more: nothing is sent twice.
  await ava.context.setOffline(true);
  await expect(ava.page.getByTestId("connection-status")).toHaveAttribute("data-status", "offline");
  await ava.context.setOffline(false);
  await expectLive(ava.page);
  await expect(column(fran.page, "API style").getByTestId("ballot-count")).toHaveText("1 voted");
  await expect(tallyRow(fran.page, "API style", "REST")).toHaveAttribute("data-value", "1");

  // The log holds exactly one ballot from Ava.
  const roomId = new URL(roomUrl).pathname.split("/").pop() ?? "";
  const exported = await request.get(`/api/rooms/${roomId}/export.json`);
  expect(exported.ok()).toBe(true);
  const { events } = (await exported.json()) as { events: ExportedEvent[] };
  const ballots = events.filter((event) => event.body.type === "ballot.cast");
  expect(ballots).toHaveLength(1);
  expect(new Set(ballots.map((event) => event.commandId)).size).toBe(1);

  await closeAll(fran, ava);
});

test("while the connection is lost the header says Reconnecting…, not a stale head count", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Who is here",
    name: "Fran",
  });
  const ava = await joinRoom(browser, roomUrl, "Ava");
  const count = ava.page.getByTestId("presence-count");
  await expect(count).toHaveText("2 here");
  await expect(count).toHaveAttribute("aria-live", "polite");

  await ava.context.setOffline(true);
  await expect(count).toHaveText("Reconnecting…");
  // Fran leaves meanwhile: the count that comes back is the fresh one, not the old one.
  await closeAll(fran);
  await ava.page.waitForTimeout(500);
  await expect(count).toHaveText("Reconnecting…");

  await ava.context.setOffline(false);
  await expectLive(ava.page);
  await expect(count).toHaveText("1 here");
  await closeAll(ava);
});
