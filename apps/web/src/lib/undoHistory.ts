// My undo history in a room, kept in this browser so "Undo" still works after a reload:
// per room and per participant, only what undoing needs (decision, note id, the ballot I had
// before), the newest UNDO_STORED entries. Whatever does not read back as an entry is
// dropped; which entries may still be undone is view/undo.ts's question, not this file's.
import { BallotSchema } from "@stackboard/contracts";
import type { UndoAction } from "../store/undoStore.ts";
import { isRecord, type KeyValueStore, readJson, writeJson } from "./storage.ts";

/** How many of my newest actions survive a reload. */
export const UNDO_STORED = 20;

const keyOf = (roomId: string, participantId: string) =>
  `stackboard:undo:${roomId}:${participantId}`;

function entryOf(value: unknown): UndoAction | null {
  if (!isRecord(value) || typeof value.decisionId !== "string") return null;
  const { decisionId } = value;
  if (value.kind === "annotation" && typeof value.annotationId === "string") {
    return { kind: "annotation", decisionId, annotationId: value.annotationId };
  }
  if (value.kind === "ballot" && "previous" in value) {
    if (value.previous === null) return { kind: "ballot", decisionId, previous: null };
    const ballot = BallotSchema.safeParse(value.previous);
    return ballot.success ? { kind: "ballot", decisionId, previous: ballot.data } : null;
  }
  return null;
}

/** The stored history, oldest first; empty when there is none or it does not read. */
export function loadUndoHistory(
  store: KeyValueStore,
  roomId: string,
  participantId: string,
): UndoAction[] {
  const value = readJson(store, keyOf(roomId, participantId));
  if (!Array.isArray(value)) return [];
  return value
    .map(entryOf)
    .filter((entry): entry is UndoAction => entry !== null)
    .slice(-UNDO_STORED);
}

export function saveUndoHistory(
  store: KeyValueStore,
  roomId: string,
  participantId: string,
  actions: readonly UndoAction[],
): void {
  const key = keyOf(roomId, participantId);
  if (actions.length === 0) store.removeItem(key);
  else writeJson(store, key, actions.slice(-UNDO_STORED));
}
