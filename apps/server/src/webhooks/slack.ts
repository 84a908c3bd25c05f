// A message as Slack's incoming webhooks take it: `text` (the notification line) plus Block
// Kit blocks. People's text goes in `plain_text` fields, so a title like "<!channel>" or
// "*bold*" pings nobody and formats nothing; only our own links use mrkdwn, escaped.
import type { SlackPayload, WebhookDecisionSummary, WebhookPayload } from "@stackboard/contracts";

/** Slack's limits: 150 characters in a header, 3000 in a section's text. */
const HEADER_MAX = 150;
const SECTION_MAX = 3000;

const VERBS = {
  "decision.opened": "Voting opened",
  "decision.revealed": "Ballots revealed",
  "decision.decided": "Decided",
  "decision.reopened": "Reopened",
  "decision.closed": "Voting closed at its deadline",
} as const;

const cut = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** Slack's mrkdwn control characters (https://api.slack.com/reference/surfaces/formatting). */
const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const plain = (text: string) => ({ type: "plain_text", text, emoji: false });

function link(url: string, label: string) {
  return {
    type: "context",
    elements: [{ type: "mrkdwn", text: `<${escapeMrkdwn(url)}|${escapeMrkdwn(label)}>` }],
  };
}

function outcomeLine(decision: WebhookDecisionSummary): string {
  if (decision.outcome) return `${decision.title}: ${decision.outcome.label}`;
  return `${decision.title}: ${decision.status}`;
}

export function slackPayload(payload: WebhookPayload): SlackPayload {
  const { room } = payload.data;
  if (payload.type === "room.record_ready") {
    const lines = payload.data.decisions.map((decision) => `• ${outcomeLine(decision)}`);
    const text = `Decision record ready: ${room.title}`;
    return {
      text: escapeMrkdwn(text),
      blocks: [
        { type: "header", text: plain(cut(text, HEADER_MAX)) },
        { type: "section", text: plain(cut(lines.join("\n") || "No decisions.", SECTION_MAX)) },
        link(room.recordUrl, "Open the decision record"),
      ],
    };
  }
  const { decision } = payload.data;
  const verb = VERBS[payload.type];
  const chosen = payload.type === "decision.decided" && decision.outcome;
  const text = chosen
    ? `${verb}: ${decision.title} → ${decision.outcome?.label} (${room.title})`
    : `${verb}: ${decision.title} (${room.title})`;
  const blocks: SlackPayload["blocks"] = [{ type: "header", text: plain(cut(text, HEADER_MAX)) }];
  if (chosen && decision.outcome?.rationale) {
    blocks.push({ type: "section", text: plain(cut(decision.outcome.rationale, SECTION_MAX)) });
  }
  blocks.push(link(room.url, "Open the room"));
  // The top-level text is the notification line, read as mrkdwn: escaped.
  return { text: escapeMrkdwn(text), blocks };
}
