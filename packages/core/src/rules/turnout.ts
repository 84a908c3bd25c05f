// Who has not voted: the facilitator's nudge (at most one per decision every
// `NUDGE_INTERVAL_MS`), and auto-reveal, set before voting opens. The server appends
// `decision.allVoted` once every eligible voter has voted (it alone knows every voter of an
// anonymous decision, so the replicas do not ask who); it only locks, and the reveal is
// the usual `decision.revealed`, built from the locked ballots.
import { mapDecision } from "../apply-paths.ts";
import { findDecision } from "../lookup.ts";
import { reject } from "../rejection.ts";
import { NUDGE_INTERVAL_MS } from "../turnout.ts";
import type { EventDefinitions } from "./definition.ts";

export const TURNOUT_EVENTS = {
  "decision.autoRevealSet": {
    check: (state, { body }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      return decision.status === "draft"
        ? null
        : reject("INVALID_TRANSITION", "A decision's settings are set before voting opens.");
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, autoReveal: body.autoReveal })),
  },
  "decision.nudged": {
    check: (state, { body, at }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      if (decision.status !== "voting") {
        return reject("VOTING_NOT_OPEN", "Only an open vote has anyone to nudge.");
      }
      const last = decision.nudge?.at;
      return last === undefined || at - last >= NUDGE_INTERVAL_MS
        ? null
        : reject(
            "TOO_SOON",
            `Nudged ${Math.ceil((at - last) / 1000)} s ago; wait ${NUDGE_INTERVAL_MS / 1000} s between nudges.`,
          );
    },
    apply: (state, { body, actorId, at }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, nudge: { at, by: actorId } })),
  },
  "decision.allVoted": {
    check: (state, { body }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      if (!decision.autoReveal || !decision.sealed) {
        return reject("INVALID_TRANSITION", "This decision does not reveal by itself.");
      }
      return decision.status === "voting"
        ? null
        : reject("NOT_FOUND", "The vote is no longer open.");
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, status: "locked" })),
  },
} satisfies EventDefinitions<"decision.autoRevealSet" | "decision.nudged" | "decision.allVoted">;
