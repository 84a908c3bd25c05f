import {
  MAX_WEBHOOK_BODY_BYTES,
  SlackPayloadSchema,
  WebhookPayloadSchema,
} from "@stackboard/contracts";
import {
  type EventBody,
  emptyRoom,
  LIMITS,
  type RoomEvent,
  type RoomState,
  step,
} from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { messagesFor, type WebhookMessage } from "./messages.ts";
import { slackPayload } from "./slack.ts";

const ROOM = "RRRRRRRRRRRRRRRRRRRRRR";
const URL = "https://board.example.org";

/** Plays a log by hand, collecting the messages each event makes, as the service does. */
function play(entries: [actorId: string | null, body: EventBody][]) {
  let state: RoomState = emptyRoom();
  const messages: WebhookMessage[] = [];
  entries.forEach(([actorId, body], index) => {
    const event: RoomEvent = {
      seq: index + 1,
      at: 1_700_000_000_000 + index * 1000,
      actorId,
      commandId: null,
      body,
    };
    const before = state;
    state = step(before, event).state;
    messages.push(...messagesFor(ROOM, URL, before, event, state));
  });
  return { state, messages };
}

const joined = (participantId: string, name: string, role: "facilitator" | "voter") =>
  [null, { type: "participant.joined", participantId, name, colour: "#112233", role }] as [
    null,
    EventBody,
  ];

const setUp: [string | null, EventBody][] = [
  [
    null,
    {
      type: "room.created",
      roomId: ROOM,
      title: "Checkout",
      templateId: null,
      criteria: [],
      decisions: [],
    },
  ],
  joined("pAda", "Ada Lovelace", "facilitator"),
  joined("pBo", "Bo Secretvoter", "voter"),
  joined("pCy", "Cy Hiddenname", "voter"),
  ["pAda", { type: "decision.added", decisionId: "db", title: "Database", context: "" }],
  [
    "pAda",
    {
      type: "option.added",
      decisionId: "db",
      optionId: "pg",
      label: "PostgreSQL",
      catalogId: null,
    },
  ],
  [
    "pAda",
    { type: "option.added", decisionId: "db", optionId: "my", label: "MySQL", catalogId: null },
  ],
  [
    "pAda",
    { type: "decision.configured", decisionId: "db", mode: "pick", dotsPerVoter: 5, sealed: true },
  ],
  ["pAda", { type: "decision.anonymitySet", decisionId: "db", anonymity: "aliases" }],
];

describe("webhook messages", () => {
  it("come from a decision's milestones only, once each, with a stable id per event", () => {
    const { messages } = play([
      ...setUp,
      ["pAda", { type: "decision.opened", decisionId: "db" }],
      ["pBo", { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "pg" } }],
      ["pCy", { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "pg" } }],
      ["pAda", { type: "decision.locked", decisionId: "db" }],
      [
        "pAda",
        {
          type: "decision.revealed",
          decisionId: "db",
          ballots: [
            { participantId: "pBo", ballot: { mode: "pick", optionId: "pg" } },
            { participantId: "pCy", ballot: { mode: "pick", optionId: "pg" } },
          ],
        },
      ],
      [
        "pAda",
        { type: "decision.decided", decisionId: "db", optionId: "pg", rationale: "Boring." },
      ],
      // A second decide is refused by the log: a no-op makes no message.
      ["pAda", { type: "decision.decided", decisionId: "db", optionId: "my", rationale: "No." }],
      ["pAda", { type: "decision.reopened", decisionId: "db" }],
    ]);
    expect(messages.map((m) => [m.type, m.id])).toEqual([
      ["decision.opened", `msg_${ROOM}_10`],
      ["decision.revealed", `msg_${ROOM}_14`],
      ["decision.decided", `msg_${ROOM}_15`],
      ["room.record_ready", `msg_${ROOM}_15_record`],
      ["decision.reopened", `msg_${ROOM}_17`],
    ]);
    for (const message of messages) {
      expect(WebhookPayloadSchema.parse(message.payload)).toEqual(message.payload);
    }
  });

  it("never carry a participant or a sealed ballot: a tally only once the ballots are visible", () => {
    const { messages } = play([
      ...setUp,
      ["pAda", { type: "decision.opened", decisionId: "db" }],
      ["pBo", { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "my" } }],
      ["pAda", { type: "decision.locked", decisionId: "db" }],
      // A second decision opened while the first is still sealed with a ballot in it.
      ["pAda", { type: "decision.added", decisionId: "api", title: "API", context: "" }],
      [
        "pAda",
        {
          type: "option.added",
          decisionId: "api",
          optionId: "rest",
          label: "REST",
          catalogId: null,
        },
      ],
      ["pAda", { type: "decision.opened", decisionId: "api" }],
      [
        "pAda",
        {
          type: "decision.revealed",
          decisionId: "db",
          ballots: [{ participantId: "pBo", ballot: { mode: "pick", optionId: "my" } }],
        },
      ],
    ]);
    const text = JSON.stringify(messages);
    for (const secret of [
      "pAda",
      "pBo",
      "pCy",
      "Ada Lovelace",
      "Bo Secretvoter",
      "Cy Hiddenname",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('"ballot"');
    expect(text).not.toContain("participantId");
    const opened = messages.find((m) => m.type === "decision.opened" && m.payload.data.seq === 10);
    if (opened?.payload.type !== "decision.opened") throw new Error("no opened message");
    expect(opened.payload.data.decision).toMatchObject({ sealed: true, tally: null, leaders: [] });
    const revealed = messages.find((m) => m.type === "decision.revealed");
    if (revealed?.payload.type !== "decision.revealed") throw new Error("no reveal message");
    expect(revealed.payload.data.decision).toMatchObject({
      anonymous: true,
      ballots: 1,
      tally: [
        { optionId: "pg", value: 0 },
        { optionId: "my", value: 1 },
      ],
      leaders: ["my"],
    });
  });

  it("say the record is ready when the last decision is decided, with links", () => {
    const { messages } = play([
      ...setUp.slice(0, 7),
      ["pAda", { type: "decision.opened", decisionId: "db" }],
      ["pAda", { type: "decision.locked", decisionId: "db" }],
      [
        "pAda",
        { type: "decision.decided", decisionId: "db", optionId: "pg", rationale: "x".repeat(900) },
      ],
    ]);
    const ready = messages.find((m) => m.type === "room.record_ready");
    if (ready?.payload.type !== "room.record_ready") throw new Error("no record message");
    expect(ready.payload.data.room).toEqual({
      id: ROOM,
      title: "Checkout",
      url: `${URL}/r/${ROOM}`,
      recordUrl: `${URL}/r/${ROOM}/record`,
    });
    expect(ready.payload.data.markdownUrl).toBe(`${URL}/api/rooms/${ROOM}/export.md`);
    // The summary cuts long rationales; the decided message carries the whole of it.
    expect(ready.payload.data.decisions[0]?.outcome?.rationale).toHaveLength(500);
    const decided = messages.find((m) => m.type === "decision.decided");
    if (decided?.payload.type !== "decision.decided") throw new Error("no decided message");
    expect(decided.payload.data.decision.outcome?.rationale).toHaveLength(900);
  });
});

