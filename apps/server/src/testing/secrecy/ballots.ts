// Test support: ballots for generated meetings, built when they are sent from the
// decision as it is then (its mode, options and the room's criteria), so most are valid;
// a recipe may also ask for another mode than the decision's, or a block without a reason.
import type { Ballot, Criterion, Decision, VotingMode } from "@stackboard/core";
import fc from "fast-check";

export const MODES: readonly VotingMode[] = ["pick", "dots", "score", "ranked", "consent"];

export interface Recipe {
  mode: VotingMode | "abstain" | "auto";
  picks: number[];
  stance: "agree" | "object" | "block";
  withReason: boolean;
}

export const recipe: fc.Arbitrary<Recipe> = fc.record({
  mode: fc.constantFrom<Recipe["mode"]>("auto", "auto", "auto", "auto", "abstain", ...MODES),
  picks: fc.array(fc.nat({ max: 11 }), { minLength: 4, maxLength: 4 }),
  stance: fc.constantFrom("agree", "object", "block"),
  withReason: fc.boolean(),
});

export function buildBallot(
  found: Decision | undefined,
  criteria: readonly Criterion[],
  plan: Recipe,
  marker: string,
): Ballot {
  const mode = plan.mode === "auto" ? (found?.mode ?? "pick") : plan.mode;
  const ids = found && found.options.length > 0 ? found.options.map((o) => o.id) : ["o1"];
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = plan.picks;
  const at = (index: number) => ids[index % ids.length] ?? "o1";
  switch (mode) {
    case "abstain":
      return { mode: "abstain" };
    case "pick":
      return { mode: "pick", optionId: at(p0) };
    case "dots": {
      const allocations = [{ optionId: at(p0), dots: p1 % 4 }];
      if (at(p2) !== at(p0)) allocations.push({ optionId: at(p2), dots: p3 % 3 });
      return { mode: "dots", allocations };
    }
    case "score":
      return {
        mode: "score",
        scores: ids.slice(0, 1 + (p0 % ids.length)).flatMap((optionId, index) =>
          criteria.slice(0, 1 + (p1 % Math.max(1, criteria.length))).map((criterion, inner) => ({
            optionId,
            criterionId: criterion.id,
            score: 1 + ((p2 + index + inner * p3) % 5),
          })),
        ),
      };
    case "ranked": {
      const start = p0 % ids.length;
      const rotated = [...ids.slice(start), ...ids.slice(0, start)];
      return { mode: "ranked", ranking: rotated.slice(0, 1 + (p1 % rotated.length)) };
    }
    case "consent":
      return { mode: "consent", stance: plan.stance, reason: plan.withReason ? marker : "" };
  }
}
