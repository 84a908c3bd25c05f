// "Vote now" from a nudge: the decision's column comes into view and the keyboard lands on
// its first vote control (the column itself when it shows none).
import { useSelection } from "../hotkeys/selection.ts";

const BALLOT_CONTROLS = [
  ".pick-button",
  ".dots-button",
  "[data-testid='my-ranking'] button",
  ".ranked-unranked button",
  ".consent-control input",
  "[data-testid='score-mine'] input",
  "[data-testid='score-mine'] select",
]
  .map((selector) => `${selector}:not(:disabled)`)
  .join(", ");

export function jumpToBallot(decisionId: string): void {
  useSelection.getState().select(decisionId);
  const column = document.querySelector<HTMLElement>(
    `[data-decision-id="${CSS.escape(decisionId)}"]`,
  );
  if (!column) return;
  const target = column.querySelector<HTMLElement>(BALLOT_CONTROLS) ?? column;
  target.scrollIntoView({ block: "center", inline: "center" });
  target.focus({ preventScroll: true });
}
