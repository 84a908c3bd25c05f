// Meeting replay: the room as it was after its first k events, and a plain label for
// each event. Replay works on an exported (already redacted) log, so a sealed ballot
// replays as "someone voted" until the reveal event brings its content.
import type { RoomEvent } from "./events.ts";
import { findDecision, findParticipant } from "./lookup.ts";
import { reduce } from "./reduce.ts";
import { emptyRoom } from "./room.ts";
import { tieOf } from "./tally.ts";
import type { RoomState } from "./types.ts";

/**
 * Every state of the replay: `frames[k]` is the room after the first k events
 * (`frames[0]` is the empty room). Built in one pass; the reducer copies only touched
 * paths, so frames share most of their structure.
 */
export function replayFrames(events: readonly RoomEvent[]): RoomState[] {
  const frames: RoomState[] = [emptyRoom()];
  let state = frames[0] as RoomState;
  for (const event of events) {
    state = reduce(state, event);
    frames.push(state);
  }
  return frames;
}

export type ReplayLabelKind =
  | "created"
  | "joined"
  | "voted"
  | "retracted"
  | "opened"
  | "locked"
  | "revealed"
  | "decided"
  | "settledTie"
  | "reopened"
  | "annotated"
  | "replied"
  | "optionAdded"
  | "decisionAdded"
  | "criteria"
  | "focused"
  | "unfocused"
  | "other";

/** What happened, in data: the web app turns it into words in the reader's language. */
export interface ReplayLabel {
  kind: ReplayLabelKind;
  /** Who did it (a name as the log knows it), or null for the server. */
  actor: string | null;
  /** The decision or option it concerns, when there is one. */
  subject: string | null;
  /** Extra detail: the chosen option, the note's kind. */
  detail: string | null;
}

/** The label of `event`, read against `before`, the state just before it. */
export function replayLabel(before: RoomState, event: RoomEvent): ReplayLabel {
  const body = event.body;
  const actor = findParticipant(before, event.actorId)?.name ?? null;
  const decisionTitle = (id: string) => findDecision(before, id)?.title ?? null;
  const label = (
    kind: ReplayLabelKind,
    subject: string | null = null,
    detail: string | null = null,
  ) => ({
    kind,
    actor,
    subject,
    detail,
  });
  switch (body.type) {
    case "room.created":
      return label("created", body.title);
    case "participant.joined":
      return { kind: "joined", actor: body.name, subject: null, detail: body.role };
    case "ballot.cast":
    case "ballot.sealed":
      return label("voted", decisionTitle(body.decisionId));
    case "ballot.retracted":
      return label("retracted", decisionTitle(body.decisionId));
    case "decision.opened":
      return label("opened", decisionTitle(body.decisionId));
    case "decision.locked":
    // Auto-reveal: everyone had voted, so the server locked the vote.
    case "decision.allVoted":
      return label("locked", decisionTitle(body.decisionId));
    case "decision.revealed":
      return label("revealed", decisionTitle(body.decisionId));
    case "decision.decided": {
      const decision = findDecision(before, body.decisionId);
      const option = decision?.options.find((candidate) => candidate.id === body.optionId);
      // The same test the reducer makes when it records the outcome's tie.
      const tie = decision ? tieOf(decision, before.criteria) : [];
      return label(
        tie.length > 1 ? "settledTie" : "decided",
        decision?.title ?? null,
        option?.label ?? null,
      );
    }
    case "decision.reopened":
      return label("reopened", decisionTitle(body.decisionId));
    case "annotation.added": {
      const decision = findDecision(before, body.decisionId);
      const option = decision?.options.find((candidate) => candidate.id === body.optionId);
      return label("annotated", option?.label ?? null, body.kind);
    }
    case "annotation.replied":
      return label("replied");
    case "option.added":
      return label("optionAdded", body.label, decisionTitle(body.decisionId));
    case "decision.added":
      return label("decisionAdded", body.title);
    case "criterion.added":
    case "criterion.updated":
    case "criterion.removed":
      return label("criteria");
    case "room.focusSet":
      return body.decisionId === null
        ? label("unfocused")
        : label("focused", decisionTitle(body.decisionId));
    default:
      return label("other", body.type);
  }
}
