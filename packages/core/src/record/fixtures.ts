// Test helper: a realistic room built by reducing a real event log ("Backend stack for
// Payments": a pick, a dots and a sealed score decision, three people, annotations).
// Fixed timestamps keep renders stable. Every piece of user text goes through `text`,
// so tests can swap in hostile or generated strings without changing the shape.
import type { EventBody, RoomEvent } from "../events.ts";
import { reduceAll } from "../reduce.ts";
import { emptyRoom } from "../room.ts";
import { checkEvent } from "../rules/index.ts";
import type { AnnotationKind, Ballot, RoomState } from "../types.ts";

export const FIXTURE_START = Date.UTC(2025, 2, 14, 9, 0, 0);
const MINUTE = 60_000;

/** Where the sealed "Database" decision stops. */
export type DatabaseStage = "voting" | "locked" | "revealed" | "decided";

export interface FixtureOptions {
  /** Text for a slot (e.g. "option.api.rest"); gets the normal text. Default: keep it. */
  text?: (slot: string, normal: string) => string;
  databaseStage?: DatabaseStage;
}

export interface Fixture {
  events: RoomEvent[];
  state: RoomState;
}

export const ADA = "p-ada";
export const BRENDAN = "p-brendan";
export const CHEN = "p-chen";
export const DANA = "p-dana";

type ScoreRow = [performance: number, familiarity: number, ecosystem: number];

function scores(rows: Record<string, ScoreRow>): Ballot {
  const criteria = ["performance", "familiarity", "ecosystem"];
  return {
    mode: "score",
    scores: Object.entries(rows).flatMap(([optionId, row]) =>
      row.map((score, index) => ({ optionId, criterionId: criteria[index] ?? "", score })),
    ),
  };
}

const dots = (allocations: Record<string, number>): Ballot => ({
  mode: "dots",
  allocations: Object.entries(allocations).map(([optionId, n]) => ({ optionId, dots: n })),
});

const DATABASE_BALLOTS: Record<string, Ballot> = {
  [ADA]: scores({ postgres: [4, 5, 5], mongodb: [4, 3, 4], sqlite: [2, 4, 2] }),
  [BRENDAN]: scores({ postgres: [3, 4, 5], mongodb: [5, 4, 4], sqlite: [2, 3, 2] }),
  [CHEN]: scores({ postgres: [3, 4, 4], mongodb: [5, 3, 3], sqlite: [3, 4, 2] }),
};

