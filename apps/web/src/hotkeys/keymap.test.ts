import { describe, expect, it } from "vitest";
import { actionForKey, HOTKEY_HELP, isTypingTarget } from "./keymap.ts";

describe("actionForKey", () => {
  it("maps digits to the n-th option, zero-based", () => {
    expect(actionForKey({ key: "1" })).toEqual({ type: "pick", index: 0 });
    expect(actionForKey({ key: "9" })).toEqual({ type: "pick", index: 8 });
    expect(actionForKey({ key: "0" })).toBeNull();
  });

  it("maps the letters, arrows and symbols", () => {
    expect(actionForKey({ key: "?" })).toEqual({ type: "help" });
    expect(actionForKey({ key: "j" })).toEqual({ type: "next" });
    expect(actionForKey({ key: "ArrowRight" })).toEqual({ type: "next" });
    expect(actionForKey({ key: "k" })).toEqual({ type: "previous" });
    expect(actionForKey({ key: "ArrowLeft" })).toEqual({ type: "previous" });
    expect(actionForKey({ key: "o" })).toEqual({ type: "open" });
    expect(actionForKey({ key: "l" })).toEqual({ type: "lock" });
    expect(actionForKey({ key: "r" })).toEqual({ type: "reveal" });
    expect(actionForKey({ key: "e" })).toEqual({ type: "export" });
    expect(actionForKey({ key: "/" })).toEqual({ type: "search" });
    expect(actionForKey({ key: "y" })).toEqual({ type: "ready" });
    expect(actionForKey({ key: "h" })).toEqual({ type: "hand" });
    expect(actionForKey({ key: "w" })).toEqual({ type: "people" });
    expect(actionForKey({ key: "u" })).toEqual({ type: "undo" });
  });

  it("leaves other keys and browser shortcuts alone", () => {
    expect(actionForKey({ key: "x" })).toBeNull();
    expect(actionForKey({ key: "Enter" })).toBeNull();
    expect(actionForKey({ key: "toString" })).toBeNull();
    expect(actionForKey({ key: "r", ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: "l", metaKey: true })).toBeNull();
    expect(actionForKey({ key: "1", altKey: true })).toBeNull();
  });

  it("lists in the help exactly the keys that work", () => {
    for (const row of HOTKEY_HELP) {
      for (const key of row.keys) {
        const arrow = { "→": "ArrowRight", "←": "ArrowLeft" }[key] ?? key;
        expect(actionForKey({ key: arrow })?.type).toBe(row.label);
      }
    }
  });
});

describe("isTypingTarget", () => {
  it("treats fields and editable content as typing", () => {
    expect(isTypingTarget({ tagName: "INPUT" })).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
  });

  it("lets keys on the page, buttons and links through", () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: "BODY" })).toBe(false);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "A", isContentEditable: false })).toBe(false);
  });
});
