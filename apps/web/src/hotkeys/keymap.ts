// The keyboard shortcuts as data: which key means which action, and when keys belong to a
// field instead. Pure, so the mapping is unit-tested without a browser.
export type HotkeyAction =
  | { type: "help" }
  | { type: "pick"; index: number }
  | { type: "next" }
  | { type: "previous" }
  | { type: "open" }
  | { type: "lock" }
  | { type: "reveal" }
  | { type: "export" }
  | { type: "search" }
  | { type: "ready" }
  | { type: "hand" }
  | { type: "people" }
  | { type: "undo" };

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const SIMPLE: Record<string, HotkeyAction> = {
  "?": { type: "help" },
  j: { type: "next" },
  ArrowRight: { type: "next" },
  k: { type: "previous" },
  ArrowLeft: { type: "previous" },
  o: { type: "open" },
  l: { type: "lock" },
  r: { type: "reveal" },
  e: { type: "export" },
  "/": { type: "search" },
  y: { type: "ready" },
  h: { type: "hand" },
  w: { type: "people" },
  u: { type: "undo" },
};

export function actionForKey(input: KeyInput): HotkeyAction | null {
  // Ctrl/Cmd/Alt combinations belong to the browser and the OS (copy, find, history...).
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (/^[1-9]$/.test(input.key)) return { type: "pick", index: Number(input.key) - 1 };
  return Object.hasOwn(SIMPLE, input.key) ? (SIMPLE[input.key] ?? null) : null;
}

/** The parts of an event target that decide whether keys are text being typed. */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const FIELD_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/** Keys pressed in a field are the user's text (or a select's type-ahead), never shortcuts. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  return FIELD_TAGS.has((target.tagName ?? "").toUpperCase());
}

/** What the help dialog lists, in order; each label is an action and a `hotkeys.*` string. */
export const HOTKEY_HELP: readonly { keys: readonly string[]; label: HotkeyAction["type"] }[] = [
  { keys: ["?"], label: "help" },
  { keys: ["1", "9"], label: "pick" },
  { keys: ["j", "→"], label: "next" },
  { keys: ["k", "←"], label: "previous" },
  { keys: ["o"], label: "open" },
  { keys: ["l"], label: "lock" },
  { keys: ["r"], label: "reveal" },
  { keys: ["e"], label: "export" },
  { keys: ["/"], label: "search" },
  { keys: ["y"], label: "ready" },
  { keys: ["h"], label: "hand" },
  { keys: ["w"], label: "people" },
  { keys: ["u"], label: "undo" },
];
