// fast-check arbitraries for events over a small universe of ids, so that generated
// logs hit real rules (votes on existing options, facilitator actions, ...).
import fc from "fast-check";
import type { EventBody, RoomEvent } from "../events.ts";
import type { Ballot } from "../types.ts";

export const PARTICIPANTS = ["p1", "p2", "p3", "p4"] as const;
export const DECISIONS = ["d1", "d2"] as const;
export const OPTIONS = ["o1", "o2", "o3"] as const;
export const CRITERIA = ["c1", "c2"] as const;

const participant = fc.constantFrom(...PARTICIPANTS);
/** People who knock on the lobby; admitted, they act like anyone else. */
const knocker = fc.constantFrom("p5", "p6");
const decision = fc.constantFrom(...DECISIONS);
const option = fc.constantFrom(...OPTIONS);
const criterion = fc.constantFrom(...CRITERIA);
const mode = fc.constantFrom("pick" as const, "dots" as const, "score" as const, "ranked" as const);
const role = fc.constantFrom("facilitator" as const, "voter" as const, "observer" as const);
const text = fc.string({ maxLength: 12 });

export const ballotArb: fc.Arbitrary<Ballot> = fc.oneof(
  option.map((optionId) => ({ mode: "pick" as const, optionId })),
  fc
    .uniqueArray(fc.record({ optionId: option, dots: fc.integer({ min: 0, max: 3 }) }), {
      maxLength: 3,
      selector: (allocation) => allocation.optionId,
    })
    .map((allocations) => ({ mode: "dots" as const, allocations })),
  fc
    .uniqueArray(
      fc.record({
        optionId: option,
        criterionId: criterion,
        score: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 6, selector: (score) => `${score.optionId}/${score.criterionId}` },
    )
    .map((scores) => ({ mode: "score" as const, scores })),
  fc
    .uniqueArray(option, { minLength: 1, maxLength: 4 })
    .map((ranking) => ({ mode: "ranked" as const, ranking })),
  fc.constant({ mode: "abstain" as const }),
);

export const eventBodyArb: fc.Arbitrary<EventBody> = fc.oneof(
  fc.record({
    type: fc.constant("participant.joined" as const),
    participantId: participant,
    name: text,
    colour: fc.constant("#123456"),
    role,
  }),
  fc.record({ type: fc.constant("room.renamed" as const), title: text }),
  fc.record({ type: fc.constant("participant.renamed" as const), name: text }),
  fc.record({
    type: fc.constant("participant.roleSet" as const),
    participantId: participant,
    role,
  }),
  fc.record({
    type: fc.constant("decision.added" as const),
    decisionId: decision,
    title: text,
    context: text,
  }),
  fc.record({
    type: fc.constant("decision.edited" as const),
    decisionId: decision,
    title: text,
    context: text,
  }),
  fc.record({ type: fc.constant("decision.removed" as const), decisionId: decision }),
  fc.record({
    type: fc.constant("decision.configured" as const),
    decisionId: decision,
    mode,
    dotsPerVoter: fc.integer({ min: 1, max: 6 }),
    sealed: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("option.added" as const),
    decisionId: decision,
    optionId: option,
    label: text,
    catalogId: fc.constant(null),
  }),
  fc.record({
    type: fc.constant("option.removed" as const),
    decisionId: decision,
    optionId: option,
  }),
  fc.record({
    type: fc.constant("criterion.added" as const),
    criterionId: criterion,
    name: text,
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    type: fc.constant("criterion.updated" as const),
    criterionId: criterion,
    name: text,
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ type: fc.constant("criterion.removed" as const), criterionId: criterion }),
  fc.record({ type: fc.constant("decision.opened" as const), decisionId: decision }),
  ...Array.from({ length: 8 }, () =>
    fc.record({
      type: fc.constant("ballot.cast" as const),
      decisionId: decision,
      ballot: ballotArb,
    }),
  ),
  fc.record({ type: fc.constant("ballot.sealed" as const), decisionId: decision }),
  fc.record({ type: fc.constant("ballot.retracted" as const), decisionId: decision }),
  fc.record({ type: fc.constant("decision.locked" as const), decisionId: decision }),
  fc.record({ type: fc.constant("decision.locked" as const), decisionId: decision }),
  fc.record({
    type: fc.constant("decision.revealed" as const),
    decisionId: decision,
    ballots: fc.array(fc.record({ participantId: participant, ballot: ballotArb }), {
      maxLength: 4,
    }),
  }),
  fc.record({
    type: fc.constant("decision.decided" as const),
    decisionId: decision,
    optionId: option,
    rationale: text,
  }),
  fc.record({ type: fc.constant("decision.reopened" as const), decisionId: decision }),
  fc.record({ type: fc.constant("decision.roundStarted" as const), decisionId: decision }),
  fc.record({
    type: fc.constant("decision.rulesSet" as const),
    decisionId: decision,
    maxDotsPerOption: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    quorum: fc.constantFrom(0, 0.5, 1, 2),
    threshold: fc.constantFrom(0, 0.5, 1),
  }),
  fc.record({
    type: fc.constant("annotation.added" as const),
    annotationId: fc.constantFrom("n1", "n2"),
    decisionId: decision,
    optionId: option,
    kind: fc.constantFrom("pro" as const, "con" as const, "risk" as const, "question" as const),
    text,
  }),
  fc.record({
    type: fc.constant("annotation.replied" as const),
    annotationId: fc.constantFrom("n1", "n2"),
    replyId: fc.constantFrom("r1", "r2"),
    text,
  }),
  fc.record({
    type: fc.constant("annotation.plusOned" as const),
    annotationId: fc.constantFrom("n1", "n2"),
    on: fc.boolean(),
  }),
  fc.record({
    type: fc.constant("annotation.removed" as const),
    annotationId: fc.constantFrom("n1", "n2"),
  }),
  fc.record({
    type: fc.constant("timer.started" as const),
    decisionId: fc.option(decision, { nil: null }),
    durationMs: fc.integer({ min: 0, max: 10_000_000 }),
    autoLock: fc.boolean(),
  }),
  fc.record({ type: fc.constant("timer.stopped" as const) }),
  fc.record({ type: fc.constant("timer.paused" as const) }),
  fc.record({ type: fc.constant("timer.resumed" as const) }),
  fc.record({
    type: fc.constant("timer.extended" as const),
    byMs: fc.integer({ min: -1000, max: 600_000 }),
  }),
  fc.record({
    type: fc.constant("timer.expired" as const),
    timerId: fc.integer({ min: 1, max: 150 }),
  }),
  fc.record({
    type: fc.constant("participant.signalSet" as const),
    participantId: participant,
    signal: fc.constantFrom("ready" as const, "hand" as const),
    on: fc.boolean(),
  }),
  fc.record({ type: fc.constant("participant.removed" as const), participantId: participant }),
  fc.record({ type: fc.constant("facilitation.handedOff" as const), participantId: participant }),
  fc.record({ type: fc.constant("room.lobbySet" as const), on: fc.boolean() }),
  fc.record({ type: fc.constant("room.passphraseSet" as const), on: fc.boolean() }),
  fc.record({
    type: fc.constant("lobby.requested" as const),
    participantId: knocker,
    name: text,
    colour: fc.constant("#444444"),
    role: fc.constantFrom("voter" as const, "observer" as const),
  }),
  fc.record({ type: fc.constant("lobby.admitted" as const), participantId: knocker }),
  fc.record({ type: fc.constant("lobby.denied" as const), participantId: knocker }),
  fc.record({ type: fc.constant("lobby.left" as const), participantId: knocker }),
  fc.record({
    type: fc.constant("decision.autoRevealSet" as const),
    decisionId: decision,
    autoReveal: fc.boolean(),
  }),
  fc.record({ type: fc.constant("decision.nudged" as const), decisionId: decision }),
  fc.record({ type: fc.constant("decision.allVoted" as const), decisionId: decision }),
  fc.record({
    type: fc.constant("room.focusSet" as const),
    decisionId: fc.option(decision, { nil: null }),
  }),
);

const created: EventBody = {
  type: "room.created",
  roomId: "room",
  title: "Room",
  templateId: null,
  criteria: [
    { id: "c1", name: "Performance", weight: 0.5 },
    { id: "c2", name: "Familiarity", weight: 0.5 },
  ],
  decisions: [],
};

type Step = { actorId: string | null; commandId: string | null; body: EventBody };

/** A realistic start: people, decisions in random modes with options, most opened. */
const setupArb: fc.Arbitrary<Step[]> = fc
  .record({
    modes: fc.tuple(mode, mode),
    sealed: fc.tuple(fc.boolean(), fc.boolean()),
    open: fc.tuple(fc.boolean(), fc.boolean()),
    autoReveal: fc.tuple(fc.boolean(), fc.boolean()),
  })
  .map(({ modes, sealed, open, autoReveal }) => {
    const server = (body: EventBody): Step => ({ actorId: null, commandId: null, body });
    const facilitator = (body: EventBody): Step => ({ actorId: "p1", commandId: null, body });
    const steps: Step[] = [
      server(created),
      server({
        type: "participant.joined",
        participantId: "p1",
        name: "Ada",
        colour: "#000",
        role: "facilitator",
      }),
      server({
        type: "participant.joined",
        participantId: "p2",
        name: "Bo",
        colour: "#111",
        role: "voter",
      }),
      server({
        type: "participant.joined",
        participantId: "p3",
        name: "Cy",
        colour: "#222",
        role: "voter",
      }),
      server({
        type: "participant.joined",
        participantId: "p4",
        name: "Di",
        colour: "#333",
        role: "observer",
      }),
    ];
    DECISIONS.forEach((decisionId, index) => {
      steps.push(
        facilitator({ type: "decision.added", decisionId, title: decisionId, context: "" }),
      );
      steps.push(
        facilitator({
          type: "decision.configured",
          decisionId,
          mode: modes[index] ?? "pick",
          dotsPerVoter: 5,
          sealed: sealed[index] ?? false,
        }),
      );
      for (const optionId of OPTIONS) {
        steps.push(
          facilitator({
            type: "option.added",
            decisionId,
            optionId,
            label: optionId,
            catalogId: null,
          }),
        );
      }
      if (autoReveal[index]) {
        steps.push(facilitator({ type: "decision.autoRevealSet", decisionId, autoReveal: true }));
      }
      if (open[index]) steps.push(facilitator({ type: "decision.opened", decisionId }));
    });
    return steps;
  });

/** A log that starts with a realistic setup, then arbitrary events by arbitrary actors. */
export const roomLogArb: fc.Arbitrary<RoomEvent[]> = fc
  .tuple(
    setupArb,
    fc.array(
      fc.record({
        actorId: fc.option(fc.oneof(fc.constant("p1"), participant, knocker), {
          nil: null,
          freq: 12,
        }),
        commandId: fc.option(fc.constantFrom("k1", "k2", "k3", "k4", "k5", "k6"), { nil: null }),
        body: eventBodyArb,
      }),
      { minLength: 20, maxLength: 120 },
    ),
  )
  .map(([head, tail]) =>
    [...head, ...tail].map((event, index) => ({
      ...event,
      seq: index + 1,
      at: 1000 * (index + 1),
    })),
  );