export function buildRoom(options: FixtureOptions = {}): Fixture {
  const text = options.text ?? ((_slot: string, normal: string) => normal);
  const stage = options.databaseStage ?? "decided";
  const events: RoomEvent[] = [];
  const emit = (actorId: string | null, body: EventBody) => {
    const seq = events.length + 1;
    const commandId = actorId === null ? null : `cmd-${seq}`;
    events.push({ seq, at: FIXTURE_START + seq * MINUTE, actorId, commandId, body });
  };
  const option = (decision: string, id: string, label: string, catalogId: string | null) => ({
    id,
    label: text(`option.${decision}.${id}`, label),
    catalogId,
  });

  emit(ADA, {
    type: "room.created",
    roomId: "room-payments",
    title: text("room.title", "Backend stack for Payments"),
    templateId: "web-backend",
    criteria: [
      { id: "performance", name: text("criterion.performance", "Performance"), weight: 0.3 },
      {
        id: "familiarity",
        name: text("criterion.familiarity", "Team familiarity"),
        weight: 0.5,
      },
      { id: "ecosystem", name: text("criterion.ecosystem", "Ecosystem"), weight: 0.2 },
    ],
    decisions: [
      {
        id: "api",
        title: text("decision.api.title", "API style"),
        context: text(
          "decision.api.context",
          "The payments service is called by the web app, the mobile app and two partners.",
        ),
        mode: "pick",
        options: [
          option("api", "rest", "REST", "rest"),
          option("api", "graphql", "GraphQL", "graphql"),
        ],
      },
      {
        id: "language",
        title: text("decision.language.title", "Language and runtime"),
        context: text("decision.language.context", ""),
        mode: "pick",
        options: [
          option("language", "node", "Node.js", "nodejs"),
          option("language", "python", "Python", "python"),
          option("language", "go", "Go", "go"),
        ],
      },
      {
        id: "database",
        title: text("decision.database.title", "Database"),
        context: text(
          "decision.database.context",
          "Ledger entries must never be lost; reports join across accounts.",
        ),
        mode: "pick",
        options: [
          option("database", "postgres", "PostgreSQL", "postgresql"),
          option("database", "mongodb", "MongoDB", "mongodb"),
          option("database", "sqlite", "SQLite", "sqlite"),
        ],
      },
    ],
  });
  const people = [
    [ADA, "Ada", "#e4572e", "facilitator"],
    [BRENDAN, "Brendan", "#17bebb", "voter"],
    [CHEN, "Chen", "#ffc914", "voter"],
  ] as const;
  for (const [id, name, colour, role] of people) {
    const slot = `participant.${name.toLowerCase()}`;
    emit(id, {
      type: "participant.joined",
      participantId: id,
      name: text(slot, name),
      colour,
      role,
    });
  }
  // Someone who wandered in and was shown out: the record still names them, as removed.
  emit(null, {
    type: "participant.joined",
    participantId: DANA,
    name: text("participant.dana", "Dana"),
    colour: "#6c757d",
    role: "observer",
  });
  emit(ADA, { type: "participant.removed", participantId: DANA });
  emit(ADA, {
    type: "decision.configured",
    decisionId: "language",
    mode: "dots",
    dotsPerVoter: 5,
    sealed: false,
  });
  emit(ADA, {
    type: "decision.configured",
    decisionId: "database",
    mode: "score",
    dotsPerVoter: 5,
    sealed: true,
  });
  emit(BRENDAN, {
    type: "option.added",
    decisionId: "api",
    optionId: "trpc",
    label: text("option.api.trpc", "tRPC"),
    catalogId: null,
  });
  for (const decisionId of ["api", "language", "database"]) {
    emit(ADA, { type: "decision.opened", decisionId });
  }

  const annotate = (
    id: string,
    author: string,
    decisionId: string,
    optionId: string,
    kind: AnnotationKind,
    normal: string,
  ) =>
    emit(author, {
      type: "annotation.added",
      annotationId: id,
      decisionId,
      optionId,
      kind,
      text: text(`annotation.${id}`, normal),
    });
  const reply = (annotationId: string, replyId: string, author: string, normal: string) =>
    emit(author, {
      type: "annotation.replied",
      annotationId,
      replyId,
      text: text(`reply.${replyId}`, normal),
    });
  const plusOne = (annotationId: string, author: string) =>
    emit(author, { type: "annotation.plusOned", annotationId, on: true });

  annotate("a1", BRENDAN, "api", "rest", "pro", "every client and proxy already speaks it");
  plusOne("a1", ADA);
  plusOne("a1", CHEN);
  reply("a1", "r1", CHEN, "HTTP caching comes for free.");
  annotate("a2", ADA, "api", "graphql", "con", "it needs schema tooling we do not run yet");
  annotate("a3", CHEN, "api", "graphql", "question", "Would a BFF give the mobile app the same?");
  reply("a3", "r2", ADA, "Mostly; we can revisit when the mobile app grows.");
  annotate("a4", BRENDAN, "language", "go", "risk", "Only one of us has shipped Go.");
  plusOne("a4", ADA);
  annotate("a5", CHEN, "database", "postgres", "pro", "JSONB covers the document-shaped parts");
  plusOne("a5", BRENDAN);
  annotate("a6", ADA, "database", "mongodb", "con", "multi-document transactions are an add-on");

  const pick = (optionId: string): Ballot => ({ mode: "pick", optionId });
  emit(ADA, { type: "ballot.cast", decisionId: "api", ballot: pick("rest") });
  emit(BRENDAN, { type: "ballot.cast", decisionId: "api", ballot: pick("rest") });
  emit(CHEN, { type: "ballot.cast", decisionId: "api", ballot: pick("graphql") });
  emit(ADA, { type: "ballot.cast", decisionId: "language", ballot: dots({ node: 3, go: 2 }) });
  emit(BRENDAN, { type: "ballot.cast", decisionId: "language", ballot: dots({ python: 3 }) });
  emit(CHEN, { type: "ballot.cast", decisionId: "language", ballot: dots({ node: 3, go: 2 }) });
  // Brendan changes his dots: the later ballot replaces the first.
  emit(BRENDAN, {
    type: "ballot.cast",
    decisionId: "language",
    ballot: dots({ python: 3, node: 2 }),
  });
  for (const voter of [ADA, BRENDAN, CHEN]) {
    const ballot = DATABASE_BALLOTS[voter];
    if (ballot) emit(voter, { type: "ballot.cast", decisionId: "database", ballot });
  }

  emit(ADA, { type: "decision.locked", decisionId: "api" });
  emit(ADA, { type: "decision.locked", decisionId: "language" });
  emit(ADA, {
    type: "decision.decided",
    decisionId: "api",
    optionId: "rest",
    rationale: text(
      "rationale.api",
      "the whole team knows it and every partner integration is plain HTTP",
    ),
  });
  if (stage !== "voting") emit(ADA, { type: "decision.locked", decisionId: "database" });
  if (stage === "revealed" || stage === "decided") {
    emit(ADA, {
      type: "decision.revealed",
      decisionId: "database",
      ballots: [ADA, BRENDAN, CHEN].flatMap((participantId) => {
        const ballot = DATABASE_BALLOTS[participantId];
        return ballot ? [{ participantId, ballot }] : [];
      }),
    });
  }
  if (stage === "decided") {
    emit(ADA, {
      type: "decision.decided",
      decisionId: "database",
      optionId: "postgres",
      rationale: text("rationale.database", "transactions across accounts are not negotiable."),
    });
  }
  return { events, state: replayStrictly(events) };
}

/** Like `reduceAll`, but a fixture event the rules reject is a bug in the fixture. */
function replayStrictly(events: readonly RoomEvent[]): RoomState {
  let state = emptyRoom();
  for (const event of events) {
    const rejection = checkEvent(state, event);
    if (rejection !== null) {
      throw new Error(
        `Fixture event ${event.seq} (${event.body.type}) rejected: ${rejection.code}`,
      );
    }
    state = reduceAll(state, [event]);
  }
  return state;
}
