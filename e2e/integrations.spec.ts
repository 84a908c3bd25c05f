// The team's tools in real Chromium: the API docs under the strict CSP, and a facilitator
// wiring a room to a webhook receiver and watching the delivery log.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { seriousViolations } from "./support/axe.ts";
import { closeAll, openRoom, openVoting } from "./support/room.ts";

test("the API docs render from this origin, with no CSP violation", async ({ page, baseURL }) => {
  const problems: string[] = [];
  const elsewhere: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL ?? "")) elsewhere.push(request.url());
  });
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: /Stackboard API/ })).toBeVisible();
  await expect(page.getByText("/api/rooms/{roomId}/webhooks/deliveries")).toBeVisible();
  // An operation opens with the schema generated from the contracts.
  await page.getByText("/api/rooms/{roomId}/webhooks/deliveries").click();
  await expect(page.getByText("WebhookDeliveriesResponse").first()).toBeVisible();
  expect(problems).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test("a facilitator adds a webhook, keeps its secret, and sees the deliveries", async ({
  browser,
}) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/stackboard`;

  const { facilitator: fran } = await openRoom(browser, { title: "Wired room", name: "Fran" });
  const page = fran.page;
  await page.getByRole("button", { name: "Webhooks" }).click();
  const panel = page.getByRole("dialog", { name: "Webhooks" });
  await expect(panel.getByText("No webhooks yet.")).toBeVisible();
  await panel.getByLabel("Webhook URL").fill(hookUrl);
  await panel.getByRole("button", { name: "Add webhook" }).click();
  const secretField = panel.getByLabel("Signing secret", { exact: true });
  await expect(secretField).toHaveValue(/^whsec_/);
  const secret = await secretField.inputValue();
  await expect(panel.getByTestId("webhook-row")).toContainText(hookUrl);
  await panel.getByRole("button", { name: "Close" }).click();

  await openVoting(page, "API style");
  await expect.poll(() => received.length).toBe(1);
  const [delivery] = received;
  const payload = new Webhook(secret).verify(
    delivery?.body ?? "",
    delivery?.headers as Record<string, string>,
  ) as { type: string; data: { decision: { title: string } } };
  expect(payload).toMatchObject({
    type: "decision.opened",
    data: { decision: { title: "API style" } },
  });

  // Opened again: the secret is gone for good; the log shows the delivery.
  await page.getByRole("button", { name: "Webhooks" }).click();
  await expect(panel.getByLabel("Signing secret", { exact: true })).toHaveCount(0);
  const log = panel.getByTestId("webhook-log");
  await expect(log).toContainText("Vote opened");
  await expect(log).toContainText("Delivered");
  expect(await seriousViolations(page, [".webhooks-dialog"])).toEqual([]);
  await panel.getByRole("button", { name: "Close" }).click();

  // In German too.
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("de");
  await page.getByRole("button", { name: "Webhooks" }).click();
  const german = page.getByRole("dialog", { name: "Webhooks" });
  await expect(german.getByTestId("webhook-log")).toContainText("Abstimmung begonnen");
  await expect(german.getByTestId("webhook-log")).toContainText("Zugestellt");
  await expect(german.getByRole("button", { name: "Webhook hinzufügen" })).toBeVisible();

  await closeAll(fran);
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
