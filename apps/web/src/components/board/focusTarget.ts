// How a board follows the spotlight: the focused column is shown (on a phone) and
// scrolled into view, and the keyboard may land on its ballot: the first control of my
// ballot there (its Pick button, its dots, the score matrix, the ranking, the consent
// choices), else the column itself. Ballot controls carry `data-ballot` (a control, or a
// wrapper around some).
import { useSelection } from "../../hotkeys/selection.ts";

// A control first; a scroller or a custom widget (focusable by tabindex) only without one.
const CONTROLS = "button, input, select, textarea";
const OTHERS = 'a[href], [tabindex="0"]';

export function columnOf(decisionId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-decision-id="${CSS.escape(decisionId)}"]`);
}

const usable = (element: HTMLElement): boolean =>
  !element.matches(":disabled") && element.getClientRects().length > 0;

/** The first usable element of `column`'s ballot matching `selector`, if any. */
function firstIn(column: HTMLElement, selector: string): HTMLElement | undefined {
  for (const marked of column.querySelectorAll<HTMLElement>("[data-ballot]")) {
    const candidates = marked.matches(selector)
      ? [marked]
      : [...marked.querySelectorAll<HTMLElement>(selector)];
    const found = candidates.find(usable);
    if (found) return found;
  }
  return undefined;
}

/** The first usable ballot control of `column`, else the column (focusable by script). */
export function ballotTarget(column: HTMLElement): HTMLElement {
  return firstIn(column, CONTROLS) ?? firstIn(column, OTHERS) ?? column;
}

/** Inputs that hold no text of the user's: moving away from them loses nothing. */
const NOT_TEXT = new Set(["radio", "checkbox", "range", "button", "submit", "reset", "color"]);

/** Whether `element` is a field someone types text into. */
export function typesText(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && !NOT_TEXT.has(element.type);
}

/**
 * Whether following the spotlight may move the keyboard from `active`: not from a dialog
 * or a panel, nor from within the focused column (the facilitator who just pressed its
 * Focus button); yes from nowhere or from elsewhere on the board.
 */
function mayMoveKeyboard(active: Element | null, column: HTMLElement): boolean {
  if (!active || active === document.body || active === document.documentElement) return true;
  if (column.contains(active)) return false;
  if (active.closest('[role="dialog"], dialog, [aria-modal="true"]')) return false;
  return active.closest("#board") !== null;
}

/**
 * Scrolls `element`, unless it is whole in view already, to the start of the board's
 * scroller (a column start is where the scroller snaps: anywhere else it may snap back),
 * and its top just below the sticky room header (whose height varies with the width and
 * the timer).
 */
function reveal(element: HTMLElement): void {
  const box = element.getBoundingClientRect();
  const frame = element.closest(".board")?.getBoundingClientRect();
  if (!frame || box.left < frame.left || box.right > frame.right) {
    element.scrollIntoView({ block: "nearest", inline: "start" });
  }
  const header = document.querySelector(".room-header");
  const below = (header?.getBoundingClientRect().bottom ?? 0) + 8;
  const top = element.getBoundingClientRect().top;
  // Already near the top of the screen: leave the page still.
  if (top < below || top > window.innerHeight / 2) window.scrollBy({ top: top - below });
}

/** Whether `element` is rendered (the phone's switcher is not on wider screens). */
const rendered = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.getClientRects().length > 0;

/**
 * Shows `decisionId` (on a phone: makes it the shown decision and brings its switcher
 * into view), scrolls its column into view and, when `keyboard` says so, puts the
 * keyboard on its ballot. Runs after the next paint, once a phone has rendered the column
 * it now shows.
 */
export function bringIntoView(decisionId: string, keyboard: (column: HTMLElement) => boolean) {
  useSelection.getState().select(decisionId);
  requestAnimationFrame(() => {
    const column = columnOf(decisionId);
    if (!column) return;
    const switcher = document.querySelector('[data-testid="board-switcher"]');
    reveal(rendered(switcher) ? switcher : column);
    if (!keyboard(column)) return;
    const target = ballotTarget(column);
    target.focus({ preventScroll: true });
    if (target !== column) target.scrollIntoView({ block: "nearest", inline: "nearest" });
  });
}

/**
 * The board follows a new spotlight (`live`) or lands on the one there is (a load, a
 * reload: the keyboard stays at the top, where "Skip to the focused decision" leads on).
 * Someone typing keeps their place and their field: the announcement, the column's mark
 * and the skip link say where the focus is.
 */
export function followSpotlight(decisionId: string, live: boolean): void {
  // Asked before the phone hides the column the keyboard may be in.
  const active = document.activeElement;
  if (live && typesText(active)) return;
  bringIntoView(decisionId, (column) => live && mayMoveKeyboard(active, column));
}
