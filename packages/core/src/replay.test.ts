import { describe, expect, it } from "vitest";
import type { RoomEvent } from "./events.ts";
import { reduceAll } from "./reduce.ts";
import { replayFrames, replayLabel } from "./replay.ts";
import { emptyRoom } from "./room.ts";
import {
  FACILITATOR,
  openDecision,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "./test-support/room-log.ts";

function meeting() {
  const log = openDecision(startedRoom(), "pick");
  log.append(VOTER_B, {
    type: "ballot.cast",
    decisionId: "d1",
    ballot: { mode: "pick", optionId: "a" },
  });
  log.append(VOTER_C, {
    type: "ballot.cast",
    decisionId: "d1",
    ballot: { mode: "pick", optionId: "b" },
  });
  log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
  log.append(FACILITATOR, {
    type: "decision.decided",
    decisionId: "d1",
    optionId: "a",
    rationale: "",
  });
  return log;
}

describe("replay", () => {
  it("frame k is the reduce of the first k events, for every k", () => {
    const { events } = meeting();
    const frames = replayFrames(events);
    expect(frames).toHaveLength(events.length + 1);
    for (let k = 0; k <= events.length; k += 1) {
      expect(frames[k]).toEqual(reduceAll(emptyRoom(), events.slice(0, k)));
    }
    expect(frames.at(-1)?.decisions[0]?.outcome?.optionId).toBe("a");
  });

  it("labels who did what, read against the state before the event", () => {
    const { events } = meeting();
    const frames = replayFrames(events);
    const labels = events.map((event, index) => replayLabel(frames[index] ?? emptyRoom(), event));
    expect(labels[0]).toMatchObject({ kind: "created", subject: "Checkout service" });
    expect(labels[1]).toMatchObject({ kind: "joined", actor: "Ada", detail: "facilitator" });
    const votes = labels.filter((label) => label.kind === "voted");
    expect(votes.map((label) => [label.actor, label.subject])).toEqual([
      ["Brendan", "Database"],
      ["Chen", "Database"],
    ]);
    // One vote each: the facilitator settled a tie, and the replay says so.
    expect(labels.at(-1)).toMatchObject({
      kind: "settledTie",
      actor: "Ada",
      subject: "Database",
      detail: "PostgreSQL",
    });
  });

  it("a decision on a clear leader is a plain decision", () => {
    const log = openDecision(startedRoom(), "pick");
    const pick = (voter: string, optionId: string) =>
      log.append(voter, {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: { mode: "pick", optionId },
      });
    pick(VOTER_B, "a");
    pick(VOTER_C, "a");
    log.append(FACILITATOR, { type: "decision.locked", decisionId: "d1" });
    log.append(FACILITATOR, {
      type: "decision.decided",
      decisionId: "d1",
      optionId: "a",
      rationale: "",
    });
    const frames = replayFrames(log.events);
    const last = log.events.length - 1;
    const label = replayLabel(frames[last] ?? emptyRoom(), log.events[last] as RoomEvent);
    expect(label).toMatchObject({ kind: "decided", subject: "Database", detail: "PostgreSQL" });
  });
});
