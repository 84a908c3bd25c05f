// Helpers for the decision-intelligence specs: set a board up quickly through the
// console handle (`window.stackboard.sendCommand`), which the server authorises like any
// UI command, so the specs spend their time on the features under test.

import { expect, type Page } from "@playwright/test";
import type { CommandBody } from "@stackboard/core";
import { column } from "./room.ts";

export async function send(page: Page, command: CommandBody): Promise<void> {
  // The handle's type lives in the web app, which specs do not import.
  const id = await page.evaluate((body) => {
    const handle = (globalThis as { stackboard?: { sendCommand: (c: unknown) => unknown } })
      .stackboard;
    return handle?.sendCommand(body) ?? null;
  }, command);
  expect(id, `command ${command.type} was not sent`).not.toBeNull();
}

export interface SeedOption {
  id: string;
  label: string;
  catalogId: string | null;
}

/** Adds a decision with options and waits until the board shows all of them. */
export async function addDecision(
  page: Page,
  decision: { id: string; title: string; mode?: "pick" | "dots" | "score"; options: SeedOption[] },
): Promise<void> {
  await send(page, {
    type: "decision.add",
    decisionId: decision.id,
    title: decision.title,
    context: "",
  });
  await expect(column(page, decision.title)).toBeVisible();
  if (decision.mode) {
    await send(page, {
      type: "decision.configure",
      decisionId: decision.id,
      mode: decision.mode,
      dotsPerVoter: 5,
      sealed: false,
    });
  }
  for (const option of decision.options) {
    await send(page, {
      type: "option.add",
      decisionId: decision.id,
      optionId: option.id,
      label: option.label,
      catalogId: option.catalogId,
    });
  }
  await expect(column(page, decision.title).getByTestId("option")).toHaveCount(
    decision.options.length,
  );
}

/** Opens, locks and decides a decision without ballots (allowed when not sealed). */
export async function settle(page: Page, title: string, decisionId: string, optionId: string) {
  await send(page, { type: "decision.open", decisionId });
  await expect(column(page, title).getByTestId("status-chip")).toHaveText("Voting");
  await send(page, { type: "decision.lock", decisionId });
  await expect(column(page, title).getByTestId("status-chip")).toHaveText("Locked");
  await send(page, { type: "decision.decide", decisionId, optionId, rationale: "Settled in e2e." });
  await expect(column(page, title).getByTestId("outcome")).toBeVisible();
}