describe("Slack bodies", () => {
  it("put people's text in plain_text and escape the notification line", () => {
    const { messages } = play([
      ...setUp.slice(0, 4),
      ["pAda", { type: "decision.added", decisionId: "db", title: "<!channel> *DB*", context: "" }],
      [
        "pAda",
        {
          type: "option.added",
          decisionId: "db",
          optionId: "pg",
          label: "<@U123>",
          catalogId: null,
        },
      ],
      ["pAda", { type: "decision.opened", decisionId: "db" }],
      ["pAda", { type: "decision.locked", decisionId: "db" }],
      [
        "pAda",
        {
          type: "decision.decided",
          decisionId: "db",
          optionId: "pg",
          rationale: "<https://evil|x>",
        },
      ],
    ]);
    for (const message of messages) {
      const body = SlackPayloadSchema.parse(slackPayload(message.payload));
      expect(body.text).not.toMatch(/<[!@]/);
      const mrkdwn = JSON.stringify(body.blocks.filter((block) => block.type === "context"));
      expect(mrkdwn).not.toContain("evil");
      expect(mrkdwn).not.toContain("<!channel>");
    }
    const decidedMessage = messages.find((m) => m.type === "decision.decided");
    if (!decidedMessage) throw new Error("no decided message");
    const decided = slackPayload(decidedMessage.payload);
    expect(decided.text).toBe("Decided: &lt;!channel&gt; *DB* → &lt;@U123&gt; (Checkout)");
    expect(decided.blocks[1]).toEqual({
      type: "section",
      text: { type: "plain_text", text: "<https://evil|x>", emoji: false },
    });
  });
});

describe("message size", () => {
  it("stays under the body limit for the largest room the limits allow", () => {
    const wide = (n: number) => "€".repeat(n); // three bytes each in UTF-8
    const id = (prefix: string, i: number) => `${prefix}${i}`.padEnd(64, "x");
    const decisions = Array.from({ length: LIMITS.decisions }, (_, d) => ({
      id: id("d", d),
      title: wide(LIMITS.titleLength),
      context: wide(LIMITS.contextLength),
      mode: "pick" as const,
      options: Array.from({ length: LIMITS.optionsPerDecision }, (_, o) => ({
        id: id(`o${d}-`, o),
        label: wide(LIMITS.labelLength),
        catalogId: null,
      })),
    }));
    const decide = (d: number): [string, EventBody][] => [
      ["pAda", { type: "decision.opened", decisionId: id("d", d) }],
      ["pAda", { type: "decision.locked", decisionId: id("d", d) }],
      [
        "pAda",
        {
          type: "decision.decided",
          decisionId: id("d", d),
          optionId: id(`o${d}-`, 0),
          rationale: wide(LIMITS.rationaleLength),
        },
      ],
    ];
    const { messages } = play([
      [
        null,
        {
          type: "room.created",
          roomId: ROOM,
          title: wide(LIMITS.titleLength),
          templateId: null,
          criteria: [],
          decisions,
        },
      ],
      joined("pAda", "Ada", "facilitator"),
      ...decisions.flatMap((_, d) => decide(d)),
    ]);
    expect(messages.at(-1)?.type).toBe("room.record_ready");
    const largest = Math.max(
      ...messages.flatMap((m) => [
        Buffer.byteLength(JSON.stringify(m.payload)),
        Buffer.byteLength(JSON.stringify(slackPayload(m.payload))),
      ]),
    );
    expect(largest).toBeLessThanOrEqual(MAX_WEBHOOK_BODY_BYTES);
  });
});
