// Records people keep: one MADR file per decision, as `docs/decisions/NNNN-title.md` in a
// repository would hold it. MADR 4 puts status, date and the people in YAML front matter:
// decision-makers are the facilitators, consulted the voters, informed the observers.
import { findDecision } from "../lookup.ts";
import type { Role, RoomState } from "../types.ts";
import { conflictBlocks } from "./conflicts-section.ts";
import { decisionDate, isoDate } from "./format.ts";
import { type RecordOptions, renderDecisionMarkdown } from "./markdown.ts";

export interface MadrFile {
  fileName: string;
  content: string;
}

export function renderMadrFile(
  state: RoomState,
  decisionId: string,
  options: RecordOptions = {},
): MadrFile {
  const index = state.decisions.findIndex((decision) => decision.id === decisionId);
  const decision = findDecision(state, decisionId);
  if (!decision) throw new RangeError(`No decision with id "${decisionId}" in this room.`);
  const people = (role: Role) =>
    yamlList(state.participants.filter((p) => p.role === role && !p.removed).map((p) => p.name));
  const frontMatter = [
    "---",
    `status: ${decision.status === "decided" ? "accepted" : "proposed"}`,
    `date: ${isoDate(decisionDate(state, decision, options.now))}`,
    `decision-makers: ${people("facilitator")}`,
    `consulted: ${people("voter")}`,
    `informed: ${people("observer")}`,
    "---",
  ].join("\n");
  const number = String(index + 1).padStart(4, "0");
  // The record ends with one newline; an extra section follows after one blank line.
  const blocks = conflictBlocks(state, 2, decisionId);
  const conflicts = blocks.length === 0 ? "" : `\n${blocks.join("\n\n")}\n`;
  return {
    fileName: `${number}-${slug(decision.title)}.md`,
    content: `${frontMatter}\n\n${renderDecisionMarkdown(state, decisionId, options)}${conflicts}`,
  };
}

/**
 * A YAML flow sequence of double-quoted strings. JSON string syntax is valid YAML, and
 * quoting every name keeps "yes", "null" or "- x" from meaning anything else.
 */
function yamlList(names: readonly string[]): string {
  return `[${names.map((name) => JSON.stringify(name.replace(/\s+/g, " ").trim())).join(", ")}]`;
}

/** File names from user titles: letters, digits and dashes only. */
export function slug(title: string): string {
  const text = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return text || "decision";
}
