// "Undo": takes back my newest undoable action (a ballot change or a note I
// added), through the portal like any other command. The choice itself is view/undo.ts.
import { undoContext } from "../store/undoContext.ts";
import { type UndoAction, useUndoStore } from "../store/undoStore.ts";
import { planUndo } from "../view/undo.ts";
import { sendCommand, undoBallot } from "./portal.ts";

function perform(action: UndoAction): boolean {
  if (action.kind === "ballot") return undoBallot(action.decisionId);
  useUndoStore.getState().forget([action]);
  return sendCommand({ type: "annotation.remove", annotationId: action.annotationId }) !== null;
}

/** Undoes my newest action (on `decisionId` only, when given); false when there is none. */
export function undoLast(decisionId?: string): boolean {
  const undo = useUndoStore.getState();
  const plan = planUndo(undo.actions, undoContext(), decisionId);
  undo.forget(plan.stale);
  return plan.action === null ? false : perform(plan.action);
}

/** Takes back one note I added (the toast's "Undo"), if that is still possible. */
export function undoAnnotation(annotationId: string): boolean {
  const undo = useUndoStore.getState();
  const mine = undo.actions.filter(
    (action) => action.kind === "annotation" && action.annotationId === annotationId,
  );
  const plan = planUndo(mine, undoContext());
  undo.forget(plan.stale);
  return plan.action === null ? false : perform(plan.action);
}
