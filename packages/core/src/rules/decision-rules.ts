// Whether the facilitator may set a decision's rules (dots cap, quorum, threshold), its
// anonymity and its consent proposal: before voting opens, like its mode, so no ballot is
// judged by rules it was not cast under, no ballot was ever sent with its voter's id before
// anonymity began, and nobody's stance ends up on a proposal they did not read.
import type { EventBody } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { findDecision, hasOption, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { Anonymity, RoomState } from "../types.ts";

const ANONYMITY_LEVEL: Record<Anonymity, number> = { off: 0, aliases: 1, full: 2 };

const isShare = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= 1;

export function checkDecisionRules(
  state: RoomState,
  actorId: string | null,
  body: Extract<
    EventBody,
    { type: "decision.rulesSet" | "decision.anonymitySet" | "decision.proposed" }
  >,
): Rejection | null {
  if (!isFacilitator(state, actorId)) {
    return reject("FORBIDDEN", "Only the facilitator can do that.");
  }
  const decision = findDecision(state, body.decisionId);
  if (!decision) return reject("NOT_FOUND", "No such decision.");
  if (decision.status !== "draft") {
    return reject(
      "INVALID_TRANSITION",
      body.type === "decision.proposed"
        ? "The proposal is written before voting opens."
        : "A decision's rules are set before voting opens.",
    );
  }
  if (body.type === "decision.proposed") {
    if (decision.mode !== "consent") {
      return reject("INVALID_TRANSITION", "Only a consent decision has a proposal.");
    }
    if (body.text.trim() === "" || body.text.length > LIMITS.proposalLength) {
      return reject(
        "INVALID_TRANSITION",
        `A proposal has 1 to ${LIMITS.proposalLength} characters.`,
      );
    }
    return hasOption(decision, body.optionId)
      ? null
      : reject("NOT_FOUND", "The proposal must adopt an option of this decision.");
  }
  if (body.type === "decision.anonymitySet") {
    // One-way: a room promised anonymity must never see it withdrawn.
    return ANONYMITY_LEVEL[body.anonymity] >= ANONYMITY_LEVEL[decision.anonymity]
      ? null
      : reject("INVALID_TRANSITION", "An anonymous decision cannot be made less anonymous.");
  }
  const cap = body.maxDotsPerOption;
  if (cap !== null && (!Number.isInteger(cap) || cap < 1 || cap > LIMITS.dotsPerVoter)) {
    return reject("INVALID_TRANSITION", `A dots cap runs from 1 to ${LIMITS.dotsPerVoter}.`);
  }
  return isShare(body.quorum) && isShare(body.threshold)
    ? null
    : reject("INVALID_TRANSITION", "Quorum and threshold are shares from 0 to 1.");
}
