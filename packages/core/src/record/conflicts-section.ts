// The record's "Compatibility Warnings" section: conflicts between the room's decisions.
// Kept apart from markdown.ts so the renderer needs only one line to include it.
import { findConflicts } from "../compat/conflicts.ts";
import { findDecision } from "../lookup.ts";
import type { RoomState } from "../types.ts";
import { decisionTitle, heading, optionLabel } from "./format.ts";

const SEVERITY_WORD = { error: "Conflict", warning: "Warning", info: "Note" } as const;

/** Blocks for the record; none when the decisions fit together. */
export function conflictBlocks(state: RoomState, level: number, decisionId?: string): string[] {
  // A single decision's file lists only the conflicts it is part of.
  const conflicts = findConflicts(state).filter(
    (conflict) => decisionId === undefined || conflict.decisionIds.includes(decisionId),
  );
  if (conflicts.length === 0) return [];
  const items = conflicts.map((conflict) => {
    const sides = conflict.decisionIds.map((decisionId, index) => {
      const decision = findDecision(state, decisionId);
      const optionId = conflict.optionIds[index] ?? "";
      return decision ? `${decisionTitle(decision)}: "${optionLabel(decision, optionId)}"` : "";
    });
    const basis = conflict.settled ? "" : " (based on a leading, undecided option)";
    // Messages are our own relations data and catalog names (plain text, checked by
    // compat.test.ts), so they go in unescaped and read cleanly in the raw file.
    return `- ${SEVERITY_WORD[conflict.severity]}: ${sides.join(" vs ")}. ${conflict.message}${basis}`;
  });
  return [heading(level, "Compatibility Warnings"), items.join("\n")];
}
