import { DEFAULT_RULES, type Decision, type RoomState } from "./types.ts";

/** The state before `room.created`: every replica starts here. */
export function emptyRoom(): RoomState {
  return {
    roomId: "",
    title: "",
    templateId: null,
    createdAt: 0,
    seq: 0,
    participants: [],
    criteria: [],
    decisions: [],
    annotations: [],
    timer: null,
    recentCommandIds: [],
  };
}

/**
 * A stored state (snapshot) written before decisions had rounds, rules and anonymity,
 * given their defaults; a current state comes back unchanged. The wire never needs this:
 * servers upgrade what they load before anyone sees it.
 */
export function upgradeState(state: RoomState): RoomState {
  type Stored = Partial<Pick<Decision, "rounds" | "rules" | "anonymity">>;
  const stale = (decision: Stored) =>
    decision.rounds === undefined ||
    decision.rules === undefined ||
    decision.anonymity === undefined;
  if (!state.decisions.some((decision) => stale(decision))) return state;
  return {
    ...state,
    decisions: state.decisions.map((decision) => {
      const stored: Stored = decision;
      return {
        ...decision,
        rounds: stored.rounds ?? [],
        rules: stored.rules ?? DEFAULT_RULES,
        anonymity: stored.anonymity ?? "off",
      };
    }),
  };
}
