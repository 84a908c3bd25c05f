// What a record may say about a decision's ballots, shared by the Markdown and JSON
// renderers so both hide and show exactly the same things.
import { type Agreement, agreementOf } from "../agreement.ts";
import { type MethodRobustness, methodRobustness } from "../methods/robustness.ts";
import { type Sensitivity, sensitivityOf } from "../sensitivity.ts";
import { type DecisionTally, tallyDecision } from "../tally.ts";
import type { Criterion, Decision } from "../types.ts";

export interface DecisionFacts {
  /** True while a sealed decision's ballots must stay sealed (before its reveal). */
  hidden: boolean;
  /** Ballots cast, whether or not their content is known. */
  cast: number;
  /** Null while `hidden`. */
  tally: DecisionTally | null;
  agreement: Agreement | null;
  sensitivity: Sensitivity | null;
  /** Whether the winner would be the same under the other methods that fit the ballots. */
  methods: MethodRobustness | null;
}

/**
 * A record can be rendered from the server's full state, where sealed ballots still have
 * their content; the decision's status, not the presence of content, says whether that
 * content may be shown. A reopened sealed decision is sealed again as a whole.
 */
export function ballotsHidden(decision: Decision): boolean {
  return decision.sealed && decision.status !== "revealed" && decision.status !== "decided";
}

export function decisionFacts(decision: Decision, criteria: readonly Criterion[]): DecisionFacts {
  const cast = decision.ballots.length;
  if (ballotsHidden(decision)) {
    return { hidden: true, cast, tally: null, agreement: null, sensitivity: null, methods: null };
  }
  return {
    hidden: false,
    cast,
    tally: tallyDecision(decision, criteria),
    agreement: agreementOf(decision, criteria),
    sensitivity: sensitivityOf(decision, criteria),
    methods: methodRobustness(decision, criteria),
  };
}
