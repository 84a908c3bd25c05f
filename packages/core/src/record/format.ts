// Small wording and formatting helpers for the Markdown record. Anything that returns
// user text returns it escaped, so callers can concatenate freely.

import { BALLOT_KEY_PREFIX, isBallotKey } from "../anonymity.ts";
import { assertNever } from "../assert-never.ts";
import { findParticipant } from "../lookup.ts";
import type { Decision, Participant, Role, RoomState } from "../types.ts";
import { escapeMarkdownInline, foldText } from "./escape.ts";

/** A heading line; `text` must be escaped and on one line (see `userText`). */
export function heading(level: number, text: string): string {
  return `${"#".repeat(level)} ${text}`;
}

/** Escaped user text, or `fallback` (our own, already safe) when it folds to nothing. */
export function userText(text: string, fallback: string): string {
  return foldText(text) === "" ? fallback : escapeMarkdownInline(text);
}

export const decisionTitle = (decision: Decision): string =>
  userText(decision.title, "Untitled decision");

export function optionLabel(decision: Decision, optionId: string): string {
  const option = decision.options.find((candidate) => candidate.id === optionId);
  return option ? userText(option.label, "Unnamed option") : "an option no longer on the board";
}

export const participantName = (participant: Participant): string =>
  userText(participant.name, "Unnamed participant");

export function nameOf(state: RoomState, id: string | null): string {
  const participant = findParticipant(state, id);
  if (participant) return participantName(participant);
  return id === null ? "the server" : "a former participant";
}

const ROLE_WORDS: Record<Role, string> = {
  facilitator: "facilitator",
  voter: "voter",
  observer: "observer",
};

export const participantWithRole = (participant: Participant): string =>
  `${participantName(participant)} (${ROLE_WORDS[participant.role]}${participant.removed ? ", removed" : ""})`;

/** MADR status words: a decision is "proposed" until the facilitator settles it. */
export function statusText(decision: Decision): string {
  switch (decision.status) {
    case "draft":
      return "proposed (voting not open yet)";
    case "voting":
      return "proposed (voting open)";
    case "locked":
      return "proposed (voting locked)";
    case "revealed":
      return "proposed (ballots revealed)";
    case "decided":
      return "accepted";
    default:
      return assertNever(decision.status);
  }
}

export function modeText(decision: Decision): string {
  const mode = MODE_TEXT[decision.mode].replace("{dots}", String(decision.dotsPerVoter));
  const anonymous = ANONYMITY_TEXT[decision.anonymity];
  return `${mode}${decision.sealed ? ", sealed ballots" : ""}${anonymous}`;
}

const ANONYMITY_TEXT: Record<Decision["anonymity"], string> = {
  off: "",
  aliases: ", anonymous ballots (aliases)",
  full: ", anonymous ballots",
};

/** A voter by name; in an anonymous decision, by the alias of their ballot key, or not at all. */
export function voterLabel(state: RoomState, decision: Decision, id: string): string {
  if (!isBallotKey(id)) return nameOf(state, id);
  return decision.anonymity === "aliases"
    ? `Voter ${id.slice(BALLOT_KEY_PREFIX.length, BALLOT_KEY_PREFIX.length + 4).toUpperCase()}`
    : "an anonymous voter";
}

const MODE_TEXT: Record<Decision["mode"], string> = {
  pick: "pick (one choice per voter)",
  dots: "dots ({dots} per voter)",
  score: "score (1 to 5 per option and criterion, weighted by the drivers)",
  ranked: "ranked choice (instant runoff)",
  consent: "consent (agree, object or block the proposal)",
};

const VALUE_HEADER: Record<Decision["mode"], string> = {
  pick: "Votes",
  dots: "Dots",
  score: "Weighted score",
  ranked: "First choices",
  consent: "Agreements",
};

/** The value column's name in the tally table. */
export function valueHeader(decision: Decision): string {
  return VALUE_HEADER[decision.mode];
}

/**
 * Votes and dots are whole numbers; scores are means on the 1-5 scale, and 0 stands for an
 * option nobody scored (shown "-", as an unscored criterion's cell is).
 */
export function formatValue(decision: Decision, value: number): string {
  if (decision.mode !== "score") return String(value);
  return value === 0 ? "-" : value.toFixed(2);
}

export const formatWeight = (weight: number): string => weight.toFixed(2);

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const count = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;

/** UTC calendar date, so every replica and time zone writes the same record. */
export function isoDate(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? "unknown" : date.toISOString().slice(0, 10);
}

/**
 * MADR's date is when the decision was last updated: the decision time once decided,
 * else the export time if the caller gives one, else the decision's last recorded activity
 * (state data only, so a record rendered twice from the same state is the same).
 */
export function decisionDate(state: RoomState, decision: Decision, now?: number): number {
  if (decision.outcome) return decision.outcome.decidedAt;
  if (now !== undefined) return now;
  let last = state.createdAt;
  for (const entry of decision.ballots) last = Math.max(last, entry.castAt);
  for (const note of state.annotations) {
    if (note.decisionId !== decision.id) continue;
    last = Math.max(last, note.at);
    for (const reply of note.replies) last = Math.max(last, reply.at);
  }
  return last;
}

/** Facilitators, plus whoever settled the decision if they no longer facilitate. */
export function decisionMakers(state: RoomState, decision: Decision): string {
  const ids = state.participants
    .filter((participant) => participant.role === "facilitator" && !participant.removed)
    .map((participant) => participant.id);
  const decidedBy = decision.outcome?.decidedBy ?? null;
  if (decidedBy !== null && !ids.includes(decidedBy)) ids.push(decidedBy);
  return ids.length === 0 ? "none" : ids.map((id) => nameOf(state, id)).join(", ");
}
