// Which of my remembered actions "Undo" takes back: the newest one that is still possible,
// as core judges the command it would send (a vote, a note's removal) on the replica. Pure,
// so the ordering is unit-tested without stores or a socket.
import { type CommandBody, decide, findDecision, type RoomState } from "@stackboard/core";
import type { UndoAction } from "../store/undoStore.ts";

export interface UndoContext {
  state: RoomState;
  myId: string | null;
  /** Server time, for core's checks. */
  at: number;
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

/**
 * Core's answer to `command` from me now: taken, refused for now (a status a reopen can
 * change), or refused for good (not mine, or nothing left to act on).
 */
function coreVerdict(context: UndoContext, command: CommandBody): Verdict {
  const answer = decide(context.state, context.myId, null, command, context.at);
  if (answer.ok) return "undoable";
  const { code } = answer.rejection;
  return code === "FORBIDDEN" || code === "NOT_FOUND" ? "never" : "not-now";
}

function verdict(action: UndoAction, context: UndoContext): Verdict {
  const decision = findDecision(context.state, action.decisionId);
  if (!decision) return "never";
  if (action.kind === "ballot") {
    // Putting a ballot back is voting again: may I vote on this decision now?
    return coreVerdict(context, {
      type: "ballot.cast",
      decisionId: action.decisionId,
      ballot: { mode: "abstain" },
    });
  }
  const { annotationId } = action;
  const pendingOn = (type: "annotation.add" | "annotation.remove") =>
    context.pending.some(
      ({ command }) => command.type === type && command.annotationId === annotationId,
    );
  // Already on its way out (e.g. removed with the bin button): undoing it again would fail.
  if (pendingOn("annotation.remove")) return "never";
  const note = context.state.annotations.find((entry) => entry.id === annotationId);
  if (!note) {
    // Not applied yet: undo right after posting still works, the removal queues behind it.
    return pendingOn("annotation.add") ? "undoable" : "never";
  }
  // Undo takes back what I wrote, even where a facilitator could remove anyone's note.
  if (note.authorId !== context.myId) return "never";
  const removal = coreVerdict(context, { type: "annotation.remove", annotationId });
  if (removal !== "undoable") return removal;
  // Undo is for a note while its decision is still being discussed; a reopen brings it back.
  return decision.status === "draft" || decision.status === "voting" ? "undoable" : "not-now";
}

/** The entries that may still be undone now or after a reopen (e.g. a restored history). */
export function undoableLater(actions: readonly UndoAction[], context: UndoContext): UndoAction[] {
  return actions.filter((action) => verdict(action, context) !== "never");
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
