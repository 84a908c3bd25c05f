// A reload before the acknowledgement does not drop a vote, nor apply it twice: the
// outbox keeps the command (same id) across the reload and the server applies it once.
import { expect, test, type WebSocketRoute } from "@playwright/test";
import {
  closeAll,
  column,
  expectLive,
  openRoom,
  openVoting,
  optionCard,
  tallyRow,
} from "./support/room.ts";

interface ExportedEvent {
  commandId: string | null;
  body: { type: string };
}

test("a vote whose acknowledgement never arrived is applied exactly once after a reload", async ({
  browser,
  request,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Reload before ack",
    name: "Fran",
  });
  await openVoting(fran.page, "API style");

  // Ava's browser talks to the server through a relay that can swallow acknowledgements.
  const context = await browser.newContext();
  let swallowBallotAcks = true;
  const swallowed: string[] = [];
  await context.routeWebSocket(/\/socket\.io\//, (client: WebSocketRoute) => {
    const server = client.connectToServer();
    const ballotAckIds = new Set<string>();
    client.onMessage((message) => {
      const text = String(message);
      // Socket.IO over engine.io: `42<ackId>["command",{...}]` asks for an ack `43<ackId>[...]`.
      const asked = /^42(\d+)\["command".*"type":"ballot\.cast"/.exec(text);
      if (asked?.[1]) ballotAckIds.add(asked[1]);
      server.send(message);
    });
    server.onMessage((message) => {
      const ack = /^43(\d+)\[/.exec(String(message));
      if (swallowBallotAcks && ack?.[1] && ballotAckIds.has(ack[1])) {
        swallowed.push(String(message));
        return;
      }
      client.send(message);
    });
  });
  const page = await context.newPage();
  await page.goto(roomUrl);
  await page.getByLabel("Your name").fill("Ava");
  await page.getByRole("radio", { name: /^Voter/ }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expectLive(page);

  await optionCard(page, "API style", "GraphQL")
    .getByRole("button", { name: "Pick GraphQL" })
    .click();
  // The server has the vote (everyone sees it) but Ava's tab never heard back.
  await expect(tallyRow(fran.page, "API style", "GraphQL")).toHaveAttribute("data-value", "1");
  await expect.poll(() => swallowed.length).toBeGreaterThan(0);
  await expect(column(page, "API style").getByText("Sending…")).toBeVisible();

  swallowBallotAcks = false;
  await page.reload();
  await expectLive(page);
  await expect(column(page, "API style").getByText("Sending…")).toHaveCount(0);
  await expect(tallyRow(page, "API style", "GraphQL")).toHaveAttribute("data-value", "1");
  await expect(tallyRow(fran.page, "API style", "GraphQL")).toHaveAttribute("data-value", "1");

  const roomId = new URL(roomUrl).pathname.split("/").pop() ?? "";
  const { events } = (await (await request.get(`/api/rooms/${roomId}/export.json`)).json()) as {
    events: ExportedEvent[];
  };
  const ballots = events.filter((event) => event.body.type === "ballot.cast");
  expect(ballots).toHaveLength(1);
  await closeAll(fran, { context, page, name: "Ava" });
});
