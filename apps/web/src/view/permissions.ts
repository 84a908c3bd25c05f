// What the UI offers to whom. The server decides; this only hides what would be refused.
import type { Decision, Role } from "@stackboard/core";

export const mayVote = (role: Role | null): boolean => role === "voter" || role === "facilitator";

export const mayAddOption = (role: Role | null, decision: Decision): boolean =>
  mayVote(role) && (decision.status === "draft" || decision.status === "voting");
