// Focus mode: a facilitator spotlights one decision and every board follows to it. It is
// room state, kept in the log, so a late joiner or a reload lands on the same decision.
// Who may send it is authority's question (facilitators only); a removed decision clears
// it (`board.ts`).
import { findDecision } from "../lookup.ts";
import { reject } from "../rejection.ts";
import type { EventDefinitions } from "./definition.ts";

export const FOCUS_EVENTS = {
  "room.focusSet": {
    check: (state, { body }) => {
      if (body.decisionId !== null && !findDecision(state, body.decisionId)) {
        return reject("NOT_FOUND", "No such decision.");
      }
      if (body.decisionId === state.focusedDecisionId) {
        return reject(
          "INVALID_TRANSITION",
          body.decisionId === null ? "Nothing is in focus." : "This decision is already in focus.",
        );
      }
      return null;
    },
    apply: (state, { body }) => ({ ...state, focusedDecisionId: body.decisionId }),
  },
} satisfies EventDefinitions<"room.focusSet">;
