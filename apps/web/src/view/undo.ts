// Which of my remembered actions "Undo" takes back: the newest one that is still possible.
// Pure, so the ordering is unit-tested without stores or a socket.
import { type CommandBody, findDecision, type RoomState } from "@stackboard/core";
import type { UndoAction } from "../store/undoStore.ts";

export interface UndoContext {
  state: RoomState;
  myId: string | null;
  /** Commands sent but not yet seen applied (the outbox and acked-but-unseen ones). */
  pending: readonly { command: CommandBody }[];
}

export interface UndoPlan {
  /** What to take back; null when nothing can be. */
  action: UndoAction | null;
  /** Entries passed over that can never be undone again: forget them. */
  stale: UndoAction[];
}

type Verdict = "undoable" | "not-now" | "never";

function verdict(action: UndoAction, context: UndoContext): Verdict {
  const decision = findDecision(context.state, action.decisionId);
  if (!decision) return "never";
  if (action.kind === "ballot") {
    // Locked, revealed or decided: a reopen could make it possible again.
    return decision.status === "voting" ? "undoable" : "not-now";
  }
  const { annotationId } = action;
  const pendingOn = (type: "annotation.add" | "annotation.remove") =>
    context.pending.some(
      ({ command }) => command.type === type && command.annotationId === annotationId,
    );
  // Already on its way out (e.g. removed with the bin button): undoing it again would fail.
  if (pendingOn("annotation.remove")) return "never";
  const note = context.state.annotations.find((entry) => entry.id === annotationId);
  // Not applied yet: undo right after posting still works, the removal queues behind it.
  if (!note && !pendingOn("annotation.add")) return "never";
  if (note && note.authorId !== context.myId) return "never";
  return decision.status === "draft" || decision.status === "voting" ? "undoable" : "not-now";
}

/** The newest undoable action, of any decision or only of `decisionId`. */
export function planUndo(
  actions: readonly UndoAction[],
  context: UndoContext,
  decisionId?: string,
): UndoPlan {
  const stale: UndoAction[] = [];
  for (let index = actions.length - 1; index >= 0; index -= 1) {
    const action = actions[index];
    if (action === undefined) continue;
    if (decisionId !== undefined && action.decisionId !== decisionId) continue;
    const answer = verdict(action, context);
    if (answer === "undoable") return { action, stale };
    if (answer === "never") stale.push(action);
  }
  return { action: null, stale };
}
