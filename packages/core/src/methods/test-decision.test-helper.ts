// A decision with the given ballots, revealed, for counting tests that need no room log.

import type { Ballot, Decision, VotingMode } from "../types.ts";
import { DEFAULT_RULES } from "../types.ts";

export function decisionWith(
  mode: VotingMode,
  optionIds: readonly string[],
  ballots: readonly Ballot[],
): Decision {
  return {
    id: "d1",
    title: "Decision",
    context: "",
    mode,
    dotsPerVoter: 5,
    sealed: false,
    status: "decided",
    options: optionIds.map((id) => ({
      id,
      label: id.toUpperCase(),
      catalogId: null,
      addedBy: null,
    })),
    ballots: ballots.map((ballot, i) => ({ participantId: `p${i}`, ballot, castAt: i })),
    rounds: [],
    rules: DEFAULT_RULES,
    anonymity: "off",
    proposal: null,
    retiredOptionIds: [],
    outcome: null,
    closesAt: null,
    closedAt: null,
    autoReveal: false,
    nudge: null,
  };
}
