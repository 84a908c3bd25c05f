// What a viewer sees of a result is the same wherever they look: for generated ballots in
// every mode that has a winner, the board's view model, the Markdown record and the JSON
// record carry the same tally, the same agreement and the same winner or tie, and no view
// in either language calls a tie strong.
import {
  type Ballot,
  type DecisionRecordJson,
  emptyRoom,
  findDecision,
  type RoomEvent,
  reduceAll,
  renderDecisionMarkdown,
  renderRoomJson,
  type VotingMode,
} from "@stackboard/core";
import fc from "fast-check";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { agreementText, leaderText, resultView } from "./result.ts";

const LABELS = ["Alpha", "Bravo", "Charlie", "Delta"];
const CRITERIA = ["perf", "fam", "cost"];
const WEIGHTS = [0, 0.25, 0.5, 1];

interface Scenario {
  mode: Exclude<VotingMode, "consent">;
  options: number;
  weights: number[];
  /** Per voter: a ballot, or null to abstain. */
  ballots: (Ballot | null)[];
  /** Decide: the index of the chosen option, or null to leave it undecided. */
  chosen: number | null;
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `o${i}`);

function ballotArb(mode: Scenario["mode"], options: number): fc.Arbitrary<Ballot | null> {
  const optionIds = ids(options);
  const ballot: fc.Arbitrary<Ballot> =
    mode === "pick"
      ? fc.constantFrom(...optionIds).map((optionId) => ({ mode, optionId }))
      : mode === "dots"
        ? fc
            .array(fc.integer({ min: 0, max: 2 }), { minLength: options, maxLength: options })
            .map((dots) => ({
              mode,
              allocations: dots.flatMap((count, i) =>
                count > 0 ? [{ optionId: `o${i}`, dots: count }] : [],
              ),
            }))
        : mode === "ranked"
          ? fc.shuffledSubarray(optionIds, { minLength: 1 }).map((ranking) => ({ mode, ranking }))
          : fc
              .array(fc.integer({ min: 0, max: 5 }), {
                minLength: options * CRITERIA.length,
                maxLength: options * CRITERIA.length,
              })
              .map((cells) => ({
                mode,
                // 0 leaves the cell unscored.
                scores: cells.flatMap((score, i) =>
                  score === 0
                    ? []
                    : [
                        {
                          optionId: `o${i % options}`,
                          criterionId: CRITERIA[Math.floor(i / options)] ?? "perf",
                          score,
                        },
                      ],
                ),
              }));
  return fc.option(ballot, { freq: 8 });
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    mode: fc.constantFrom("pick", "dots", "score", "ranked") as fc.Arbitrary<Scenario["mode"]>,
    options: fc.integer({ min: 2, max: 4 }),
    weights: fc.array(fc.constantFrom(...WEIGHTS), { minLength: 3, maxLength: 3 }),
  })
  .chain((base) =>
    fc.record({
      mode: fc.constant(base.mode),
      options: fc.constant(base.options),
      weights: fc.constant(base.weights),
      ballots: fc.array(ballotArb(base.mode, base.options), { minLength: 1, maxLength: 6 }),
      chosen: fc.option(fc.integer({ min: 0, max: base.options - 1 })),
    }),
  );

function roomOf(scenario: Scenario) {
  const bodies: { actor: string | null; body: RoomEvent["body"] }[] = [
    {
      actor: null,
      body: {
        type: "room.created",
        roomId: "room-1",
        title: "Generated",
        templateId: null,
        criteria: CRITERIA.map((id, i) => ({ id, name: id, weight: scenario.weights[i] ?? 0 })),
        decisions: [],
      },
    },
    {
      actor: null,
      body: {
        type: "participant.joined",
        participantId: "f",
        name: "Fay",
        colour: "#000",
        role: "facilitator",
      },
    },
    {
      actor: "f",
      body: { type: "decision.added", decisionId: "d1", title: "Pick one", context: "" },
    },
    {
      actor: "f",
      body: {
        type: "decision.configured",
        decisionId: "d1",
        mode: scenario.mode,
        dotsPerVoter: 6,
        sealed: false,
      },
    },
    ...ids(scenario.options).map((optionId, i) => ({
      actor: "f",
      body: {
        type: "option.added",
        decisionId: "d1",
        optionId,
        label: LABELS[i] ?? optionId,
        catalogId: null,
      } as const,
    })),
    { actor: "f", body: { type: "decision.opened", decisionId: "d1" } },
  ];
  scenario.ballots.forEach((ballot, index) => {
    const voter = `v${index}`;
    bodies.push({
      actor: null,
      body: {
        type: "participant.joined",
        participantId: voter,
        name: `Voter ${index}`,
        colour: "#111",
        role: "voter",
      },
    });
    bodies.push({
      actor: voter,
      body: { type: "ballot.cast", decisionId: "d1", ballot: ballot ?? { mode: "abstain" } },
    });
  });
  if (scenario.chosen !== null) {
    bodies.push({ actor: "f", body: { type: "decision.locked", decisionId: "d1" } });
    bodies.push({
      actor: "f",
      body: {
        type: "decision.decided",
        decisionId: "d1",
        optionId: `o${scenario.chosen}`,
        rationale: "Because",
      },
    });
  }
  const events: RoomEvent[] = bodies.map(({ actor, body }, index) => ({
    seq: index + 1,
    at: 1_700_000_000_000 + index * 1000,
    actorId: actor,
    commandId: null,
    body,
  }));
  const state = reduceAll(emptyRoom(), events);
  return { state, events };
}

