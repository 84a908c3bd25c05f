import { describe, expect, it } from "vitest";
import type { EventBody } from "./events.ts";
import { checkEvent } from "./rules/index.ts";
import {
  FACILITATOR,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
} from "./test-support/room-log.ts";
import type { RoomState } from "./types.ts";

function refusal(state: RoomState, actorId: string | null, body: EventBody, at: number) {
  return (
    checkEvent(state, { seq: state.seq + 1, at, actorId, commandId: null, body })?.code ?? null
  );
}

/** Appends at an exact server time (RoomLog steps by 1 s otherwise). */
function appendAt(log: RoomLog, at: number, actorId: string | null, body: EventBody) {
  log.at = at - 1000;
  return log.append(actorId, body);
}

describe("the timer", () => {
  it("pauses with the time left, resumes from it, and extends", () => {
    const log = openDecision(startedRoom(), "pick");
    const t0 = log.at + 1000;
    appendAt(log, t0, FACILITATOR, {
      type: "timer.started",
      decisionId: "d1",
      durationMs: 60_000,
      autoLock: false,
    });
    appendAt(log, t0 + 20_000, FACILITATOR, { type: "timer.paused" });
    expect(log.state.timer).toMatchObject({ pausedRemainingMs: 40_000 });
    appendAt(log, t0 + 25_000, FACILITATOR, { type: "timer.extended", byMs: 30_000 });
    expect(log.state.timer).toMatchObject({ pausedRemainingMs: 70_000 });
    appendAt(log, t0 + 100_000, FACILITATOR, { type: "timer.resumed" });
    expect(log.state.timer).toMatchObject({ pausedRemainingMs: null, endsAt: t0 + 170_000 });
    appendAt(log, t0 + 110_000, FACILITATOR, { type: "timer.extended", byMs: 60_000 });
    expect(log.state.timer?.endsAt).toBe(t0 + 230_000);
    expect(refusal(log.state, VOTER_B, { type: "timer.paused" }, t0 + 111_000)).toBe("FORBIDDEN");
  });

  it("is ended only by the server, at or after zero, and locks its decision when asked", () => {
    const log = openDecision(startedRoom(), "pick");
    const t0 = log.at + 1000;
    appendAt(log, t0, FACILITATOR, {
      type: "timer.started",
      decisionId: "d1",
      durationMs: 30_000,
      autoLock: true,
    });
    const id = log.state.timer?.id ?? -1;
    expect(id).toBe(log.state.seq);
    const expired = { type: "timer.expired", timerId: id } as const;
    expect(refusal(log.state, null, expired, t0 + 29_999)).toBe("INVALID_TRANSITION");
    expect(refusal(log.state, FACILITATOR, expired, t0 + 30_000)).toBe("FORBIDDEN");
    expect(refusal(log.state, null, { ...expired, timerId: id + 1 }, t0 + 30_000)).toBe(
      "NOT_FOUND",
    );
    appendAt(log, t0 + 30_004, null, expired);
    expect(log.state.timer).toMatchObject({ expired: true });
    expect(log.state.decisions[0]?.status).toBe("locked");
    // A second expiry of the same run changes nothing.
    expect(refusal(log.state, null, expired, t0 + 31_000)).toBe("NOT_FOUND");
  });

  it("leaves the decision open without auto-lock, and a paused timer never expires", () => {
    const log = openDecision(startedRoom(), "pick");
    const t0 = log.at + 1000;
    appendAt(log, t0, FACILITATOR, {
      type: "timer.started",
      decisionId: "d1",
      durationMs: 10_000,
      autoLock: true,
    });
    appendAt(log, t0 + 5_000, FACILITATOR, { type: "timer.paused" });
    const id = log.state.timer?.id ?? -1;
    expect(refusal(log.state, null, { type: "timer.expired", timerId: id }, t0 + 60_000)).toBe(
      "INVALID_TRANSITION",
    );
    appendAt(log, t0 + 6_000, FACILITATOR, {
      type: "timer.started",
      decisionId: "d1",
      durationMs: 10_000,
      autoLock: false,
    });
    appendAt(log, t0 + 16_000, null, { type: "timer.expired", timerId: log.state.timer?.id ?? -1 });
    expect(log.state.timer?.expired).toBe(true);
    expect(log.state.decisions[0]?.status).toBe("voting");
  });

  it("gives one more minute from now after zero, and needs a decision to auto-lock", () => {
    const log = openDecision(startedRoom(), "pick");
    const t0 = log.at + 1000;
    expect(
      refusal(
        log.state,
        FACILITATOR,
        { type: "timer.started", decisionId: null, durationMs: 10_000, autoLock: true },
        t0,
      ),
    ).toBe("INVALID_TRANSITION");
    appendAt(log, t0, FACILITATOR, {
      type: "timer.started",
      decisionId: null,
      durationMs: 10_000,
      autoLock: false,
    });
    appendAt(log, t0 + 10_000, null, { type: "timer.expired", timerId: log.state.timer?.id ?? -1 });
    appendAt(log, t0 + 50_000, FACILITATOR, { type: "timer.extended", byMs: 60_000 });
    expect(log.state.timer).toMatchObject({ expired: false, endsAt: t0 + 110_000 });
    expect(
      refusal(
        log.state,
        FACILITATOR,
        { type: "timer.extended", byMs: 3 * 60 * 60 * 1000 },
        t0 + 51_000,
      ),
    ).toBe("INVALID_TRANSITION");
  });
});
