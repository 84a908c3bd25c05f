// The decision record as Markdown, shaped like MADR (https://adr.github.io/madr/):
// context, drivers, considered options, outcome (with tally, agreement, dissent and
// sensitivity) and pros and cons from the annotations. User text is always escaped
// (escape.ts); the output depends only on the state and `now`, so it is stable.
import type { HashOf } from "../commitment.ts";
import { findDecision } from "../lookup.ts";
import type { Annotation, AnnotationKind, Decision, RoomState } from "../types.ts";
import { commitmentsOf } from "./commitments.ts";
import { decisionFacts } from "./facts.ts";
import {
  decisionDate,
  decisionMakers,
  decisionTitle,
  formatWeight,
  heading,
  isoDate,
  modeText,
  nameOf,
  optionLabel,
  participantWithRole,
  statusText,
  userText,
} from "./format.ts";
import { outcomeBlocks } from "./outcome.ts";

export interface RecordOptions {
  /**
   * Export time (ms since epoch): the date of undecided decisions and of the export.
   * Without it the record uses only dates found in the state.
   */
  now?: number;
  /**
   * SHA-256 (node:crypto, Web Crypto): with it, a revealed sealed decision's record checks
   * its commitments and gives their digest (docs/counting.md, "Checking a sealed vote").
   */
  hashOf?: HashOf;
}

/** One decision as a standalone MADR record (`# <decision title>`). */
export function renderDecisionMarkdown(
  state: RoomState,
  decisionId: string,
  options: RecordOptions = {},
): string {
  const decision = findDecision(state, decisionId);
  if (!decision) throw new RangeError(`No decision with id "${decisionId}" in this room.`);
  const room = `- Room: ${userText(state.title, "Untitled room")}`;
  return toDocument(decisionBlocks(state, decision, 1, options, room));
}

/** Every decision of the room, in board order, under `# <room title>`. */
export function renderRoomMarkdown(state: RoomState, options: RecordOptions = {}): string {
  const exported = options.now === undefined ? "" : `, exported on ${isoDate(options.now)}`;
  const blocks = [
    heading(1, userText(state.title, "Untitled room")),
    `Decision record from Stackboard (room log position ${state.seq}${exported}).`,
  ];
  if (state.decisions.length === 0) {
    blocks.push("This room has no decisions yet.");
  } else {
    blocks.push(state.decisions.map((decision) => `- ${summaryLine(decision)}`).join("\n"));
  }
  for (const decision of state.decisions) {
    blocks.push(...decisionBlocks(state, decision, 2, options));
  }
  return toDocument(blocks);
}

/** Blocks are separated by one blank line; the file ends with exactly one newline. */
function toDocument(blocks: readonly string[]): string {
  return `${blocks.join("\n\n")}\n`;
}

function summaryLine(decision: Decision): string {
  const chosen = decision.outcome
    ? `, chose "${optionLabel(decision, decision.outcome.optionId)}"`
    : "";
  return `${decisionTitle(decision)}: ${statusText(decision)}${chosen}`;
}

/** One decision's blocks, its title at `level` and its sections one level deeper. */
function decisionBlocks(
  state: RoomState,
  decision: Decision,
  level: number,
  options: RecordOptions,
  ...extraMetadata: string[]
): string[] {
  const section = level + 1;
  return [
    heading(level, decisionTitle(decision)),
    metadataList(state, decision, options, extraMetadata),
    heading(section, "Context and Problem Statement"),
    userText(decision.context, "No context was recorded for this decision."),
    ...proposalBlock(decision),
    heading(section, "Decision Drivers"),
    driversList(state),
    heading(section, "Considered Options"),
    optionsList(decision),
    heading(section, "Decision Outcome"),
    ...outcomeBlocks(
      state,
      decision,
      decisionFacts(decision, state.criteria),
      section + 1,
      commitmentsOf(decision, options.hashOf),
    ),
    heading(section, "Pros and Cons of the Options"),
    ...prosAndCons(state, decision, section + 1),
  ];
}

/** A consent decision's written proposal: what the room was asked to consent to. */
function proposalBlock(decision: Decision): string[] {
  const proposal = decision.proposal;
  if (decision.mode !== "consent" || proposal === null) return [];
  const adopts = optionLabel(decision, proposal.optionId);
  return [`The proposal (adopting "${adopts}"): ${userText(proposal.text, "")}`];
}

function metadataList(
  state: RoomState,
  decision: Decision,
  options: RecordOptions,
  extra: readonly string[],
): string {
  const participants = state.participants.map(participantWithRole);
  return [
    `- Status: ${statusText(decision)}`,
    `- Date: ${isoDate(decisionDate(state, decision, options.now))}`,
    `- Decision-makers: ${decisionMakers(state, decision)}`,
    `- Participants: ${participants.length === 0 ? "none" : participants.join(", ")}`,
    `- Voting: ${modeText(decision)}`,
    ...extra,
  ].join("\n");
}

function driversList(state: RoomState): string {
  if (state.criteria.length === 0) return "None recorded.";
  return state.criteria
    .map(
      (criterion) =>
        `- ${userText(criterion.name, "Unnamed criterion")} (weight ${formatWeight(criterion.weight)})`,
    )
    .join("\n");
}

function optionsList(decision: Decision): string {
  if (decision.options.length === 0) return "No options were proposed.";
  return decision.options.map((option) => `- ${optionLabel(decision, option.id)}`).join("\n");
}

// MADR lists "Good, because" before "Bad, because"; risks and questions follow.
const KIND_ORDER: readonly AnnotationKind[] = ["pro", "con", "risk", "question"];
const KIND_LEAD: Record<AnnotationKind, string> = {
  pro: "Good, because",
  con: "Bad, because",
  risk: "Risk:",
  question: "Question:",
};

function prosAndCons(state: RoomState, decision: Decision, level: number): string[] {
  if (decision.options.length === 0) return ["No options were proposed."];
  const blocks: string[] = [];
  for (const option of decision.options) {
    const notes = state.annotations.filter(
      (note) => note.decisionId === decision.id && note.optionId === option.id,
    );
    // Stable sort: within a kind, annotations keep log order.
    notes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    blocks.push(heading(level, optionLabel(decision, option.id)));
    blocks.push(
      notes.length === 0
        ? "No arguments were recorded."
        : notes.map((note) => annotationItem(state, note)).join("\n"),
    );
  }
  return blocks;
}

function annotationItem(state: RoomState, note: Annotation): string {
  const plusOnes = note.plusOnes.length === 0 ? "" : `, +1 ×${note.plusOnes.length}`;
  const text = userText(note.text, "(no text)");
  const lines = [`- ${KIND_LEAD[note.kind]} ${text} (${nameOf(state, note.authorId)}${plusOnes})`];
  for (const reply of note.replies) {
    lines.push(`  - ${nameOf(state, reply.authorId)}: ${userText(reply.text, "(no text)")}`);
  }
  return lines.join("\n");
}
