// Test support: random commands from several participants over small id pools, so that
// generated meetings hit the real rules: decisions removed and added again, options and
// notes re-added, modes, sealing and anonymity changed, rounds, reopen, lock, reveal,
// ballots of every mode cast and retracted, roles changed.
import { type CommandBody, findDecision, type DecisionStatus as Status } from "@stackboard/core";
import fc from "fast-check";
import { buildBallot, MODES, recipe } from "./ballots.ts";
import type { Twin } from "./twin.ts";
import { FACILITATOR, OBSERVER, V1, V2, V3 } from "./world.ts";

export const DECISION_IDS = ["d1", "d2", "d3", "d4"] as const;
const OPTION_IDS = ["o1", "o2", "o3"] as const;
const ANNOTATION_IDS = ["a1", "a2", "a3"] as const;
const CRITERION_IDS = ["c1", "c2", "c3"] as const;

/** One step of a meeting: who sends what (a ballot is built when it is sent). */
class Send implements fc.Command<object, Twin> {
  readonly actorId: string;
  readonly make: (twin: Twin) => CommandBody;
  readonly label: string;

  constructor(actorId: string, label: string, make: (twin: Twin) => CommandBody) {
    this.actorId = actorId;
    this.label = label;
    this.make = make;
  }

  check(): boolean {
    return true;
  }

  run(_model: object, twin: Twin): void {
    twin.send(this.actorId, this.make(twin));
  }

  toString(): string {
    return `${this.actorId}: ${this.label}`;
  }
}

const fixed = (actorId: string, command: CommandBody) =>
  new Send(actorId, JSON.stringify(command), () => command);

const decision = fc.constantFrom(...DECISION_IDS);

/** Mostly a decision on the board when the command is sent; sometimes any id at all. */
const target = fc
  .tuple(fc.nat({ max: 9 }), fc.nat({ max: 5 }), decision)
  .map(([chance, index, fallback]) => ({ chance, index, fallback }));
type Target = { chance: number; index: number; fallback: string };

/** A decision on the board, preferring those where the command can apply; or any id. */
function resolve(twin: Twin, { chance, index, fallback }: Target, prefer: Status[] = []): string {
  const onBoard = twin.a.state.decisions;
  const preferred = onBoard.filter((candidate) => prefer.includes(candidate.status));
  const pool = preferred.length > 0 ? preferred : onBoard;
  return chance < 8 && pool.length > 0 ? (pool[index % pool.length]?.id ?? fallback) : fallback;
}

const describe = (target: Target) =>
  target.chance < 8 ? `decision #${target.index}` : target.fallback;
const option = fc.constantFrom(...OPTION_IDS);
const anyone = fc.constantFrom(FACILITATOR, V1, V2, V3, OBSERVER);
const voterish = fc.constantFrom(FACILITATOR, V1, V2, V3, V3, OBSERVER);
const movable = fc.constantFrom(V3, OBSERVER);

const cast = fc.tuple(voterish, target, recipe).map(
  ([actorId, on, plan]) =>
    new Send(actorId, `cast on ${describe(on)} ${JSON.stringify(plan)}`, (twin) => {
      const decisionId = resolve(twin, on, ["voting"]);
      return {
        type: "ballot.cast",
        decisionId,
        ballot: buildBallot(
          findDecision(twin.a.state, decisionId),
          twin.a.state.criteria,
          plan,
          twin.nextMarker(),
        ),
        // As a browser sends a sealed ballot: its commitment and the salt that opens it.
        ...twin.nextProof(),
      };
    }),
);

const facilitator = (arbitrary: fc.Arbitrary<CommandBody>) =>
  arbitrary.map((command) => fixed(FACILITATOR, command));

/** A facilitator's command on a target decision, e.g. lock or reveal. */
const onDecision = (
  type:
    | "decision.remove"
    | "decision.open"
    | "decision.lock"
    | "decision.reveal"
    | "decision.reopen"
    | "decision.newRound",
  prefer: Status[],
) =>
  target.map(
    (on) =>
      new Send(FACILITATOR, `${type} ${describe(on)}`, (twin) => ({
        type,
        decisionId: resolve(twin, on, prefer),
      })),
  );

/** Several commands in a row, each sent (and checked) on its own. */
class Sequence implements fc.Command<object, Twin> {
  readonly steps: readonly Send[];
  readonly label: string;

  constructor(label: string, steps: readonly Send[]) {
    this.label = label;
    this.steps = steps;
  }

  check(): boolean {
    return true;
  }

  run(model: object, twin: Twin): void {
    for (const one of this.steps) one.run(model, twin);
  }

