// Test support: builds a room by appending events the way the server does.
import type { EventBody, RoomEvent } from "../events.ts";
import { reduce } from "../reduce.ts";
import { emptyRoom } from "../room.ts";
import { DEFAULT_RULES, type DecisionRules, type RoomState, type VotingMode } from "../types.ts";

export class RoomLog {
  readonly events: RoomEvent[] = [];
  state: RoomState = emptyRoom();
  at = 1_700_000_000_000;

  append(actorId: string | null, body: EventBody, commandId: string | null = null): RoomState {
    this.at += 1000;
    const event: RoomEvent = { seq: this.state.seq + 1, at: this.at, actorId, commandId, body };
    this.events.push(event);
    this.state = reduce(this.state, event);
    return this.state;
  }
}

export const FACILITATOR = "p-ada";
export const VOTER_B = "p-brendan";
export const VOTER_C = "p-chen";
export const OBSERVER = "p-olu";

/** A room with a facilitator, two voters, an observer, two criteria and one empty decision. */
export function startedRoom(): RoomLog {
  const log = new RoomLog();
  log.append(null, {
    type: "room.created",
    roomId: "room-1",
    title: "Checkout service",
    templateId: null,
    criteria: [
      { id: "perf", name: "Performance", weight: 0.6 },
      { id: "fam", name: "Team familiarity", weight: 0.4 },
    ],
    decisions: [],
  });
  const join = (participantId: string, name: string, role: "facilitator" | "voter" | "observer") =>
    log.append(null, { type: "participant.joined", participantId, name, colour: "#333", role });
  join(FACILITATOR, "Ada", "facilitator");
  join(VOTER_B, "Brendan", "voter");
  join(VOTER_C, "Chen", "voter");
  join(OBSERVER, "Olu", "observer");
  return log;
}

/** Adds decision `d1` with options a, b, c in the given mode, opened for voting. */
export function openDecision(
  log: RoomLog,
  mode: VotingMode,
  sealed = false,
  rules: Partial<DecisionRules> = {},
): RoomLog {
  log.append(FACILITATOR, {
    type: "decision.added",
    decisionId: "d1",
    title: "Database",
    context: "",
  });
  log.append(FACILITATOR, {
    type: "decision.configured",
    decisionId: "d1",
    mode,
    dotsPerVoter: 5,
    sealed,
  });
  for (const [optionId, label] of [
    ["a", "PostgreSQL"],
    ["b", "MongoDB"],
    ["c", "MySQL"],
  ] as const) {
    log.append(FACILITATOR, {
      type: "option.added",
      decisionId: "d1",
      optionId,
      label,
      catalogId: null,
    });
  }
  if (Object.keys(rules).length > 0) {
    log.append(FACILITATOR, {
      type: "decision.rulesSet",
      decisionId: "d1",
      ...DEFAULT_RULES,
      ...rules,
    });
  }
  log.append(FACILITATOR, { type: "decision.opened", decisionId: "d1" });
  return log;
}