/** The Markdown tally table's rows: label → value cell, and the options ranked 1. */
function markdownTable(markdown: string): { values: Map<string, string>; first: string[] } {
  const values = new Map<string, string>();
  const first: string[] = [];
  for (const line of markdown.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const label = cells[1] ?? "";
    if (!LABELS.includes(label)) continue;
    values.set(label, cells[2] ?? "");
    if (cells[cells.length - 2] === "1") first.push(label);
  }
  return { values, first };
}

const translators: Record<"en" | "de", TFunction> = {} as Record<"en" | "de", TFunction>;

beforeAll(async () => {
  for (const lng of ["en", "de"] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { en: { translation: en }, de: { translation: de } },
      interpolation: { escapeValue: false },
    });
    translators[lng] = instance.t;
  }
});

describe("a result, wherever it is shown", () => {
  it("has the same tally, agreement and winner on the board, in Markdown and in JSON", () => {
    const seen = { ties: 0, winners: 0, settledTies: 0 };
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { state, events } = roomOf(scenario);
        const decision = findDecision(state, "d1");
        if (!decision) throw new Error("no decision");
        const view = resultView(decision, state.criteria);
        const markdown = renderDecisionMarkdown(state, "d1");
        const json = JSON.parse(renderRoomJson(state, events)) as {
          decisions: DecisionRecordJson[];
        };
        const record = json.decisions[0];
        if (!record?.tally) throw new Error("no tally in the JSON");
        const label = (id: string) => decision.options.find((o) => o.id === id)?.label ?? id;
        const leaders = view.rows.filter((row) => row.leader).map((row) => row.optionId);

        // The tally: the same values per option everywhere.
        const table = markdownTable(markdown);
        for (const row of view.rows) {
          const jsonValue = record.tally.options.find((o) => o.optionId === row.optionId)?.value;
          expect(jsonValue).toBe(row.value);
          if (view.counted > 0) {
            // A score of 0 is an option nobody scored: "-" in the record, "not scored" here.
            const score = row.value === 0 ? "-" : row.value.toFixed(2);
            const shown = scenario.mode === "score" ? score : String(row.value);
            expect(table.values.get(row.label)).toBe(shown);
          }
        }
        // The winner or the tie: the same leaders everywhere.
        expect(record.tally.leaders).toEqual(leaders);
        // (With nothing above 0 nothing leads, though every option shares rank 1.)
        if (leaders.length > 0) {
          expect([...table.first].sort()).toEqual(leaders.map(label).sort());
        }
        expect(view.winner).toBe(leaders.length === 1 ? leaders[0] : null);
        expect(view.tied).toEqual(leaders.length > 1 ? leaders : []);
        if (scenario.mode === "ranked" && view.counted > 0) {
          const runoff =
            view.winner !== null
              ? `- Instant runoff ("${label(view.winner)}" wins):`
              : `- Instant runoff (a tie between ${leaders.map((id) => `"${label(id)}"`).join(" and ")}):`;
          expect(markdown).toContain(runoff);
        }

        // Agreement: the same level and percentages everywhere; a tie is split.
        const agreement = view.agreement;
        expect(record.agreement?.level ?? null).toBe(agreement?.level ?? null);
        expect(record.agreement?.tie ?? null).toBe(agreement?.tie ?? null);
        if (agreement === null) {
          if (view.counted > 0) expect(markdown).toContain("- Agreement: not measurable");
        } else if (agreement.tie) {
          seen.ties += 1;
          expect(agreement.level).toBe("split");
          const shares = agreement.leaders
            .map((leader) => `"${leader.label}" ${leader.percent}%`)
            .join(", ");
          expect(markdown).toContain(`- Agreement: split, a tie for first: ${shares} of voters.`);
        } else {
          seen.winners += 1;
          expect(markdown).toMatch(
            new RegExp(
              `- Agreement: ${agreement.percent}% of voters back .*\\(${agreement.level}\\)\\.`,
            ),
          );
        }

        // The words: a tie is named as one and never called strong, in either language.
        for (const lng of ["en", "de"] as const) {
          const t = translators[lng];
          const words = `${leaderText(t, view) ?? ""} ${agreementText(t, view) ?? ""}`;
          if (view.tied.length > 0) {
            for (const id of view.tied) expect(words).toContain(label(id));
            expect(words).not.toMatch(lng === "en" ? /strong|moderate/ : /klare|knappe/);
          }
        }
        if (view.tied.length > 0) expect(markdown).not.toMatch(/\((strong|moderate)\)/);

        // A decision taken on a tie says so, in the record and in the JSON.
        const outcome = decision.outcome;
        if (outcome !== null && view.tied.length > 0) {
          seen.settledTies += 1;
          expect(record.outcome?.settledTie).toEqual(view.tied);
          const tied = view.tied
            .map((id) => `"${label(id)}"`)
            .join(view.tied.length === 2 ? " and " : ", ");
          expect(markdown).toContain(`- Tie: ${view.tied.length === 2 ? tied : ""}`);
          expect(markdown).toContain(`Fay settled it by choosing "${label(outcome.optionId)}".`);
        }
      }),
      { numRuns: 400 },
    );
    // The generator must produce ties, clear winners and settled ties, not only one kind.
    expect(seen.ties).toBeGreaterThan(40);
    expect(seen.winners).toBeGreaterThan(40);
    expect(seen.settledTies).toBeGreaterThan(10);
  }, 60_000);
});
