// Focus mode: facilitators (a co-facilitator too) spotlight one decision or clear the
// spotlight; voters and observers cannot; the decision must exist, and removing it clears
// the spotlight. Read as the room does: through `decide` and the reducer.
import { describe, expect, it } from "vitest";
import { decide } from "../decide.ts";
import type { CommandBody, RoomEvent } from "../events.ts";
import { replayFrames, replayLabel } from "../replay.ts";
import { isOutdatedState, upgradeState } from "../room.ts";
import {
  FACILITATOR,
  OBSERVER,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
  VOTER_C,
} from "../test-support/room-log.ts";
import type { RoomState } from "../types.ts";

/** The started room with `d1` open and a second decision `d2`. */
function twoDecisions(): RoomLog {
  const log = openDecision(startedRoom(), "pick");
  log.append(FACILITATOR, {
    type: "decision.added",
    decisionId: "d2",
    title: "Cache",
    context: "",
  });
  return log;
}

const focus = (decisionId: string | null): CommandBody => ({ type: "room.setFocus", decisionId });

/** What the room answers `actorId`'s command: "ok" or the rejection's code. */
function answer(log: RoomLog, actorId: string, command: CommandBody): string {
  const decided = decide(log.state, actorId, null, command, log.at + 1000);
  return decided.ok ? "ok" : decided.rejection.code;
}

/** Sends the command as the server would: decide, then append the event it becomes. */
function send(log: RoomLog, actorId: string, command: CommandBody): RoomState {
  const decided = decide(log.state, actorId, null, command, log.at + 1000);
  if (!decided.ok) throw new Error(`${command.type}: ${decided.rejection.code}`);
  return log.append(actorId, decided.body);
}

describe("focus mode", () => {
  it("starts with nothing in focus; a facilitator spotlights a decision, moves it and clears it", () => {
    const log = twoDecisions();
    expect(log.state.focusedDecisionId).toBeNull();
    expect(send(log, FACILITATOR, focus("d1")).focusedDecisionId).toBe("d1");
    expect(log.events.at(-1)?.body).toEqual({ type: "room.focusSet", decisionId: "d1" });
    expect(send(log, FACILITATOR, focus("d2")).focusedDecisionId).toBe("d2");
    expect(send(log, FACILITATOR, focus(null)).focusedDecisionId).toBeNull();
  });

  it("a co-facilitator may move the spotlight too", () => {
    const log = twoDecisions();
    send(log, FACILITATOR, {
      type: "participant.setRole",
      participantId: VOTER_C,
      role: "facilitator",
    });
    send(log, FACILITATOR, focus("d1"));
    expect(send(log, VOTER_C, focus("d2")).focusedDecisionId).toBe("d2");
    expect(send(log, VOTER_C, focus(null)).focusedDecisionId).toBeNull();
  });

  it("is refused to voters and observers, whatever the decision, and their event changes nothing", () => {
    const log = twoDecisions();
    send(log, FACILITATOR, focus("d1"));
    for (const who of [VOTER_B, OBSERVER]) {
      expect(answer(log, who, focus("d2"))).toBe("FORBIDDEN");
      expect(answer(log, who, focus(null))).toBe("FORBIDDEN");
      expect(answer(log, who, focus("no-such-decision"))).toBe("FORBIDDEN");
    }
    // An event a replica should never have seen is a no-op: only the seq moves on.
    const before = log.state;
    const after = log.append(VOTER_B, { type: "room.focusSet", decisionId: "d2" });
    expect(after.focusedDecisionId).toBe("d1");
    expect(after.seq).toBe(before.seq + 1);
  });

  it("needs a decision on the board, and a change", () => {
    const log = twoDecisions();
    expect(answer(log, FACILITATOR, focus("no-such-decision"))).toBe("NOT_FOUND");
    expect(answer(log, FACILITATOR, focus(null))).toBe("INVALID_TRANSITION");
    send(log, FACILITATOR, focus("d1"));
    expect(answer(log, FACILITATOR, focus("d1"))).toBe("INVALID_TRANSITION");
    send(log, FACILITATOR, { type: "decision.remove", decisionId: "d2" });
    expect(answer(log, FACILITATOR, focus("d2"))).toBe("NOT_FOUND");
  });

  it("clears when the spotlit decision is removed, and stays when another one is", () => {
    const log = twoDecisions();
    send(log, FACILITATOR, focus("d1"));
    expect(send(log, FACILITATOR, { type: "decision.remove", decisionId: "d2" })).toMatchObject({
      focusedDecisionId: "d1",
    });
    expect(send(log, FACILITATOR, { type: "decision.remove", decisionId: "d1" })).toMatchObject({
      focusedDecisionId: null,
    });
  });

  it("a state stored before focus mode is outdated and upgrades to nothing in focus", () => {
    const log = twoDecisions();
    const { focusedDecisionId, ...stored } = log.state;
    const old = stored as unknown as RoomState;
    expect(isOutdatedState(old)).toBe(true);
    expect(upgradeState(old)).toEqual(log.state);
  });

  it("replays as who put which decision in focus, and who cleared it", () => {
    const log = twoDecisions();
    send(log, FACILITATOR, focus("d2"));
    send(log, FACILITATOR, focus(null));
    const frames = replayFrames(log.events);
    const labelAt = (index: number) =>
      replayLabel(frames[index] as RoomState, log.events[index] as RoomEvent);
    const last = log.events.length - 1;
    expect(labelAt(last - 1)).toMatchObject({ kind: "focused", actor: "Ada", subject: "Cache" });
    expect(labelAt(last)).toMatchObject({ kind: "unfocused", actor: "Ada" });
  });
});
