// A decision's rules (dots cap, quorum, threshold), its anonymity and its consent proposal:
// set by the facilitator before voting opens, like its mode, so no ballot is judged by
// rules it was not cast under, no ballot was ever sent with its voter's id before
// anonymity began, and nobody's stance ends up on a proposal they did not read.
import { mapDecision } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findDecision, hasOption } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { Anonymity, Decision, RoomState } from "../types.ts";
import type { EventDefinitions } from "./definition.ts";

const ANONYMITY_LEVEL: Record<Anonymity, number> = { off: 0, aliases: 1, full: 2 };

const isShare = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= 1;

/** The decision, still a draft; or why not. */
function draft(
  state: RoomState,
  decisionId: string,
  tooLate: string,
): { decision: Decision } | { rejection: Rejection } {
  const decision = findDecision(state, decisionId);
  if (!decision) return { rejection: reject("NOT_FOUND", "No such decision.") };
  return decision.status === "draft"
    ? { decision }
    : { rejection: reject("INVALID_TRANSITION", tooLate) };
}

const RULES_TOO_LATE = "A decision's rules are set before voting opens.";

export const DECISION_RULES_EVENTS = {
  "decision.rulesSet": {
    check: (state, { body }) => {
      const found = draft(state, body.decisionId, RULES_TOO_LATE);
      if ("rejection" in found) return found.rejection;
      const cap = body.maxDotsPerOption;
      if (cap !== null && (!Number.isInteger(cap) || cap < 1 || cap > LIMITS.dotsPerVoter)) {
        return reject("INVALID_TRANSITION", `A dots cap runs from 1 to ${LIMITS.dotsPerVoter}.`);
      }
      return isShare(body.quorum) && isShare(body.threshold)
        ? null
        : reject("INVALID_TRANSITION", "Quorum and threshold are shares from 0 to 1.");
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        rules: {
          maxDotsPerOption: body.maxDotsPerOption,
          quorum: body.quorum,
          threshold: body.threshold,
        },
      })),
  },
  "decision.anonymitySet": {
    check: (state, { body }) => {
      const found = draft(state, body.decisionId, RULES_TOO_LATE);
      if ("rejection" in found) return found.rejection;
      // One-way: a room promised anonymity must never see it withdrawn.
      return ANONYMITY_LEVEL[body.anonymity] >= ANONYMITY_LEVEL[found.decision.anonymity]
        ? null
        : reject("INVALID_TRANSITION", "An anonymous decision cannot be made less anonymous.");
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, anonymity: body.anonymity })),
  },
  "decision.proposed": {
    check: (state, { body }) => {
      const found = draft(state, body.decisionId, "The proposal is written before voting opens.");
      if ("rejection" in found) return found.rejection;
      if (found.decision.mode !== "consent") {
        return reject("INVALID_TRANSITION", "Only a consent decision has a proposal.");
      }
      if (body.text.trim() === "" || body.text.length > LIMITS.proposalLength) {
        return reject(
          "INVALID_TRANSITION",
          `A proposal has 1 to ${LIMITS.proposalLength} characters.`,
        );
      }
      return hasOption(found.decision, body.optionId)
        ? null
        : reject("NOT_FOUND", "The proposal must adopt an option of this decision.");
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({
        ...d,
        proposal: { text: body.text, optionId: body.optionId },
      })),
  },
} satisfies EventDefinitions<"decision.rulesSet" | "decision.anonymitySet" | "decision.proposed">;
