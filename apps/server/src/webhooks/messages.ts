// Which room events become webhook messages, and what a message says. A message is built
// from the room's state right after its event, as an outside viewer sees it: no
// participant (id or name), no ballot, and a tally only once the ballots are visible.
import {
  roomExportPath,
  roomUrlPath,
  type WebhookDecision,
  type WebhookDecisionSummary,
  type WebhookEventType,
  type WebhookPayload,
} from "@stackboard/contracts";
import {
  ballotsHidden,
  type Decision,
  findDecision,
  type RoomEvent,
  type RoomState,
  redactState,
  tallyDecision,
} from "@stackboard/core";

export interface WebhookMessage {
  /** `webhook-id`: one per (room, event, type), the same on every retry and every node. */
  id: string;
  type: WebhookEventType;
  payload: WebhookPayload;
}

/** A decision's milestones: the event types that make a message when they apply. */
const MILESTONES = {
  "decision.opened": "decision.opened",
  "decision.revealed": "decision.revealed",
  "decision.decided": "decision.decided",
  "decision.reopened": "decision.reopened",
  "decision.closed": "decision.closed",
} as const satisfies Partial<Record<RoomEvent["body"]["type"], WebhookEventType>>;

/** Rationales in the record-ready summary are cut here; the full record is one GET away. */
const SUMMARY_RATIONALE = 500;

/**
 * The messages an event makes, given the state before and after it. An event the log
 * refused (a no-op) changed no decision's status, so it makes none.
 */
export function messagesFor(
  roomId: string,
  publicUrl: string,
  before: RoomState,
  event: RoomEvent,
  after: RoomState,
): WebhookMessage[] {
  const { body } = event;
  if (!(body.type in MILESTONES)) return [];
  const type = MILESTONES[body.type as keyof typeof MILESTONES];
  const decisionId = "decisionId" in body ? body.decisionId : null;
  if (decisionId === null) return [];
  const was = findDecision(before, decisionId);
  const is = findDecision(after, decisionId);
  if (!is || was?.status === is.status) return [];
  const view = redactState(after, null);
  const timestamp = new Date(event.at).toISOString();
  const room = roomOf(roomId, publicUrl, view);
  const decision = decisionOf(view, decisionId);
  const messages: WebhookMessage[] = [
    {
      id: `msg_${roomId}_${event.seq}`,
      type,
      payload: { type, timestamp, data: { room, seq: event.seq, decision } },
    },
  ];
  if (type === "decision.decided" && view.decisions.every((d) => d.status === "decided")) {
    messages.push({
      id: `msg_${roomId}_${event.seq}_record`,
      type: "room.record_ready",
      payload: {
        type: "room.record_ready",
        timestamp,
        data: {
          room,
          seq: event.seq,
          markdownUrl: `${publicUrl}${roomExportPath(roomId, "md")}`,
          decisions: view.decisions.map((d) => summaryOf(decisionOf(view, d.id))),
        },
      },
    });
  }
  return messages;
}

function roomOf(roomId: string, publicUrl: string, state: RoomState) {
  const url = `${publicUrl}${roomUrlPath(roomId)}`;
  return { id: roomId, title: state.title, url, recordUrl: `${url}/record` };
}

/** `state` is already redacted for an outside viewer. */
function decisionOf(state: RoomState, decisionId: string): WebhookDecision {
  const decision = findDecision(state, decisionId) as Decision;
  const hidden = ballotsHidden(decision);
  const tally = hidden ? null : tallyDecision(decision, state.criteria);
  const chosen = decision.outcome
    ? decision.options.find((option) => option.id === decision.outcome?.optionId)
    : undefined;
  return {
    id: decision.id,
    title: decision.title,
    status: decision.status,
    mode: decision.mode,
    sealed: decision.sealed,
    anonymous: decision.anonymity !== "off",
    options: decision.options.map(({ id, label }) => ({ id, label })),
    ballots: decision.ballots.length,
    tally: tally ? tally.options.map(({ optionId, value }) => ({ optionId, value })) : null,
    leaders: tally ? tally.leaders : [],
    outcome: decision.outcome
      ? {
          optionId: decision.outcome.optionId,
          label: chosen?.label ?? decision.outcome.optionId,
          rationale: decision.outcome.rationale,
          decidedAt: decision.outcome.decidedAt,
        }
      : null,
  };
}

function summaryOf({ id, title, status, outcome }: WebhookDecision): WebhookDecisionSummary {
  if (!outcome || outcome.rationale.length <= SUMMARY_RATIONALE) {
    return { id, title, status, outcome };
  }
  const rationale = `${outcome.rationale.slice(0, SUMMARY_RATIONALE - 1)}…`;
  return { id, title, status, outcome: { ...outcome, rationale } };
}
