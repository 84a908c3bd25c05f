// Helpers for the ballot controls that are more than a button: a score ballot's scales.
import { expect, type Locator, type Page } from "@playwright/test";
import { column } from "./room.ts";

/** One option's scale on one criterion of my score ballot (a radio group, "–" and 1 to 5). */
export const scoreScale = (
  page: Page,
  decision: string,
  option: string,
  criterion: string,
): Locator =>
  column(page, decision).getByRole("radiogroup", {
    name: `Score ${option} on ${criterion}`,
    exact: true,
  });

/** Sets a score by clicking its number on the scale, and waits until it shows as chosen. */
export async function setScore(
  page: Page,
  decision: string,
  option: string,
  criterion: string,
  score: number,
): Promise<void> {
  const radio = scoreScale(page, decision, option, criterion).getByRole("radio", {
    name: String(score),
    exact: true,
  });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** Expects the scale to show `score` as my choice. */
export async function expectScore(
  page: Page,
  decision: string,
  option: string,
  criterion: string,
  score: number,
): Promise<void> {
  await expect(
    scoreScale(page, decision, option, criterion).getByRole("radio", {
      name: String(score),
      exact: true,
    }),
  ).toBeChecked();
}
