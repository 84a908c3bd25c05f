// Issue 21's events. Decisions with a deadline (Loomio-style asynchronous votes): the
// facilitator sets when voting closes; the server appends `decision.closed` at that time,
// which locks the vote whoever is connected (apps/server's deadline closer); a reopen or a
// new round clears it. The privacy guard's way out: before the reveal, a facilitator may
// make an anonymous decision show totals only (anonymity "aliases" → "full": no per-voter
// trace anywhere; the keys stay the same, so nothing already sent needs another form).
// And the tech radars a room keeps, the oldest going past `LIMITS.radarEditions`.
import { mapDecision } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findDecision } from "../lookup.ts";
import { reject } from "../rejection.ts";
import type { EventDefinitions } from "./definition.ts";

export const PROOF_EVENTS = {
  "decision.deadlineSet": {
    check: (state, { body, at }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      if (decision.status !== "draft" && decision.status !== "voting") {
        return reject(
          "INVALID_TRANSITION",
          "Only a decision still open for votes takes a deadline.",
        );
      }
      if (body.closesAt !== null && body.closesAt <= at) {
        return reject("INVALID_TRANSITION", "A deadline must be in the future.");
      }
      return null;
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, closesAt: body.closesAt })),
  },
  "decision.closed": {
    check: (state, { body, at }) => {
      const decision = findDecision(state, body.decisionId);
      if (decision?.status !== "voting" || decision.closesAt !== body.closesAt) {
        return reject("NOT_FOUND", "The decision is no longer open until that deadline.");
      }
      // The server's clock may be a little behind the one that set the deadline.
      return at >= body.closesAt ? null : reject("INVALID_TRANSITION", "Not closing time yet.");
    },
    apply: (state, { body, at }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, status: "locked", closedAt: at })),
  },
  "decision.totalsOnlySet": {
    check: (state, { body }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision) return reject("NOT_FOUND", "No such decision.");
      if (decision.anonymity === "off") {
        return reject("INVALID_TRANSITION", "Only an anonymous decision can hide its voters.");
      }
      return decision.status === "revealed" || decision.status === "decided"
        ? reject("INVALID_TRANSITION", "The ballots are already shown.")
        : null;
    },
    apply: (state, { body }) =>
      mapDecision(state, body.decisionId, (d) => ({ ...d, anonymity: "full" })),
  },
  "radar.imported": {
    check: (_state, { body }) =>
      body.entries.length <= LIMITS.radarEntries
        ? null
        : reject("LIMIT_REACHED", `A radar holds at most ${LIMITS.radarEntries} blips.`),
    apply: (state, { body, at }) => ({
      ...state,
      radar: [...state.radar, { at, name: body.name, entries: body.entries }].slice(
        -LIMITS.radarEditions,
      ),
    }),
  },
} satisfies EventDefinitions<
  "decision.deadlineSet" | "decision.closed" | "decision.totalsOnlySet" | "radar.imported"
>;
