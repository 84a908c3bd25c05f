// Installs the board's keyboard shortcuts while a room is shown. The key→action mapping is
// in keymap.ts; this file only reads the event and carries the action out.
import { findDecision } from "@stackboard/core";
import { useEffect } from "react";
import { usePeoplePanel } from "../components/people/peoplePanelStore.ts";
import { sendCommand } from "../realtime/portal.ts";
import { undoLast } from "../realtime/undo.ts";
import { useConnectionStore } from "../store/connectionStore.ts";
import { useRoomStore } from "../store/roomStore.ts";
import { useUiStore } from "../store/uiStore.ts";
import { isAllowed } from "../store/useAllowed.ts";
import { toggleMySignal } from "../view/people.ts";
import { commandFor } from "./commands.ts";
import { actionForKey, type HotkeyAction, isTypingTarget } from "./keymap.ts";
import { neighbour, useSelection } from "./selection.ts";

const DECISION_ATTR = "data-decision-id";

function decisionIds(): string[] {
  return useRoomStore.getState().state.decisions.map((decision) => decision.id);
}

function columnOf(decisionId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${DECISION_ATTR}="${CSS.escape(decisionId)}"]`);
}

/** The decision holding focus, else the selected one, else the first on the board. */
function currentDecisionId(): string | null {
  const ids = decisionIds();
  const focused = document.activeElement
    ?.closest(`[${DECISION_ATTR}]`)
    ?.getAttribute(DECISION_ATTR);
  if (focused && ids.includes(focused)) return focused;
  const selected = useSelection.getState().decisionId;
  if (selected && ids.includes(selected)) return selected;
  return ids[0] ?? null;
}

function moveSelection(delta: 1 | -1): void {
  const next = neighbour(decisionIds(), currentDecisionId(), delta);
  if (next === null) return;
  useSelection.getState().select(next, true);
  // After the next paint: a phone shows the selected decision only once it has rendered it.
  requestAnimationFrame(() => {
    const column = columnOf(next);
    column?.focus({ preventScroll: true });
    column?.scrollIntoView({ block: "nearest", inline: "nearest" });
  });
}

/** The catalog search of the current decision: open its "Add option" first if needed. */
function focusSearch(): void {
  const id = currentDecisionId();
  const target = id ? columnOf(id)?.querySelector<HTMLElement>('[data-hotkey="search"]') : null;
  if (target instanceof HTMLInputElement) target.focus();
  else target?.click();
}

function openExportMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('details[data-hotkey="export"]');
  if (!menu) return;
  menu.open = true;
  menu.querySelector<HTMLElement>("a, button")?.focus();
}

/** A <details> menu has no Escape of its own; give it one, back to its summary. */
function closeExportMenu(): boolean {
  const menu = document.querySelector<HTMLDetailsElement>('details[data-hotkey="export"][open]');
  if (!menu) return false;
  menu.open = false;
  menu.querySelector<HTMLElement>("summary")?.focus();
  return true;
}

/** Returns whether the key was used, so only used keys lose their default. */
function perform(action: HotkeyAction): boolean {
  switch (action.type) {
    case "help":
      useUiStore.getState().openPanel("hotkeys");
      return true;
    case "next":
      moveSelection(1);
      return true;
    case "previous":
      moveSelection(-1);
      return true;
    case "export":
      openExportMenu();
      return true;
    case "search":
      focusSearch();
      return true;
    case "ready":
    case "hand": {
      const { participantId } = useConnectionStore.getState();
      const participants = useRoomStore.getState().state.participants;
      const command = toggleMySignal(participants, participantId, action.type);
      if (command) sendCommand(command);
      return command !== null;
    }
    case "people":
      usePeoplePanel.getState().toggle();
      return true;
    case "undo":
      // My newest vote change or note anywhere on the board, like the last thing I did.
      return undoLast();
    default: {
      const id = currentDecisionId();
      const decision = id ? findDecision(useRoomStore.getState().state, id) : undefined;
      const command = decision ? commandFor(action, decision, isAllowed) : null;
      if (command) sendCommand(command);
      return command !== null;
    }
  }
}

/**
 * An open dialog (share, criteria, fact card, this help) owns the keyboard: no voting
 * behind it. The store says so at once; the DOM check covers dialogs kept elsewhere. A
 * closing <dialog> keeps its `open` attribute until an effect runs, but its body is gone.
 */
function modalOpen(): boolean {
  const ui = useUiStore.getState();
  if (ui.panel !== null || ui.factCardId !== null) return true;
  return document.querySelector("dialog[open] .dialog-body") !== null;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (isTypingTarget(target)) return;
  // A control that is using the keys itself (a ranked option carried by keyboard) says so.
  if (target?.closest('[data-hotkeys="off"]')) return;
  if (modalOpen()) return;
  if (event.key === "Escape" && closeExportMenu()) return;
  const action = actionForKey(event);
  if (!action) return;
  // Holding a key may walk the board, but must not fire a vote or a lock over and over.
  if (event.repeat && action.type !== "next" && action.type !== "previous") return;
  if (perform(action)) event.preventDefault();
}

/** Follow focus and clicks: the column the user works in becomes the selected one. */
function onFocusIn(event: FocusEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const id = target?.closest(`[${DECISION_ATTR}]`)?.getAttribute(DECISION_ATTR);
  const selection = useSelection.getState();
  if (id && id !== selection.decisionId) selection.select(id);
}

export function useHotkeys(): void {
  useEffect(() => {
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("focusin", onFocusIn);
      useSelection.getState().select(null);
    };
  }, []);
}