  toString(): string {
    return `${this.label} [${this.steps.map(String).join("; ")}]`;
  }
}

/** A decision set up and opened in one go, as a facilitator usually does: the common path. */
export const openedDecision = fc
  .record({
    decisionId: decision,
    mode: fc.constantFrom(...MODES),
    sealed: fc.constantFrom(true, true, false),
    anonymity: fc.constantFrom("off" as const, "aliases" as const, "full" as const),
    options: fc.uniqueArray(option, { minLength: 1, maxLength: 3 }),
  })
  .map(({ decisionId, mode, sealed, anonymity, options }) => {
    const commands: CommandBody[] = [
      { type: "decision.add", decisionId, title: `Decision ${decisionId}`, context: "" },
      { type: "decision.configure", decisionId, mode, dotsPerVoter: 5, sealed },
      { type: "decision.setAnonymity", decisionId, anonymity },
      ...options.map(
        (optionId): CommandBody => ({
          type: "option.add",
          decisionId,
          optionId,
          label: `Option ${optionId}`,
          catalogId: null,
        }),
      ),
      { type: "decision.propose", decisionId, optionId: options[0] ?? "o1", text: "Adopt it." },
      { type: "decision.open", decisionId },
    ];
    return new Sequence(
      `open ${decisionId}`,
      commands.map((command) => fixed(FACILITATOR, command)),
    );
  });

export const meetingStep: fc.Arbitrary<fc.Command<object, Twin>> = fc.oneof(
  { weight: 3, arbitrary: openedDecision },
  {
    weight: 3,
    arbitrary: facilitator(
      decision.map((decisionId) => ({
        type: "decision.add",
        decisionId,
        title: `Decision ${decisionId}`,
        context: "",
      })),
    ),
  },
  { weight: 1, arbitrary: onDecision("decision.remove", []) },
  {
    weight: 3,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("decision.configure" as const),
        decisionId: decision,
        mode: fc.constantFrom(...MODES),
        dotsPerVoter: fc.constant(5),
        sealed: fc.boolean(),
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("decision.setAnonymity" as const),
        decisionId: decision,
        anonymity: fc.constantFrom("off" as const, "aliases" as const, "full" as const),
      }),
    ),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(FACILITATOR, FACILITATOR, V1, V2), decision, option)
      .map(([actorId, decisionId, optionId]) =>
        fixed(actorId, {
          type: "option.add",
          decisionId,
          optionId,
          label: `Option ${optionId}`,
          catalogId: null,
        }),
      ),
  },
  {
    weight: 1,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("option.remove" as const),
        decisionId: decision,
        optionId: option,
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("decision.propose" as const),
        decisionId: decision,
        optionId: option,
        text: fc.constantFrom("Adopt it.", "Adopt it, with backups."),
      }),
    ),
  },
  { weight: 3, arbitrary: onDecision("decision.open", ["draft"]) },
  { weight: 16, arbitrary: cast },
  {
    weight: 2,
    arbitrary: fc
      .tuple(voterish, decision)
      .map(([actorId, decisionId]) => fixed(actorId, { type: "ballot.retract", decisionId })),
  },
  { weight: 3, arbitrary: onDecision("decision.lock", ["voting"]) },
  { weight: 3, arbitrary: onDecision("decision.reveal", ["locked"]) },
  {
    weight: 1,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("decision.decide" as const),
        decisionId: decision,
        optionId: option,
        rationale: fc.constant(""),
      }),
    ),
  },
  { weight: 2, arbitrary: onDecision("decision.reopen", ["locked", "revealed", "decided"]) },
  { weight: 2, arbitrary: onDecision("decision.newRound", ["voting", "locked", "revealed"]) },
  {
    weight: 1,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("participant.setRole" as const),
        participantId: movable,
        role: fc.constantFrom("voter" as const, "observer" as const),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(anyone, fc.constantFrom(...ANNOTATION_IDS), decision, option)
      .map(([actorId, annotationId, decisionId, optionId]) =>
        fixed(actorId, {
          type: "annotation.add",
          annotationId,
          decisionId,
          optionId,
          kind: "pro",
          text: "Good",
        }),
      ),
  },
  {
    weight: 1,
    arbitrary: facilitator(
      fc.record({
        type: fc.constant("annotation.remove" as const),
        annotationId: fc.constantFrom(...ANNOTATION_IDS),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: facilitator(
      fc
        .constantFrom(...CRITERION_IDS)
        .chain((criterionId) =>
          fc.constantFrom<CommandBody>(
            { type: "criterion.add", criterionId, name: `Criterion ${criterionId}`, weight: 0.5 },
            { type: "criterion.remove", criterionId },
          ),
        ),
    ),
  },
);
